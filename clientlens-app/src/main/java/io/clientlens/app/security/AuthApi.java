package io.clientlens.app.security;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bearer tokens for the REST API: sign in with user name and password, revoke the token in use. */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
class AuthApi {
    private final SignIns signIns;
    private final Tokens tokens;

    AuthApi(SignIns signIns, Tokens tokens) {
        this.signIns = signIns;
        this.tokens = tokens;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in: {username, password} → {token, expiresAt}; 401 on a wrong password; 429 with Retry-After (seconds) "
            + "while repeated failures delay this account or address (docs/SECURITY.md, \"Sign-in limits\")")
    ResponseEntity<Object> token(@RequestBody Map<String, Object> body, HttpServletRequest request) {
        Object username = body.get("username");
        Object password = body.get("password");
        List<FieldProblem> problems = new ArrayList<>();
        if (!(username instanceof String u) || u.isBlank()) {
            problems.add(new FieldProblem("username", "缺少用户名", "missing: the user name is required"));
        }
        if (!(password instanceof String p) || p.isEmpty()) {
            problems.add(new FieldProblem("password", "缺少密码", "missing: the password is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        SignIns.Outcome outcome = signIns.attempt((String) username, (String) password, request.getRemoteAddr());
        if (outcome instanceof SignIns.Outcome.SignedIn s) {
            Tokens.Issued issued = tokens.issue(s.user().username());
            return ResponseEntity.ok(Map.of("token", issued.token(), "expiresAt", issued.expiresAt().toString(),
                    "role", s.user().role().name()));
        }
        if (outcome instanceof SignIns.Outcome.Throttled t) {
            long seconds = t.retryAfterSeconds();
            ResponseEntity<Object> tooMany = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "登录尝试过多 / Too many sign-ins",
                    "登录失败次数过多，请 " + seconds + " 秒后再试", "too many failed sign-ins; try again in " + seconds + (seconds == 1 ? " second" : " seconds"));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(tooMany.getBody());
        }
        return problem(HttpStatus.UNAUTHORIZED, "sign-in-failed", "登录失败 / Sign-in failed",
                "用户名或密码不正确", "wrong user name or password");
    }

    @PostMapping("/revoke")
    @Operation(summary = "Revoke the bearer token of this request; later calls with it answer 401")
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
        Actors.current();
        tokens.revoke(authorization.substring("Bearer ".length()).trim());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String zh, String en) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, en);
        pd.setType(URI.create("urn:clientlens:problem:" + type));
        pd.setTitle(title);
        pd.setProperty("zh", zh);
        pd.setProperty("en", en);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
