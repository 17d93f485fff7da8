package io.clientlens.identity;

import io.clientlens.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check characters detect every single-character error: the reason the standards have them. */
class CheckCharacterPropertiesTest {
    private static final String ID_CHARACTERS = "0123456789X";

    static Stream<Random> cases() {
        return RandomCases.cases(300);
    }

    private static String residentId(Random random) {
        int region = 110000 + random.nextInt(829999 - 110000 + 1);
        LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(47_846)); // up to 2030-12-31
        return IdentityFixture.residentId(String.valueOf(region), date, random.nextInt(1000));
    }

    private static String uscc(Random random) {
        StringBuilder first17 = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            first17.append(Uscc.CHARSET.charAt(random.nextInt(Uscc.CHARSET.length())));
        }
        return IdentityFixture.uscc(first17.toString());
    }

    private static String digits(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyResidentIdBuiltByTheStandardIsValid(Random random) {
        String id = residentId(random);
        ResidentId parsed = ResidentId.parse(id);
        assertThat(parsed.value()).isEqualTo(id);
        assertThat(parsed.birthDate()).isEqualTo(LocalDate.parse(
                id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anyOneChangedCharacterOfAResidentIdIsRejected(Random random) {
        String id = residentId(random);
        int position = random.nextInt(18);
        char replacement = otherThan(id.charAt(position), ID_CHARACTERS, random);
        assertThatThrownBy(() -> ResidentId.parse(replaced(id, position, replacement))).isInstanceOf(InvalidIdentity.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anyOneChangedCharacterOfAUsccIsRejected(Random random) {
        String code = uscc(random);
        int position = random.nextInt(18);
        char replacement = otherThan(code.charAt(position), Uscc.CHARSET, random);
        assertThat(Uscc.parse(code).value()).isEqualTo(code);
        assertThatThrownBy(() -> Uscc.parse(replaced(code, position, replacement))).isInstanceOf(InvalidIdentity.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anyOneChangedDigitOfACardIsRejected(Random random) {
        String card = IdentityFixture.card(digits(random, 11 + random.nextInt(8)));
        int position = random.nextInt(card.length());
        char replacement = otherThan(card.charAt(position), "0123456789", random);
        assertThat(BankCard.parse(card).value()).isEqualTo(card);
        assertThatThrownBy(() -> BankCard.parse(replaced(card, position, replacement))).isInstanceOf(InvalidIdentity.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyMobileFrom13To19IsValidHoweverItIsWritten(Random random) {
        String bare = "1" + (3 + random.nextInt(7)) + digits(random, 9);
        String written = "+86 " + bare.substring(0, 3) + "-" + bare.substring(3, 7) + " " + bare.substring(7);
        assertThat(Mobile.parse(written).value()).isEqualTo(bare);
    }

    private static char otherThan(char current, String alphabet, Random random) {
        char c;
        do {
            c = alphabet.charAt(random.nextInt(alphabet.length()));
        } while (c == current);
        return c;
    }

    private static String replaced(String text, int position, char replacement) {
        return text.substring(0, position) + replacement + text.substring(position + 1);
    }
}
