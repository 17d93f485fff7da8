package io.clientlens.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password, for both the token endpoint and the sign-in form, under limits that slow guessing
 * without letting anyone lock another person out (docs/SECURITY.md, "Sign-in limits"). Failed sign-ins within
 * {@link #WINDOW} are counted three ways:
 *
 * <ul>
 * <li>per account and address: after {@value SignInDelay#FREE} failures each further attempt waits twice as long as the
 * last (1 s, 2 s, 4 s, …), up to {@link #ACCOUNT_AND_ADDRESS_CAP};</li>
 * <li>per account from any address: the same doubling, but never more than {@link #ACCOUNT_CAP}, so failures sent from
 * elsewhere delay the account's owner by seconds, never lock them out;</li>
 * <li>per address over all accounts: at most {@value #ADDRESS_LIMIT} failures; then that address waits until the oldest
 * of them is out of the window.</li>
 * </ul>
 *
 * A refused attempt checks no password and is not counted. Failures are logged with the user name, or, for a name that
 * is no user (someone may type a mobile number or an ID), a keyed hash (HMAC-SHA-256 under a secret of this
 * installation), and the remote address; never the password.
 */
@Component
public class SignIns {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration ACCOUNT_AND_ADDRESS_CAP = Duration.ofMinutes(15);
    public static final Duration ACCOUNT_CAP = Duration.ofSeconds(30);
    public static final int ADDRESS_LIMIT = 30;
    static final String SECRET = "sign-in-names";
    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    public sealed interface Outcome {
        record SignedIn(Users.User user) implements Outcome {
        }

        record Failed() implements Outcome {
        }

        /** Refused without checking the password; {@code retryAfter}: when another attempt may succeed. */
        record Throttled(Duration retryAfter) implements Outcome {
            /** Whole seconds, at least one: the value of a {@code Retry-After} header. */
            public long retryAfterSeconds() {
                return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            }
        }
    }

    private final Users users;
    private final JdbcClient jdbc;
    private final InstallationSecrets secrets;
    private final Clock clock;

    @Autowired
    SignIns(Users users, JdbcClient jdbc, InstallationSecrets secrets) {
        this(users, jdbc, secrets, Clock.systemUTC());
    }

    SignIns(Users users, JdbcClient jdbc, InstallationSecrets secrets, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Outcome attempt(String username, String password, String remote) {
        String name = username == null ? "" : username.trim();
        String address = remote == null ? "" : remote;
        String shown = name.length() <= 64 && users.find(name).isPresent() ? name : unknownName(name);
        Instant now = clock.instant();
        Optional<Duration> wait = wait(shown, address, now);
        if (wait.isPresent()) {
            LOG.warn("Sign-in refused (too many failures, retry in {} s) for user '{}' from {}", wait.get().toSeconds(), shown, address);
            return new Outcome.Throttled(wait.get());
        }
        Optional<Users.User> user = users.verify(name, password);
        if (user.isPresent()) {
            jdbc.sql("delete from sign_in_failure where username = :u and remote = :r").param("u", shown).param("r", address).update();
            LOG.info("Signed in: user '{}' ({}) from {}", shown, user.get().role(), address);
            return new Outcome.SignedIn(user.get());
        }
        jdbc.sql("insert into sign_in_failure (username, failed_at, remote) values (:u, :t, :r)")
                .param("u", shown).param("t", Timestamp.from(now)).param("r", address).update();
        LOG.warn("Sign-in failed for user '{}' from {}", shown, address);
        return new Outcome.Failed();
    }

    /** How long this account from this address must still wait, if at all. */
    private Optional<Duration> wait(String account, String address, Instant now) {
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        Duration longest = Duration.ZERO;
        longest = longer(longest, recent(account, address, since).until(ACCOUNT_AND_ADDRESS_CAP, now));
        longest = longer(longest, recent(account, null, since).until(ACCOUNT_CAP, now));
        // the ADDRESS_LIMIT-th most recent failure of this address: once it is out of the window, the address may try again
        Optional<Timestamp> nth = jdbc.sql("""
                        select failed_at from sign_in_failure where remote = :r and failed_at > :since
                        order by failed_at desc offset :n limit 1""")
                .param("r", address).param("since", since).param("n", ADDRESS_LIMIT - 1).query(Timestamp.class).optional();
        if (nth.isPresent()) {
            longest = longer(longest, Duration.between(now, nth.get().toInstant().plus(WINDOW)));
        }
        return longest.compareTo(Duration.ZERO) > 0 ? Optional.of(longest) : Optional.empty();
    }

    private record Recent(long failures, Instant last) {
        Duration until(Duration cap, Instant now) {
            return last == null ? Duration.ZERO : Duration.between(now, last.plus(SignInDelay.after(failures, cap)));
        }
    }

    /** The failures of this account within the window: from this address, or from any if {@code address} is null. */
    private Recent recent(String account, String address, Timestamp since) {
        return jdbc.sql("select count(*), max(failed_at) from sign_in_failure where username = :u and failed_at > :since"
                        + (address == null ? "" : " and remote = :r"))
                .param("u", account).param("since", since).param("r", address == null ? "" : address)
                .query((rs, n) -> new Recent(rs.getLong(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    private static Duration longer(Duration a, Duration b) {
        return b.compareTo(a) > 0 ? b : a;
    }

    /**
     * A name that is no user, as logged and counted: a keyed hash that cannot be reversed without this installation's
     * secret. It is spelled in letters only, because hex digits now and then run to eleven digits that start with 1,
     * and a log reader (or a scanner for personal data) would take those for a mobile number.
     */
    String unknownName(String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(SECRET), "HmacSHA256"));
            return "unknown#" + inLetters(mac.doFinal(name.getBytes(StandardCharsets.UTF_8)), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sixteen consonants, one per half byte: no digits, and no vowels to spell words with. */
    static final String LETTERS = "bcdfghjklmnpqrst";

    /** The first {@code bytes} bytes of {@code hash}, two letters of {@link #LETTERS} each. */
    static String inLetters(byte[] hash, int bytes) {
        StringBuilder letters = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            letters.append(LETTERS.charAt((hash[i] >> 4) & 0xf)).append(LETTERS.charAt(hash[i] & 0xf));
        }
        return letters.toString();
    }
}
