package io.clientlens.app.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the whole test suite of this module, in its own surefire execution (clientlens-app/pom.xml,
 * {@code scan-test-logs}): every log line the tests wrote to {@code target/test-logs} (see
 * src/test/resources/logback-test.xml) must be free of clear resident ID numbers, mobile numbers and
 * card numbers (docs/SECURITY.md). Not named *Test so that the main execution does not pick it up.
 */
class LogScanCheck {
    static final Path LOGS = Path.of(System.getProperty("clientlens.test-logs", "target/test-logs"));

    static final Pattern RESIDENT_ID = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    static final Pattern DIGITS = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");

    /** The clear personal data in one line, each as "kind: value". */
    static List<String> findings(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = RESIDENT_ID.matcher(line);
        while (m.find()) {
            found.add("resident ID: " + m.group());
        }
        m = MOBILE.matcher(line);
        while (m.find()) {
            found.add("mobile: " + m.group());
        }
        m = DIGITS.matcher(line);
        while (m.find()) {
            if (luhn(m.group())) {
                found.add("card number: " + m.group());
            }
        }
        return found;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Test
    void thePatternsFindClearDataAndLeaveMaskedDataAlone() {
        assertThat(findings("saved 11010519491231002X and 13800138000")).containsExactly("resident ID: 11010519491231002X", "mobile: 13800138000");
        assertThat(findings("card 4111111111111111 paid")).containsExactly("card number: 4111111111111111");
        assertThat(luhn("4111111111111111")).isTrue();
        assertThat(luhn("4111111111111112")).isFalse();
        assertThat(findings("card 4111111111111112, id 110105********002X, mobile 138****8000, run 20260930 took 1380013800ms")).isEmpty();
    }

    @Test
    void theTestSuitesLogsCarryNoClearPersonalData() throws IOException {
        assertThat(LOGS).as("the test suite's log files (logback-test.xml)").isDirectory();
        List<String> problems = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> files = Files.list(LOGS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines += all.size();
                for (int i = 0; i < all.size(); i++) {
                    for (String finding : findings(all.get(i))) {
                        problems.add(file.getFileName() + ":" + (i + 1) + ": " + finding + " in: " + all.get(i));
                    }
                }
            }
        }
        assertThat(lines).as("lines logged by the test suite").isPositive();
        assertThat(problems).as("clear personal data in the test suite's logs").isEmpty();
    }
}
