package io.clientlens.suitability;

import io.clientlens.testing.RandomCases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RiskDisclosureTest {

    @Test
    void acceptsTheExactSentenceWithHalfWidthPunctuationAndSpaces() {
        assertThat(RiskDisclosure.verify(RiskDisclosure.CONFIRMATION_SENTENCE)).isInstanceOf(RiskDisclosure.CopyOut.Matches.class);
        assertThat(RiskDisclosure.verify(" 本人已经阅读上述风险提示, 充分了解并清楚知晓本产品的风险,\n愿意承担相关风险 "))
                .isInstanceOf(RiskDisclosure.CopyOut.Matches.class);
    }

    @Test
    void namesThePositionTheExpectedAndTheFoundCharacterOfTheFirstDifference() {
        assertThat(RiskDisclosure.verify("本人已经阅读上述风险提示，充分了解并清楚知道本产品的风险，愿意承担相关风险"))
                .isEqualTo(new RiskDisclosure.CopyOut.Differs(22, "晓", "道"));
        assertThat(RiskDisclosure.verify("本人已经阅读上述风险提示")).isEqualTo(new RiskDisclosure.CopyOut.Differs(13, ",", null));
        var longer = (RiskDisclosure.CopyOut.Differs) RiskDisclosure.verify(RiskDisclosure.CONFIRMATION_SENTENCE + "。");
        assertThat(longer.expected()).isNull();
        assertThat(longer.explain().en()).contains("expected (end)");
    }

    @Test
    void findsAnySingleChangedCharacterAtItsPosition() {
        String expected = RiskDisclosure.normalize(RiskDisclosure.CONFIRMATION_SENTENCE);
        RandomCases.cases(200).forEach(random -> {
            int at = random.nextInt(expected.length());
            String changed = expected.substring(0, at) + "错" + expected.substring(at + 1);
            if (expected.charAt(at) != '错') {
                assertThat(RiskDisclosure.verify(changed)).as(random.toString())
                        .isEqualTo(new RiskDisclosure.CopyOut.Differs(at + 1, String.valueOf(expected.charAt(at)), "错"));
            }
        });
    }

    @Test
    void saysTheWorstCasePlainlyForR4AndR5() {
        var r5 = new Product("X", "股票型基金", ProductRisk.R5, "FUND", false, BigDecimal.ONE, false, null, null);
        assertThat(RiskDisclosure.forProduct(r5).zh()).contains("可能损失全部本金");
        assertThat(RiskDisclosure.forProduct(r5).en()).contains("you may lose all the money invested".substring(4));
        assertThat(ProductRisk.R4.worstCase().en()).isEqualTo("You may lose all the money invested");
    }
}
