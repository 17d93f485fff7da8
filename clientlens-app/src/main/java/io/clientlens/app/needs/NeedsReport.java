package io.clientlens.app.needs;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.clientlens.app.refusal.Unavailable;
import io.clientlens.code.Label;
import io.clientlens.code.Language;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable needs report of one customer: HTML from the Thymeleaf template {@code needs-report},
 * and the same HTML as PDF through openhtmltopdf with an embedded CJK font. Identity data is masked.
 */
@Component
public class NeedsReport {
    static final String FONT_FAMILY = "ClientLensCJK";
    /** Served to the browser as /needs-report.css. */
    static final String STYLESHEET_RESOURCE = "/static/needs-report.css";

    static {
        // The PDF renderer announces at INFO what it loads and how it renders ("Prepare to fly") on the console of
        // whoever runs `needs report`: its warnings and errors are enough.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    private final NeedsService needs;
    private final NeedsRegister register;
    private final ITemplateEngine templates;

    NeedsReport(NeedsService needs, NeedsRegister register, ITemplateEngine templates) {
        this.needs = needs;
        this.register = register;
        this.templates = templates;
    }

    /** The report as a self-contained document: its stylesheet embedded (the REST API's answer, the PDF). */
    public String html(String customerId, LocalDate asOf, Language lang) {
        return html(customerId, asOf, lang, null);
    }

    /**
     * The report linking {@code stylesheet} (the address of needs-report.css) instead of embedding it: the web page's
     * Content-Security-Policy allows stylesheets of its own origin only. Null embeds the stylesheet.
     */
    public String html(String customerId, LocalDate asOf, Language lang, String stylesheet) {
        NeedsService.Diagnosis d = needs.diagnose(customerId, asOf);
        List<Map<String, Object>> needsList = new ArrayList<>();
        var ranked = register.ranked(customerId);
        for (int i = 0; i < ranked.size(); i++) {
            var n = ranked.get(i);
            needsList.add(Map.of("rank", n.status().isOpen() ? String.valueOf(i + 1) : "—", "title", n.title(),
                    "status", n.status().label().in(lang)));
        }
        Locale locale = lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Map<String, Object> model = new HashMap<>(ReportModel.of(d.profile(), d.outcome(), needsList, lang));
        model.put("stylesheet", stylesheet);
        model.put("css", stylesheet == null ? Stylesheet.TEXT : null);
        return templates.process("needs-report", new Context(locale, model));
    }

    public byte[] pdf(String customerId, LocalDate asOf, Language lang) {
        return pdf(html(customerId, asOf, lang), CjkFont.locate(System.getenv()));
    }

    static byte[] pdf(String html, Path font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // WenQuanYi has no U+2212 MINUS SIGN glyph; the hyphen-minus reads the same on paper.
        builder.withHtmlContent(html.replace('\u2212', '-'), null);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (font.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                renderer.getFontResolver().addFontCollection(font.toFile(), FONT_FAMILY, 400, IdentValue.NORMAL, true);
            } else {
                renderer.getFontResolver().addFont(font.toFile(), FONT_FAMILY, 400, IdentValue.NORMAL, true);
            }
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF report", e);
        }
        return out.toByteArray();
    }


    /** The report's stylesheet, read once from the web pages' static files (one file for the page, the API and the PDF). */
    private static final class Stylesheet {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = NeedsReport.class.getResourceAsStream(STYLESHEET_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(STYLESHEET_RESOURCE + " is missing from the application");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** No usable CJK font: the PDF could not show Chinese, so none is made. */
    public static final class FontMissing extends Unavailable {
        private static final long serialVersionUID = 1L;
        static final Label REASON = Label.of(
                "缺少中文字体，无法生成 PDF 报告。请管理员安装中文 TrueType 字体（如 fonts-wqy-zenhei），"
                        + "或以环境变量 CLIENTLENS_CJK_FONT 指定字体文件。网页版报告不受影响。",
                "No Chinese (CJK) font for the PDF report. An administrator installs a Chinese TrueType font (such as "
                        + "fonts-wqy-zenhei) or names a font file in the environment variable CLIENTLENS_CJK_FONT. "
                        + "The web report is not affected.");

        FontMissing(Label details) {
            super("font-missing", REASON, details);
        }
    }
}
