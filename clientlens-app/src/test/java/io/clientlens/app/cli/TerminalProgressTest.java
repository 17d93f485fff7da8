package io.clientlens.app.cli;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a terminal (logs, CI) progress is a line each time another tenth of the work is done. */
class TerminalProgressTest {

    @Test
    void aLineEachTenthShowingTheShareActuallyDone() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), new Say(Language.EN));
        progress.start("segment", 200_000);
        for (long done : new long[] {16_384, 32_768, 36_000, 49_152, 114_688, 200_000}) {
            progress.step(done);
        }
        progress.finish();
        assertThat(text.toString().lines()).containsExactly(
                "segment: 16384/200000 (8%)",
                "segment: 32768/200000 (16%)",
                "segment: 49152/200000 (24%)",
                "segment: 114688/200000 (57%)",
                "segment: 200000/200000 (100%)");
    }

    @Test
    void nothingToDoIsDoneAtOnce() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), new Say(Language.EN));
        progress.start("segment", 0);
        progress.step(0);
        assertThat(text.toString().lines()).containsExactly("segment: 0/0 (100%)");
    }

    @Test
    void inChineseTheWorkIsNamedInChinese() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), new Say(Language.ZH));
        progress.start("classify", 2_000);
        progress.step(200);
        progress.step(2_000);
        assertThat(text.toString().lines()).containsExactly("分类：200/2000（10%）", "分类：2000/2000（100%）");
    }
}
