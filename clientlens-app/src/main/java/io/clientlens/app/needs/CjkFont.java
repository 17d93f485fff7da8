package io.clientlens.app.needs;

import io.clientlens.code.Label;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds a TrueType font with Chinese glyphs for the PDF at run time. PDFBox embeds TrueType
 * outlines only, so the CFF-based Noto CJK fonts will not do; WenQuanYi Zen Hei (Debian package
 * fonts-wqy-zenhei, installed by .ci/run) will. {@code CLIENTLENS_CJK_FONT} names another file.
 */
final class CjkFont {
    static final String ENV = "CLIENTLENS_CJK_FONT";
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private CjkFont() {
    }

    /** The font file to embed; throws with what to install when there is none. */
    static Path locate(Map<String, String> env) {
        String configured = env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured);
            if (!Files.isReadable(file)) {
                throw new NeedsReport.FontMissing(Label.of("环境变量 " + ENV + " 指定的 " + file + " 不是可读的字体文件",
                        ENV + " names " + file + ", which is not a readable font file"));
            }
            return file;
        }
        return CANDIDATES.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new NeedsReport.FontMissing(Label.of(
                "PDF 报告找不到中文 TrueType 字体。请安装（apt-get install fonts-wqy-zenhei），或以 " + ENV
                        + " 指定 .ttf/.ttc 文件。已查找：" + CANDIDATES,
                "No Chinese (CJK) TrueType font found for the PDF report. Install one with "
                        + "'apt-get install fonts-wqy-zenhei', or set " + ENV + " to a .ttf/.ttc file. Looked in: " + CANDIDATES)));
    }

}
