package io.clientlens.identity;

import io.clientlens.customer.Gender;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.clientlens.identity.IdentityFixture.WANG_RESIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdTest {

    @Test
    void acceptsTheStandardExampleAndReadsBirthDateGenderAndRegion() {
        ResidentId id = ResidentId.parse(WANG_RESIDENT_ID);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.F);
        assertThat(id.regionCode()).isEqualTo("110105");
    }

    @Test
    void acceptsALowerCaseXAndSurroundingBlanks() {
        assertThat(ResidentId.parse(" 11010519491231002x ").value()).isEqualTo(WANG_RESIDENT_ID);
    }

    @Test
    void readsAnOddSequenceDigitAsMale() {
        String id = IdentityFixture.residentId("440305", LocalDate.of(1985, 7, 1), 13);

        assertThat(ResidentId.parse(id).gender()).isEqualTo(Gender.M);
    }

    @Test
    void rejectsAWrongCheckCharacterInPlainWordsWithoutGivingAwayTheRightOne() {
        assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.field()).isEqualTo("residentId");
                    assertThat(e.reason()).isEqualTo(
                            "the last character (check digit) of the resident ID does not match the first 17; check the number");
                    assertThat(e.zh()).isEqualTo("身份证号码的最后一位（校验码）与前 17 位不符，请核对号码");
                    assertThat(e.reason() + e.zh()).doesNotContain("X").doesNotContain("MOD");
                });
    }

    @Test
    void rejectsAWrongLengthSayingWhatIsExpected() {
        assertThatThrownBy(() -> ResidentId.parse("11010519491231002"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).isEqualTo("must have 18 characters (or 15 digits for an old number), has 17");
                    assertThat(e.zh()).isEqualTo("应为18位（旧号码为15位数字），实际为17位");
                });
    }

    @Test
    void rejectsAnImpossibleBirthDateEvenWithAMatchingCheckCharacter() {
        String first17 = "11010519490231002";
        String withCheck = first17 + ResidentId.checkCharacter(first17);

        assertThatThrownBy(() -> ResidentId.parse(withCheck))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).contains("birth date").contains("19490231");
                    assertThat(e.zh()).contains("出生日期").contains("19490231");
                });
    }

    @Test
    void rejectsLettersAmongTheFirst17Characters() {
        assertThatThrownBy(() -> ResidentId.parse("1101051949123100AX"))
                .isInstanceOfSatisfying(InvalidIdentity.class,
                        e -> assertThat(e.reason()).isEqualTo("the first 17 characters must be digits"));
    }

    @Test
    void rejectsFullWidthDigitsThatJavaCallsDigits() {
        assertThatThrownBy(() -> ResidentId.parse("１１０１０５19491231002X"))
                .isInstanceOf(InvalidIdentity.class);
    }

    @Test
    void rejectsAMissingNumber() {
        assertThatThrownBy(() -> ResidentId.parse(null))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).isEqualTo("is missing");
                    assertThat(e.zh()).isEqualTo("未填写");
                });
    }

    @Test
    void convertsAFifteenDigitNumberToEighteenWithTheCenturyAndCheckCharacter() {
        ResidentId id = ResidentId.parse("110105491231002");

        assertThat(id.value()).isEqualTo(WANG_RESIDENT_ID);
    }

    @Test
    void rejectsAFifteenDigitNumberWithAnImpossibleDateNamingItsOwnCharacters() {
        assertThatThrownBy(() -> ResidentId.parse("110105490231002"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).contains("characters 7–12").contains("490231");
                    assertThat(e.zh()).contains("第7–12位").contains("490231");
                });
    }

    @Test
    void showsOnlyAMaskedNumberInToStringSoThatLogsDoNotLeakIt() {
        assertThat(ResidentId.parse(WANG_RESIDENT_ID).toString()).isEqualTo("1101*************X");
    }
}
