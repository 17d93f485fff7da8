package io.clientlens.app.security;

import io.clientlens.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Short-lived opaque bearer tokens for the REST API: 32 random bytes, of which only the SHA-256 is
 * stored, so a copy of the database gives no usable token. Revocable one by one.
 */
@Component
public class Tokens {
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    public Tokens(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    /** With a given clock, for tests of expiry. */
    public Tokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Issued issue(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(LIFETIME);
        jdbc.sql("insert into api_token (token_hash, username, issued_at, expires_at) values (:h, :u, :i, :e)")
                .param("h", hash(token)).param("u", username).param("i", Timestamp.from(now)).param("e", Timestamp.from(expires))
                .update();
        return new Issued(token, expires);
    }

    /** The enabled user of a valid (known, unexpired, unrevoked) token. */
    public Optional<SignedInUser> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.username, u.role, u.branch_id, u.rm_id from api_token t join app_user u using (username)
                        where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now and u.enabled
                        """)
                .param("h", hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new SignedInUser(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4))).optional();
    }

    /** Revokes a token; false if it was unknown or already revoked. */
    public boolean revoke(String token) {
        return jdbc.sql("update api_token set revoked_at = :now where token_hash = :h and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("h", hash(token)).update() > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
