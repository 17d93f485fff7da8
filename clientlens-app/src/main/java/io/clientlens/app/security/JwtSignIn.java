package io.clientlens.app.security;

import io.clientlens.code.Label;
import io.clientlens.staff.Role;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Signed JWT bearer tokens of the bank's identity provider, accepted by the REST API only when one
 * is configured ({@link JwtConfiguration}). The claims name the user: role (one of the
 * {@link Role} codes), branch and RM id from configurable claims, username from
 * {@code preferred_username} or else {@code sub}. Nothing is looked up in ClientLens's own users.
 */
public class JwtSignIn {
    /** A JWT that does not sign anyone in; the message says why, in both languages, without the token. */
    static final class Rejected extends RuntimeException {
        private final transient Label reason;

        Rejected(Label reason) {
            super(reason.en());
            this.reason = reason;
        }

        Label reason() {
            return reason;
        }
    }

    private final JwtDecoder decoder;
    private final String roleClaim;
    private final String branchClaim;
    private final String rmIdClaim;

    public JwtSignIn(JwtDecoder decoder, String roleClaim, String branchClaim, String rmIdClaim) {
        this.decoder = decoder;
        this.roleClaim = roleClaim;
        this.branchClaim = branchClaim;
        this.rmIdClaim = rmIdClaim;
    }

    /** Whether the token has the form of a JWS (three dot-separated parts), as opposed to an opaque ClientLens token. */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** The user the token signs in; {@link Rejected} if it is expired, badly signed, malformed or lacks a known role. */
    SignedInUser user(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw new Rejected(Label.of("访问令牌无效或已过期（" + e.getMessage() + "）", "invalid or expired token (" + e.getMessage() + ")"));
        }
        String roleText = jwt.getClaimAsString(roleClaim);
        Role role = Role.parse(roleText).orElseThrow(() -> new Rejected(Label.of(
                "访问令牌缺少有效的角色声明 " + roleClaim + "（应为 RM、SALES、SUPERVISOR、HEAD_OF_WEALTH、COMPLIANCE、ANALYST、ADMIN 之一）",
                "the token has no valid role claim '" + roleClaim + "' (one of RM, SALES, SUPERVISOR, HEAD_OF_WEALTH, COMPLIANCE, ANALYST, ADMIN)")));
        String username = jwt.getClaimAsString("preferred_username");
        if (username == null || username.isBlank()) {
            username = jwt.getSubject();
        }
        if (username == null || username.isBlank()) {
            throw new Rejected(Label.of("访问令牌缺少 preferred_username 或 sub 声明", "the token has neither a preferred_username nor a sub claim"));
        }
        return new SignedInUser(username, role, blankToNull(jwt.getClaimAsString(branchClaim)), blankToNull(jwt.getClaimAsString(rmIdClaim)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
