package io.clientlens.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.clientlens.identity.IdentityFixture.ABC_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankCardTest {

    @ParameterizedTest
    @ValueSource(strings = {ABC_CARD, "4111111111111111", "371449635398431", "622202100112233445"})
    void acceptsLuhnValidNumbers(String number) {
        assertThat(BankCard.parse(number).value()).isEqualTo(number);
    }

    @Test
    void acceptsGroupsOfFourSeparatedBySpaces() {
        assertThat(BankCard.parse("6228 4804 0256 4890 018").value()).isEqualTo(ABC_CARD);
    }

    @Test
    void rejectsAWrongCheckDigitNamingTheOneLuhnRequires() {
        assertThatThrownBy(() -> BankCard.parse("6228480402564890013"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.field()).isEqualTo("bankCard");
                    assertThat(e.reason()).isEqualTo("check digit is 3 but the Luhn check requires 8");
                    assertThat(e.zh()).isEqualTo("校验位为3，但按Luhn算法应为8");
                });
    }

    @Test
    void computesTheCheckDigitOfAKnownNumber() {
        assertThat(BankCard.checkDigit("411111111111111")).isEqualTo('1');
        assertThat(BankCard.checkDigit("622848040256489001")).isEqualTo('8');
    }

    @Test
    void acceptsTheShortestAndLongestLengths() {
        assertThat(BankCard.parse(IdentityFixture.card("12345678901")).value()).hasSize(12);
        assertThat(BankCard.parse(IdentityFixture.card("123456789012345678")).value()).hasSize(19);
    }

    @Test
    void rejectsElevenAndTwentyDigitsEvenWhenLuhnValid() {
        assertThatThrownBy(() -> BankCard.parse(IdentityFixture.card("1234567890")))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).isEqualTo("must have 12 to 19 digits, has 11");
                    assertThat(e.zh()).isEqualTo("应为12至19位数字，实际为11位");
                });
        assertThatThrownBy(() -> BankCard.parse(IdentityFixture.card("1234567890123456789")))
                .isInstanceOfSatisfying(InvalidIdentity.class,
                        e -> assertThat(e.reason()).isEqualTo("must have 12 to 19 digits, has 20"));
    }

    @Test
    void rejectsLetters() {
        assertThatThrownBy(() -> BankCard.parse("6228A80402564890018"))
                .isInstanceOfSatisfying(InvalidIdentity.class,
                        e -> assertThat(e.reason()).contains("only digits").contains("character 5 is 'A'"));
    }

    @Test
    void showsAMaskedNumberInToString() {
        assertThat(BankCard.parse(ABC_CARD).toString()).isEqualTo("622848*********0018");
    }
}
