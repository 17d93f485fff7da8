package io.clientlens.app.needs;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF's font is found at run time, or the error says what to install. */
class CjkFontTest {

    @Test
    void findsTheInstalledWenQuanYiFont() {
        assertThat(CjkFont.locate(Map.of())).hasFileName("wqy-zenhei.ttc");
    }

    @Test
    void namesTheVariableWhenItPointsNowhere(@TempDir Path dir) {
        Path missing = dir.resolve("none.ttf");
        assertThatThrownBy(() -> CjkFont.locate(Map.of(CjkFont.ENV, missing.toString())))
                .isInstanceOf(NeedsReport.FontMissing.class)
                .hasMessageContaining("CLIENTLENS_CJK_FONT names " + missing)
                .satisfies(e -> {
                    NeedsReport.FontMissing font = (NeedsReport.FontMissing) e;
                    // the operator at the command line is told which file, in either language
                    assertThat(font.in(Language.ZH)).contains("CLIENTLENS_CJK_FONT").contains(missing.toString()).contains("字体文件");
                    // a web user or API client is told what an administrator does, never a file of the server
                    assertThat(font.reason().zh()).contains("fonts-wqy-zenhei").doesNotContain(dir.toString());
                    assertThat(font.reason().en()).contains("fonts-wqy-zenhei").doesNotContain(dir.toString());
                    assertThat(font.type()).isEqualTo("font-missing");
                });
    }
}
