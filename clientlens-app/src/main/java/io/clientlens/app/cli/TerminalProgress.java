package io.clientlens.app.cli;

import io.clientlens.batch.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.function.Function;

/** A progress bar with rate and ETA on a terminal; a line every tenth of the way otherwise (logs, CI). */
final class TerminalProgress implements Progress {
    private final PrintWriter out;
    private final Function<String, String> phaseMessages;
    private ProgressBar bar;
    private String task;
    private long total;
    private long lastTenth = -1;

    TerminalProgress(PrintWriter out) {
        this(out, name -> null);
    }

    /**
     * @param phaseMessages the line printed when a step without a count begins (e.g. DuckDB
     *                      aggregating), by the step's name; null prints nothing
     */
    TerminalProgress(PrintWriter out, Function<String, String> phaseMessages) {
        this.out = out;
        this.phaseMessages = phaseMessages;
    }

    @Override
    public void phase(String name) {
        String message = phaseMessages.apply(name);
        if (message != null) {
            out.println(message);
            out.flush();
        }
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        if (System.console() != null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .showSpeed().setUnit(" customers", 1).build();
        }
    }

    @Override
    public void step(long done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            // the share actually done: steps come in chunks, so the line that crosses a tenth is rarely at it
            out.printf("%s: %d/%d (%d%%)%n", task, done, total, total == 0 ? 100 : done * 100 / total);
            out.flush();
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
        }
    }
}
