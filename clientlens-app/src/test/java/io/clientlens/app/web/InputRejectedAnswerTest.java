package io.clientlens.app.web;

import io.clientlens.code.InputRejected;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** An input refused with its reason in both languages answers 400 with that reason, never an internal error. */
class InputRejectedAnswerTest {

    @Test
    void theApiAnswers400WithTheReasonInBothLanguages() {
        var rejected = new InputRejected("--format：应为 csv 或 xlsx，实为 pdf", "--format: expected csv or xlsx, was pdf");
        Object answer = new ProblemDetails().rejected(rejected, new MockHttpServletRequest("GET", "/api/v1/customers"));
        assertThat(answer).isInstanceOfSatisfying(ProblemDetail.class, pd -> {
            assertThat(pd.getStatus()).isEqualTo(400);
            assertThat(pd.getProperties()).containsEntry("zh", "--format：应为 csv 或 xlsx，实为 pdf")
                    .containsEntry("en", "--format: expected csv or xlsx, was pdf");
        });
    }
}
