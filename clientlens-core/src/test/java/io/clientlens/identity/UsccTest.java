package io.clientlens.identity;

import org.junit.jupiter.api.Test;

import static io.clientlens.identity.IdentityFixture.REAL_USCC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsccTest {

    @Test
    void acceptsAWellKnownRealCode() {
        assertThat(Uscc.parse(REAL_USCC).value()).isEqualTo(REAL_USCC);
    }

    @Test
    void computesTheRealCodesCheckCharacter() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void acceptsACodeBuiltWithItsCheckCharacterInLowerCase() {
        String code = IdentityFixture.uscc("91110108MA01ABCD1");

        assertThat(Uscc.parse(code.toLowerCase()).value()).isEqualTo(code);
    }

    @Test
    void rejectsAWrongCheckCharacterInPlainWordsWithoutGivingAwayTheRightOne() {
        assertThatThrownBy(() -> Uscc.parse("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.field()).isEqualTo("uscc");
                    assertThat(e.reason()).isEqualTo(
                            "the last character (check character) of the unified social credit code does not match the first 17; "
                                    + "check the code");
                    assertThat(e.zh()).isEqualTo("统一社会信用代码的最后一位（校验码）与前 17 位不符，请核对代码");
                    assertThat(e.reason() + e.zh()).doesNotContain("3").doesNotContain("GB 32100");
                });
    }

    @Test
    void rejectsTheLettersTheCodeSetLeavesOut() {
        assertThatThrownBy(() -> Uscc.parse("91350100O000100Y43"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).startsWith("character 9 'O' is not allowed");
                    assertThat(e.zh()).startsWith("第9位“O”不允许");
                });
    }

    @Test
    void rejectsAWrongLength() {
        assertThatThrownBy(() -> Uscc.parse("91350100M000100Y4"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.reason()).isEqualTo("must have 18 characters, has 17");
                    assertThat(e.zh()).isEqualTo("应为18位，实际为17位");
                });
    }
}
