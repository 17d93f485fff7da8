package io.clientlens.app.web;

import io.clientlens.app.refusal.ExpectedValue;
import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.Unavailable;
import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.clientlens.app.errors.ErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Errors of the REST API as RFC 9457 problem details. A user's mistake is a 4xx naming the field;
 * nothing internal (stack traces, SQL) is ever sent.
 */
@RestControllerAdvice(basePackages = "io.clientlens.app")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetails {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    /*
     * A page (a request outside /api/ that accepts HTML: a browser's navigation or form) gets the same refusal as an error
     * page in the site layout (ErrorPages); a script's request and the REST API get the problem detail.
     */

    @ExceptionHandler(InvalidRequest.class)
    Object invalid(InvalidRequest e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 400, e.problems().stream().map(p -> p.field() + "：" + p.zh()).reduce((a, b) -> a + "；" + b)
                    .orElse(null), e.getMessage());
        }
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", e.getMessage(), e.problems());
    }

    /** An input refused with its reason in both languages, wherever it was checked: a 400 saying it, not an internal error. */
    @ExceptionHandler(InputRejected.class)
    Object rejected(InputRejected e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 400, e.reason().zh(), e.reason().en());
        }
        return saying(problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", e.getMessage(), List.of()),
                e.reason());
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 404, null, null);
        }
        return saying(problem(HttpStatus.NOT_FOUND, "not-found", "不存在 / Not found", e.getMessage(), List.of()), e.reason());
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(Forbidden e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 403, e.reason().zh(), e.reason().en());
        }
        return saying(problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Not allowed for this role", e.getMessage(), List.of()),
                e.reason());
    }

    /** The server lacks something (a font): what an administrator does, in both languages; the details only in the log. */
    @ExceptionHandler(Unavailable.class)
    Object unavailable(Unavailable e, HttpServletRequest request) {
        LOG.warn("Request refused, the server cannot serve it: {}", e.getMessage());
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 503, e.reason().zh(), e.reason().en());
        }
        return saying(problem(HttpStatus.SERVICE_UNAVAILABLE, e.type(), "暂时无法提供 / Unavailable", e.reason().en(), List.of()),
                e.reason());
    }

    /** A query or path parameter that cannot be read as its type: what a value of that type looks like, and what came. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String value = sent(e.getValue());
        Label why = e.getRequiredType() == null
                ? Label.of("格式不正确：“" + value + "”", "has the wrong format: '" + value + "'")
                : ExpectedValue.mismatch(ExpectedValue.of(e.getRequiredType()), ExpectedValue.quoted(value));
        FieldProblem p = new FieldProblem(e.getName(), why.zh(), why.en());
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 400, e.getName() + "：" + p.zh(), e.getName() + ": " + p.en());
        }
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", e.getName() + ": " + p.en(),
                List.of(p));
    }

    /** A parameter's value as sent; one given several times, each of them. */
    private static String sent(Object value) {
        return value instanceof Object[] values ? String.join(", ", Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(value);
    }

    /** A JSON body that does not read: the field at fault when Jackson knows it, else the body. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        FieldProblem p = JsonBodyProblems.of(e.getCause());
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误 / Invalid request", p.field() + ": " + p.en(), List.of(p));
    }

    /**
     * A safety net behind the field checks: a value the database cannot store (a numeric overflow) or that conflicts with
     * stored data is the request's fault, answered 400 without the statement or the database's message.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void dataIntegrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : "?";
        LOG.warn("Refused {} {}: the database did not accept a value of the request (SQLState {})", request.getMethod(),
                request.getRequestURI(), state);
        boolean overflow = "22003".equals(state);
        ErrorResponses.write(response, ErrorResponses.isApi(request.getContextPath(), request.getRequestURI()), 400,
                overflow ? "out-of-range" : "conflict", overflow ? "数值超出范围" : "数据冲突",
                overflow ? "Value out of range" : "Conflicting data",
                overflow ? "请求中的数值超出允许范围，请检查金额等数值" : "请求与已保存的数据冲突（例如重复或引用不存在的数据），请检查后重试",
                overflow ? "a number in the request is out of the allowed range; check amounts and other numbers"
                        : "the request conflicts with stored data (a duplicate, or a reference to something that does not exist)");
    }

    /** A form or upload larger than the container accepts (a body sent without its length, so that no filter could refuse it first). */
    @ExceptionHandler({InvalidParameterException.class, MaxUploadSizeExceededException.class})
    void tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (e instanceof InvalidParameterException invalid && invalid.getErrorCode() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            ErrorResponses.write(response, ErrorResponses.isApi(request.getContextPath(), request.getRequestURI()), 400);
            return;
        }
        ErrorResponses.write(response, ErrorResponses.isApi(request.getContextPath(), request.getRequestURI()), 413);
    }

    /**
     * The security firewall refuses some parts of a request only when they are first read (a parameter name or a header
     * with a control character): the same 400 as for a path it refuses at once. Its message may quote the value: not logged.
     */
    @ExceptionHandler(RequestRejectedException.class)
    void firewall(RequestRejectedException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info("Refused {} {}: the security firewall did not allow a parameter name or header", request.getMethod(),
                request.getRequestURI());
        ErrorResponses.write(response, ErrorResponses.isApi(request.getContextPath(), request.getRequestURI()), 400);
    }

    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e, HttpServletRequest request) {
        LOG.error("Unexpected error while handling a request", e);
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(request, 500, null, null);
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误 / Internal error",
                "The server could not complete the request; the error was logged.", List.of());
    }

    /** The problem with why, in both languages ({@code zh}, {@code en}), as the API guide promises. */
    private static ProblemDetail saying(ProblemDetail problem, Label reason) {
        problem.setProperty("zh", reason.zh());
        problem.setProperty("en", reason.en());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
                                         List<FieldProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("urn:clientlens:problem:" + type));
        pd.setTitle(title);
        if (!problems.isEmpty()) {
            pd.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "zh", p.zh(), "en", p.en())).toList());
        }
        return pd;
    }
}
