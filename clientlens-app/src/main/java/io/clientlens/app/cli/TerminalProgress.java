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
    private final Say say;
    private final Function<String, String> phaseMessages;
    private ProgressBar bar;
    private String task;
    private long total;
    private long lastTenth = -1;

    TerminalProgress(PrintWriter out, Say say) {
        this(out, say, name -> null);
    }

    /**
     * @param phaseMessages the line printed when a step without a count begins (e.g. DuckDB
     *                      aggregating), by the step's name; null prints nothing
     */
    TerminalProgress(PrintWriter out, Say say, Function<String, String> phaseMessages) {
        this.out = out;
        this.say = say;
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
        this.task = name(task);
        this.total = total;
        if (System.console() != null) {
            bar = new ProgressBarBuilder().setTaskName(this.task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .showSpeed().setUnit(say.t(" 位客户", " customers"), 1).build();
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
            long percent = total == 0 ? 100 : done * 100 / total;
            out.println(say.t(task + "：" + done + "/" + total + "（" + percent + "%）",
                    task + ": " + done + "/" + total + " (" + percent + "%)"));
            out.flush();
        }
    }

    /** The work's name in the user's language; a name not known here is shown as it is. */
    private String name(String task) {
        return switch (task) {
            case "classify" -> say.t("分类", "classify");
            case "segment" -> say.t("分群", "segment");
            case "products" -> say.t("产品", "products");
            default -> task;
        };
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
        }
    }
}
