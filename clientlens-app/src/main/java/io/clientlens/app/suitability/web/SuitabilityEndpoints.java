package io.clientlens.app.suitability.web;

import io.clientlens.app.refusal.Refused;
import io.clientlens.batch.questionnaire.DocumentInvalid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Problem details for the suitability chain's own outcomes: a refusal for a business reason is
 * 409, a role that may not act is 403, both with the rule and the reason in zh and en. Handlers on
 * the controller come before the application-wide advice.
 */
abstract class SuitabilityEndpoints {

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused e) {
        HttpStatus status = e.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, e.reason().en());
        pd.setType(URI.create("urn:clientlens:problem:" + (e.forbidden() ? "forbidden" : "refused")));
        pd.setTitle(e.forbidden() ? "无权操作 / Not allowed for this role" : "已拒绝 / Refused");
        pd.setProperty("rule", e.rule());
        pd.setProperty("zh", e.reason().zh());
        pd.setProperty("en", e.reason().en());
        return pd;
    }

    @ExceptionHandler(DocumentInvalid.class)
    ProblemDetail invalidDocument(DocumentInvalid e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        pd.setType(URI.create("urn:clientlens:problem:invalid-request"));
        pd.setTitle("请求内容有误 / Invalid request");
        List<Map<String, String>> errors = e.problems().stream().map(p -> Map.of("field", p.field(), "zh", p.zh(), "en", p.en())).toList();
        pd.setProperty("errors", errors);
        return pd;
    }
}
