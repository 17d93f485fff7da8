package io.clientlens.identity;

import io.clientlens.customer.CustomerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void keepsTheFirstAndLastFourOfAResidentId() {
        assertThat(Masking.residentId("11010519491231002X")).isEqualTo("1101*************X");
    }

    @Test
    void keepsTheFirstThreeAndLastFourOfAMobile() {
        assertThat(Masking.mobile("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void keepsTheIssuerAndLastFourOfACard() {
        assertThat(Masking.bankCard("4111111111111111")).isEqualTo("411111******1111");
    }

    @ParameterizedTest
    @CsvSource({
            "6222020200112233445, ****3445",
            "12345678, ****5678",
            "A1234501, ****4501",
            "1234567, ****567",
            "19203, ****03",
            "576, ****6",
            "7, ****",
            "'', ****",
            "****3445, ****3445"})
    void showsOnlyTheTailOfAnAccountNumberNeverMoreThanHalfOfIt(String account, String shown) {
        assertThat(Masking.accountTail(account)).isEqualTo(shown);
        assertThat(Masking.accountTail(shown)).isEqualTo(shown);
        if (!account.startsWith("*") && account.length() > 1) {
            int visible = shown.length() - Masking.ACCOUNT_TAIL_PREFIX.length();
            assertThat(visible).isLessThanOrEqualTo(4);
            assertThat(2 * visible).isLessThanOrEqualTo(account.length());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "王小明, 王*",
            "李娜, 李*",
            "欧阳娜娜, 欧阳*",
            "司马相如, 司马*",
            "诸葛亮, 诸葛*",
            "澹台灭明, 澹台*",
            "欧阳, 欧*",
            "王, *",
            "买买提·艾力, 买*",
            "'John Smith', 'John *'",
            "'  Mary Ann Lee ', 'Mary *'",
            "Madonna, 'M *'"})
    void keepsTheSurnameAndOneStar(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void keepsBothCharactersOfASurnameOutsideTheBasicPlane() {
        assertThat(Masking.name("𠇔小明")).isEqualTo("𠇔*");
    }

    @ParameterizedTest
    @CsvSource({
            "wang.xiaoming@example.cn, w***@example.cn",
            "a@b.cn, a***@b.cn",
            "no-at-sign, **********",
            "@example.cn, ***********"})
    void keepsTheFirstLetterAndDomainOfAnEmail(String email, String masked) {
        assertThat(Masking.email(email)).isEqualTo(masked);
    }

    @Test
    void showsAUsccAsItIsBecauseItIsNotPersonal() {
        assertThat(Masking.uscc("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void givesNullForNullAndEmptyForEmpty() {
        assertThat(Masking.residentId(null)).isNull();
        assertThat(Masking.mobile(null)).isNull();
        assertThat(Masking.bankCard(null)).isNull();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.name("")).isEmpty();
        assertThat(Masking.mobile("")).isEmpty();
    }

    @Test
    void starsAValueTooShortToKeepItsEnds() {
        assertThat(Masking.mobile("1380013")).isEqualTo("*******");
        assertThat(Masking.bankCard("6228480402")).isEqualTo("**********");
    }

    @Test
    void showsACompanysNameInClearAndMasksAPersons() {
        assertThat(Masking.customerName("福州某某有限公司", CustomerType.CORPORATE)).isEqualTo("福州某某有限公司");
        assertThat(Masking.customerName("王小明", CustomerType.INDIVIDUAL)).isEqualTo("王*");
        assertThat(Masking.customerName("王小明", null)).isEqualTo("王*");
        assertThat(Masking.customerName(null, CustomerType.CORPORATE)).isNull();
    }
}
