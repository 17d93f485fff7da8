package io.clientlens.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password, for both the token endpoint and the sign-in form. After
 * {@value #MAX_FAILURES} failures for one user name within {@link #WINDOW} every further attempt
 * is refused without checking the password. Failures are logged with the user name (or, for a
 * name that is no user, a short hash of it) and the remote address, never the password.
 */
@Component
public class SignIns {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    public sealed interface Outcome {
        record SignedIn(Users.User user) implements Outcome {
        }

        record Failed() implements Outcome {
        }

        record Throttled() implements Outcome {
        }
    }

    private final Users users;
    private final JdbcClient jdbc;

    public SignIns(Users users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    public Outcome attempt(String username, String password, String remote) {
        String name = username == null ? "" : username.trim();
        // A name that is no user (someone may type a mobile number or an ID) is neither logged nor stored in clear.
        String shown = name.length() <= 64 && users.find(name).isPresent() ? name : "unknown#" + Tokens.hash(name).substring(0, 12);
        long recent = jdbc.sql("select count(*) from sign_in_failure where username = :u and failed_at > :since")
                .param("u", shown).param("since", Timestamp.from(Instant.now().minus(WINDOW))).query(Long.class).single();
        if (recent >= MAX_FAILURES) {
            LOG.warn("Sign-in refused (too many failures) for user '{}' from {}", shown, remote);
            return new Outcome.Throttled();
        }
        Optional<Users.User> user = users.verify(name, password);
        if (user.isPresent()) {
            LOG.info("Signed in: user '{}' ({}) from {}", shown, user.get().role(), remote);
            return new Outcome.SignedIn(user.get());
        }
        jdbc.sql("insert into sign_in_failure (username, failed_at, remote) values (:u, now(), :r)")
                .param("u", shown).param("r", remote).update();
        LOG.warn("Sign-in failed for user '{}' from {}", shown, remote);
        return new Outcome.Failed();
    }
}
