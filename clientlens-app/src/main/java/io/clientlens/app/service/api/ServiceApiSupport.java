package io.clientlens.app.service.api;

import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What the feature's REST controllers share: the signed-in user, and the translation of the services' outcomes
 * and exceptions into problem details (400 naming the fields, 403 with the reason, 404, 409 with the reason).
 * Handlers declared here are the controllers' own, so they come before the application-wide ones.
 */
abstract class ServiceApiSupport {

    static SignedInUser user() {
        return Actors.current();
    }

    @ExceptionHandler(ServiceInputInvalid.class)
    ResponseEntity<ProblemDetail> invalid(ServiceInputInvalid e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", e.getMessage(), e.problems(), null);
    }

    @ExceptionHandler(ServiceForbidden.class)
    ResponseEntity<ProblemDetail> forbidden(ServiceForbidden e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Not allowed for this role", e.getMessage(), List.of(), e.reason());
    }

    /** Said in both languages, as every 404 of the API. */
    static ResponseEntity<ProblemDetail> notFound(String what, Object id) {
        Label reason = NotFound.reason(what, String.valueOf(id));
        return problem(HttpStatus.NOT_FOUND, "not-found", "不存在 / Not found", reason.en(), List.of(), reason);
    }

    static ResponseEntity<ProblemDetail> refused(String code, Label reason, boolean forbidden) {
        ResponseEntity<ProblemDetail> r = problem(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, forbidden ? "forbidden" : "refused",
                forbidden ? "无权操作 / Not allowed for this role" : "不能办理 / Refused", reason.en(), List.of(), reason);
        r.getBody().setProperty("code", code);
        return r;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail, List<FieldProblem> problems,
                                                 Label reason) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("urn:clientlens:problem:" + type));
        pd.setTitle(title);
        if (!problems.isEmpty()) {
            pd.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "zh", p.zh(), "en", p.en())).toList());
        }
        if (reason != null) {
            pd.setProperty("zh", reason.zh());
            pd.setProperty("en", reason.en());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** A text parameter as an enum value, or a 400 naming the parameter and the values expected. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip().replace('-', '_'))) {
                return value;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new ServiceInputInvalid(field, "应为 " + String.join("、", names) + " 之一，而不是“" + text + "”",
                "expected one of " + String.join(", ", names) + ", found '" + text + "'");
    }

    /** zh and en of a label, as the JSON answers show them. */
    record Text(String zh, String en) {
        static Text of(Label label) {
            return label == null ? null : new Text(label.zh(), label.en());
        }
    }
}
