package io.clientlens.identity;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingPropertiesTest {

    private static final UnaryOperator<String> RESIDENT_ID = Masking::residentId;
    private static final UnaryOperator<String> MOBILE = Masking::mobile;
    private static final UnaryOperator<String> BANK_CARD = Masking::bankCard;

    @Property
    void keepsTheLengthOfIdsPhonesAndCards(@ForAll String value) {
        assertThat(Masking.residentId(value)).hasSameSizeAs(value);
        assertThat(Masking.mobile(value)).hasSameSizeAs(value);
        assertThat(Masking.bankCard(value)).hasSameSizeAs(value);
    }

    @Property
    void neverRevealsTheMiddle(@ForAll String head, @ForAll String middle, @ForAll String otherMiddle,
                               @ForAll String tail) {
        // Two values that differ only inside the masked part must look the same masked.
        String a = pad(head, 6) + middle + pad(tail, 4);
        String b = pad(head, 6) + sameLength(otherMiddle, middle.length()) + pad(tail, 4);

        assertThat(Masking.bankCard(a)).isEqualTo(Masking.bankCard(b));
        assertThat(Masking.residentId(a)).isEqualTo(Masking.residentId(b));
        assertThat(Masking.mobile(a)).isEqualTo(Masking.mobile(b));
    }

    @Property
    void starsEveryCharacterBetweenTheKeptEnds(@ForAll String value) {
        assertThat(starsBetween(RESIDENT_ID.apply(value), 4, 4)).isTrue();
        assertThat(starsBetween(MOBILE.apply(value), 3, 4)).isTrue();
        assertThat(starsBetween(BANK_CARD.apply(value), 6, 4)).isTrue();
    }

    @Property
    void changesNothingWhenMaskedTwice(@ForAll String value) {
        assertThat(Masking.residentId(Masking.residentId(value))).isEqualTo(Masking.residentId(value));
        assertThat(Masking.mobile(Masking.mobile(value))).isEqualTo(Masking.mobile(value));
        assertThat(Masking.bankCard(Masking.bankCard(value))).isEqualTo(Masking.bankCard(value));
        assertThat(Masking.name(Masking.name(value))).isEqualTo(Masking.name(value));
        assertThat(Masking.email(Masking.email(value))).isEqualTo(Masking.email(value));
    }

    @Property
    void starsShortValuesCompletely(@ForAll @IntRange(max = 7) int length) {
        String value = "1234567".substring(0, length);

        assertThat(Masking.mobile(value)).isEqualTo("*".repeat(length));
        assertThat(Masking.residentId(value + "8")).isEqualTo("*".repeat(length + 1));
    }

    @Property
    void showsOnlyABeginningOfANameAndNeverTheWholeName(@ForAll String name) {
        Assume.that(!name.isBlank());
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
