package io.clientlens.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MobileTest {

    @Test
    void acceptsElevenDigitsStartingWith13() {
        assertThat(Mobile.parse("13800138000").value()).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+86-13800138000",
            "008613800138000", "8613800138000", " 13800138000 "})
    void storesTheBareElevenDigitsOfTheUsualWaysOfWritingANumber(String written) {
        assertThat(Mobile.parse(written).value()).isEqualTo("13800138000");
    }

    @Test
    void rejectsASecondDigitBelow3() {
        assertThatThrownBy(() -> Mobile.parse("12800138000"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.field()).isEqualTo("mobile");
                    assertThat(e.reason()).isEqualTo("must start with 13 to 19, starts with 12");
                    assertThat(e.zh()).isEqualTo("应以13–19开头，实际以12开头");
                });
    }

    @Test
    void rejectsTenDigits() {
        assertThatThrownBy(() -> Mobile.parse("1380013800"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).isEqualTo("must have 11 digits, has 10");
                    assertThat(e.zh()).isEqualTo("应为11位数字，实际为10位");
                });
    }

    @Test
    void rejectsALandlineNumberStartingWith0() {
        assertThatThrownBy(() -> Mobile.parse("01065529988"))
                .isInstanceOfSatisfying(InvalidIdentity.class,
                        e -> assertThat(e.reason()).isEqualTo("must start with 13 to 19, starts with 01"));
    }

    @Test
    void rejectsLettersNamingThePosition() {
        assertThatThrownBy(() -> Mobile.parse("1380013800O"))
                .isInstanceOfSatisfying(InvalidIdentity.class,
                        e -> assertThat(e.reason()).startsWith("must contain only digits").endsWith("character 11 is 'O'"));
    }

    @Test
    void keepsTheCompactConstructorStrictSoThatAStoredValueIsAlwaysBare() {
        assertThatThrownBy(() -> new Mobile("138 0013 8000")).isInstanceOf(InvalidIdentity.class);
    }

    @Test
    void showsAMaskedNumberInToString() {
        assertThat(Mobile.parse("13800138000").toString()).isEqualTo("138****8000");
    }
}
