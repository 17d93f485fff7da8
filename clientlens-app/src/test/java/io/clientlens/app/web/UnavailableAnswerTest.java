package io.clientlens.app.web;

import io.clientlens.app.refusal.Unavailable;
import io.clientlens.code.Label;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server lacks (a font for the PDF report) is a 503 saying what an administrator does, in both languages: a
 * problem detail to the API, the error page to a browser; the details, which name the server's files, stay in the log.
 */
class UnavailableAnswerTest {
    private static final Unavailable FONT = new Unavailable("font-missing",
            Label.of("缺少中文字体，请管理员安装", "No Chinese font; an administrator installs one"),
            Label.of("已查找：/usr/share/fonts/x.ttc", "Looked in: /usr/share/fonts/x.ttc"));

    @Test
    void theApiGetsA503ProblemInBothLanguagesWithoutTheServersFiles() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers/C1/needs/report.pdf");
        request.addHeader("Accept", "application/pdf");

        ProblemDetail problem = (ProblemDetail) new ProblemDetails().unavailable(FONT, request);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("urn:clientlens:problem:font-missing");
        assertThat(problem.getProperties()).containsEntry("zh", "缺少中文字体，请管理员安装")
                .containsEntry("en", "No Chinese font; an administrator installs one");
        assertThat(problem.getDetail()).doesNotContain("/usr/share");
    }

    @Test
    void aBrowserGetsTheErrorPageSayingIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers/C1/needs/report.pdf");
        request.addHeader("Accept", "text/html,application/xhtml+xml");

        ModelAndView page = (ModelAndView) new ProblemDetails().unavailable(FONT, request);

        assertThat(page.getStatus()).hasToString("503 SERVICE_UNAVAILABLE");
        assertThat(page.getModel()).containsEntry("detailZh", "缺少中文字体，请管理员安装")
                .containsEntry("detailEn", "No Chinese font; an administrator installs one");
        assertThat(page.getModel().values()).noneMatch(v -> String.valueOf(v).contains("/usr/share"));
    }
}
