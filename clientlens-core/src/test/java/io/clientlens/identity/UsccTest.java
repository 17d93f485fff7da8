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
    void rejectsAWrongCheckCharacterNamingTheExpectedOneInBothLanguages() {
        assertThatThrownBy(() -> Uscc.parse("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidIdentity.class, e -> {
                    assertThat(e.field()).isEqualTo("uscc");
                    assertThat(e.reason()).isEqualTo("check character is 4 but the GB 32100 check requires 3");
                    assertThat(e.zh()).isEqualTo("校验码为4，但按GB 32100算法应为3");
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
