package io.clientlens.identity;

import io.clientlens.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingPropertiesTest {
    /** Digits, letters, CJK, spaces, '@', '*', dots: what names, ids and e-mails are made of, and some odd input. */
    private static final String ALPHABET = "0123456789Xab@.* -王李欧阳小明Ω";

    static Stream<Random> cases() {
        return RandomCases.cases(300);
    }

    private static String text(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void keepsTheLengthOfIdsPhonesAndCards(Random random) {
        String value = text(random, 25);
        assertThat(Masking.residentId(value)).hasSameSizeAs(value);
        assertThat(Masking.mobile(value)).hasSameSizeAs(value);
        assertThat(Masking.bankCard(value)).hasSameSizeAs(value);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverRevealsTheMiddle(Random random) {
        // Two values that differ only inside the masked part must look the same masked.
        String head = pad(text(random, 8), 6);
        String tail = pad(text(random, 6), 4);
        String middle = text(random, 12);
        String otherMiddle = sameLength(text(random, 12), middle.length());
        String a = head + middle + tail;
        String b = head + otherMiddle + tail;
        assertThat(Masking.bankCard(a)).isEqualTo(Masking.bankCard(b));
        assertThat(Masking.residentId(a)).isEqualTo(Masking.residentId(b));
        assertThat(Masking.mobile(a)).isEqualTo(Masking.mobile(b));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void starsEveryCharacterBetweenTheKeptEnds(Random random) {
        String value = text(random, 25);
        assertThat(starsBetween(Masking.residentId(value), 4, 1)).isTrue();
        assertThat(starsBetween(Masking.mobile(value), 3, 4)).isTrue();
        assertThat(starsBetween(Masking.bankCard(value), 6, 4)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void changesNothingWhenMaskedTwice(Random random) {
        String value = text(random, 25);
        assertThat(Masking.residentId(Masking.residentId(value))).isEqualTo(Masking.residentId(value));
        assertThat(Masking.mobile(Masking.mobile(value))).isEqualTo(Masking.mobile(value));
        assertThat(Masking.bankCard(Masking.bankCard(value))).isEqualTo(Masking.bankCard(value));
        assertThat(Masking.name(Masking.name(value))).isEqualTo(Masking.name(value));
        assertThat(Masking.email(Masking.email(value))).isEqualTo(Masking.email(value));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void starsShortValuesCompletely(int length) {
        String value = "1234567".substring(0, length);
        assertThat(Masking.mobile(value)).isEqualTo("*".repeat(length));
        String id = "12345".substring(0, Math.min(length, 5)); // a resident ID keeps 4 + 1 characters
        assertThat(Masking.residentId(id)).isEqualTo("*".repeat(id.length()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void showsOnlyABeginningOfANameAndNeverTheWholeName(Random random) {
        String name = text(random, 10);
        if (name.isBlank()) {
            return;
        }
        String masked = Masking.name(name);
        String visible = masked.replaceFirst(" ?\\*$", "");
        assertThat(masked).endsWith("*");
        assertThat(name.strip()).startsWith(visible);
        assertThat(visible.length()).isLessThan(name.strip().length());
    }

    private static boolean starsBetween(String masked, int head, int tail) {
        if (masked.length() <= head + tail) {
            return masked.chars().allMatch(c -> c == '*');
        }
        return masked.substring(head, masked.length() - tail).chars().allMatch(c -> c == '*');
    }

    private static String pad(String text, int length) {
        return (text + "0".repeat(length)).substring(0, length);
    }

    private static String sameLength(String text, int length) {
        return (text + "9".repeat(length)).substring(0, length);
    }
}
