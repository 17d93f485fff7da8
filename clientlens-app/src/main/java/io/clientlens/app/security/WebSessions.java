package io.clientlens.app.security;

import io.clientlens.policy.Policy;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules that end a web session (docs/SECURITY.md, "Sessions"): its user was disabled or their password or role changed
 * since the sign-in (the user's {@code session_epoch} moved on, whichever process changed it), it had no request for the
 * policy's {@code sessions.idleMinutes}, or it is older than {@code sessions.absoluteMinutes}.
 */
@Component
public class WebSessions {
    /** The session attribute that holds the {@link Stamp}. */
    public static final String ATTRIBUTE = "clientlens.session";

    /** What a session knows of its sign-in: the user's epoch at that time, when it happened, and its last request. */
    public record Stamp(String username, int epoch, Instant signedInAt, Instant lastSeen) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        Stamp seenAt(Instant now) {
            return new Stamp(username, epoch, signedInAt, now);
        }
    }

    /** Why a session ends; {@code code} is logged and shown on the sign-in page as {@code /login?ended=code}. */
    public enum Ended {
        ACCESS_CHANGED("access-changed"), IDLE("idle"), LIFETIME("lifetime");

        final String code;

        Ended(String code) {
            this.code = code;
        }
    }

    private final JdbcClient jdbc;
    private final Policy.Sessions policy;
    private final Clock clock;

    @Autowired
    public WebSessions(JdbcClient jdbc, Policy policy) {
        this(jdbc, policy.sessions(), Clock.systemUTC());
    }

    WebSessions(JdbcClient jdbc, Policy.Sessions policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(policy.idleMinutes());
    }

    public Duration lifetime() {
        return Duration.ofMinutes(policy.absoluteMinutes());
    }

    /** Marks a session as signed in by this user now; the servlet container also forgets it after the idle timeout. */
    public void start(HttpSession session, Users.User user) {
        Instant now = clock.instant();
        session.setAttribute(ATTRIBUTE, new Stamp(user.username(), user.sessionEpoch(), now, now));
        session.setMaxInactiveInterval((int) idleTimeout().toSeconds());
    }

    /** Why this session must end now, if it must; otherwise records this request as its last. */
    public Optional<Ended> check(HttpSession session) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof Stamp stamp)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Integer> epoch = jdbc.sql("select session_epoch from app_user where username = :u and enabled")
                .param("u", stamp.username()).query(Integer.class).optional();
        if (epoch.isEmpty() || epoch.get() != stamp.epoch()) {
            return Optional.of(Ended.ACCESS_CHANGED);
        }
        if (Duration.between(stamp.lastSeen(), now).compareTo(idleTimeout()) > 0) {
            return Optional.of(Ended.IDLE);
        }
        if (Duration.between(stamp.signedInAt(), now).compareTo(lifetime()) > 0) {
            return Optional.of(Ended.LIFETIME);
        }
        session.setAttribute(ATTRIBUTE, stamp.seenAt(now));
        return Optional.empty();
    }
}
