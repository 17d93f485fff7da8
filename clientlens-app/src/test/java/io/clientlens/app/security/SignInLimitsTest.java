package io.clientlens.app.security;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in limits that slow guessing but lock nobody out, with Retry-After; names that are no user are never logged recoverably. */
@ExtendWith(OutputCaptureExtension.class)
class SignInLimitsTest extends PostgresTest {
    static final String PASSWORD = "correct horse battery staple";
    MockMvc mvc;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** Failures as an attacker would have left them, {@code secondsAgo} before now. */
    void failures(String username, String address, int count, int secondsAgo) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into sign_in_failure (username, failed_at, remote) values (?, ?, ?)", username,
                    Timestamp.from(Instant.now().minusSeconds(secondsAgo)), address + (address.endsWith(".") ? i : ""));
        }
    }

    @Test
    void delaysDoubleFromTheFourthFailureUpToTheirCaps() {
        assertThat(SignInDelay.after(2, SignIns.ACCOUNT_CAP)).isZero();
        assertThat(SignInDelay.after(3, SignIns.ACCOUNT_CAP)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInDelay.after(6, SignIns.ACCOUNT_CAP)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SignInDelay.after(9, SignIns.ACCOUNT_CAP)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInDelay.after(9, SignIns.ACCOUNT_AND_ADDRESS_CAP)).isEqualTo(Duration.ofSeconds(64));
        assertThat(SignInDelay.after(1_000, SignIns.ACCOUNT_AND_ADDRESS_CAP)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresFromManyAddressesDelayTheOwnerBySecondsNeverLockThemOut() throws Exception {
        users.add("wang.rm", Role.RM, "BR001", "RM01", PASSWORD);
        failures("wang.rm", "198.51.100.", 200, 1); // 200 wrong passwords from 200 addresses within the last second
        String retry = signIn("wang.rm", PASSWORD, "10.1.1.7").andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retry)).isBetween(1L, SignIns.ACCOUNT_CAP.toSeconds());
        jdbc.update("update sign_in_failure set failed_at = failed_at - interval '31 seconds'");
        signIn("wang.rm", PASSWORD, "10.1.1.7").andExpect(status().isOk());
    }

    @Test
    void oneAddressRepeatingFailuresOnOneAccountWaitsLongerAndLonger() throws Exception {
        users.add("wang.rm", Role.RM, "BR001", "RM01", PASSWORD);
        failures("wang.rm", "203.0.113.9", 10, 0);
        String retry = signIn("wang.rm", PASSWORD, "203.0.113.9").andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER)).andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retry)).isBetween(120L, 128L); // 2^7 s after the tenth failure
        // the owner elsewhere only waits out the account's short cap
        jdbc.update("update sign_in_failure set failed_at = failed_at - interval '31 seconds'");
        signIn("wang.rm", PASSWORD, "10.1.1.7").andExpect(status().isOk());
        signIn("wang.rm", PASSWORD, "203.0.113.9").andExpect(status().isTooManyRequests());
    }

    @Test
    void anAddressWithTooManyFailuresOverAllAccountsWaitsButOthersDoNot() throws Exception {
        users.add("wang.rm", Role.RM, "BR001", "RM01", PASSWORD);
        for (int i = 0; i < SignIns.ADDRESS_LIMIT; i++) {
            failures("name-" + i, "203.0.113.50", 1, 60);
        }
        String retry = signIn("wang.rm", PASSWORD, "203.0.113.50").andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retry)).isBetween(SignIns.WINDOW.toSeconds() - 70, SignIns.WINDOW.toSeconds() - 50);
        signIn("wang.rm", PASSWORD, "10.1.1.7").andExpect(status().isOk());
        jdbc.update("update sign_in_failure set failed_at = failed_at - interval '15 minutes'");
        signIn("wang.rm", PASSWORD, "203.0.113.50").andExpect(status().isOk());
    }

    @Test
    void aNameThatIsNoUserIsLoggedAndCountedOnlyAsAKeyedHash(CapturedOutput output) throws Exception {
        String mobile = "13912345678";
        signIn(mobile, "whatever password", "10.1.1.8").andExpect(status().isUnauthorized());
        String stored = jdbc.queryForObject("select username from sign_in_failure", String.class);
        byte[] secret = admin.queryForObject("select value from installation_secret where name = ?", byte[].class, SignIns.SECRET);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String hex = HexFormat.of().formatHex(mac.doFinal(mobile.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        StringBuilder letters = new StringBuilder();
        for (char digit : hex.toCharArray()) {
            letters.append("bcdfghjklmnpqrst".charAt(Character.digit(digit, 16)));
        }
        String keyed = "unknown#" + letters;
        assertThat(stored).isEqualTo(keyed).doesNotContainPattern("[0-9]");
        String unsalted = Tokens.hash(mobile).substring(0, 12);
        assertThat(output.getAll()).contains("Sign-in failed for user '" + keyed + "'")
                .doesNotContain(mobile).doesNotContain(unsalted);
        assertThat(stored).doesNotContain(unsalted);
    }

    @Test
    void theKeyedHashIsSpelledInLettersSoNoScannerTakesItForANumber() {
        byte[] digitsOnly = {0x13, 0x19, 0x43, 0x59, 0x43, 0x5b, (byte) 0x99, 0x01};
        assertThat(SignIns.inLetters(digitsOnly, 8)).isEqualTo("cfcmgfhmgfhpmmbc").matches("[a-z]{16}");
    }
}
