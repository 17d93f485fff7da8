package io.clientlens.app.needs;

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
                .hasMessageContaining("CLIENTLENS_CJK_FONT names " + missing);
    }
}
