package io.clientlens.identity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check characters detect every single-character error: the reason the standards have them. */
class CheckCharacterPropertiesTest {

    @Property
    void everyResidentIdBuiltByTheStandardIsValid(@ForAll("residentIds") String id) {
        ResidentId parsed = ResidentId.parse(id);

        assertThat(parsed.value()).isEqualTo(id);
        assertThat(parsed.birthDate()).isEqualTo(LocalDate.parse(
                id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14)));
    }

    @Property
    void anyOneChangedCharacterOfAResidentIdIsRejected(@ForAll("residentIds") String id,
                                                       @ForAll @IntRange(max = 17) int position,
                                                       @ForAll("residentIdCharacters") char replacement) {
        Assume.that(id.charAt(position) != replacement);

        assertThatThrownBy(() -> ResidentId.parse(replaced(id, position, replacement)))
                .isInstanceOf(InvalidIdentity.class);
    }

    @Property
    void anyOneChangedCharacterOfAUsccIsRejected(@ForAll("usccs") String code,
                                                 @ForAll @IntRange(max = 17) int position,
                                                 @ForAll("usccCharacters") char replacement) {
        Assume.that(code.charAt(position) != replacement);

        assertThat(Uscc.parse(code).value()).isEqualTo(code);
        assertThatThrownBy(() -> Uscc.parse(replaced(code, position, replacement))).isInstanceOf(InvalidIdentity.class);
    }

    @Property
    void anyOneChangedDigitOfACardIsRejected(@ForAll @NumericChars @StringLength(min = 11, max = 18) String payload,
                                             @ForAll @IntRange(max = 18) int position,
                                             @ForAll @IntRange(max = 9) int digit) {
        String card = IdentityFixture.card(payload);
        Assume.that(position < card.length() && card.charAt(position) != (char) ('0' + digit));

        assertThat(BankCard.parse(card).value()).isEqualTo(card);
        assertThatThrownBy(() -> BankCard.parse(replaced(card, position, (char) ('0' + digit))))
                .isInstanceOf(InvalidIdentity.class);
    }

    @Property
    void everyMobileFrom13To19IsValidHoweverItIsWritten(@ForAll @IntRange(min = 3, max = 9) int second,
                                                       @ForAll @NumericChars @StringLength(9) String rest) {
        String bare = "1" + second + rest;
        String written = "+86 " + bare.substring(0, 3) + "-" + bare.substring(3, 7) + " " + bare.substring(7);

        assertThat(Mobile.parse(written).value()).isEqualTo(bare);
    }

    @Provide
    Arbitrary<String> residentIds() {
        Arbitrary<String> regions = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 12, 31));
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(regions, dates, sequences).as(IdentityFixture::residentId);
    }

    @Provide
    Arbitrary<Character> residentIdCharacters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }

    @Provide
    Arbitrary<String> usccs() {
        return Arbitraries.strings().withChars(Uscc.CHARSET.toCharArray()).ofLength(17).map(IdentityFixture::uscc);
    }

    @Provide
    Arbitrary<Character> usccCharacters() {
        return Arbitraries.of(Uscc.CHARSET.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    }

    private static String replaced(String text, int position, char replacement) {
        return text.substring(0, position) + replacement + text.substring(position + 1);
    }
}
