package io.clientlens.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs one command line in-process against a home folder, as from the shell, capturing its output. */
final class CliRun {
    private CliRun() {
    }

    record Outcome(int status, String out, String err) {
    }

    static Outcome in(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = ClientLensMain.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Outcome(status, out.toString(), err.toString());
    }

    /** How wide {@code text} is on a terminal, where a Chinese character takes two columns: to check that lists line up. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) ? 2 : 1).sum();
    }
}
