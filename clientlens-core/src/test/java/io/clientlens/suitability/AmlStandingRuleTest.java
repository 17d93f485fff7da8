package io.clientlens.suitability;

import io.clientlens.classify.Reason;
import io.clientlens.questionnaire.RiskLevel;
import org.junit.jupiter.api.Test;

import static io.clientlens.suitability.SuitabilityFixture.at;
import static io.clientlens.suitability.SuitabilityFixture.fund;
import static org.assertj.core.api.Assertions.assertThat;

class AmlStandingRuleTest {

    private static SuitabilityCase with(SuitabilityCase c, SuitabilityCase.AmlStanding standing) {
        return new SuitabilityCase(c.customerId(), c.product(), c.amount(), c.initiatedBy(), c.assessments(), c.experience(),
                c.day(), c.earlier(), standing);
    }

    @Test
    void pendingEnhancedDueDiligenceBlocksANewSaleThatWouldOtherwiseBeAllowed() {
        SuitabilityCase ok = at(RiskLevel.C3, fund(ProductRisk.R3), 50_000);
        assertThat(SuitabilityRulesTest.decide(ok)).isInstanceOf(SuitabilityDecision.Allowed.class);

        SuitabilityDecision d = SuitabilityRulesTest.decide(with(ok, SuitabilityCase.AmlStanding.DUE_DILIGENCE_PENDING));
        assertThat(d).isInstanceOfSatisfying(SuitabilityDecision.Blocked.class, b -> assertThat(b.overridable()).isFalse());
        Reason reason = d.reasons().get(0);
        assertThat(reason.rule()).isEqualTo("amlDueDiligencePending");
        assertThat(reason.zh()).contains("强化尽职调查未完成").contains("资金来源");
        assertThat(reason.en()).contains("due diligence is pending");
        // nothing compliance knows reaches the RM
        assertThat(reason.zh() + reason.en()).doesNotContain("可疑").doesNotContain("预警").doesNotContain("STR")
                .doesNotContain("alert").doesNotContain("case");
    }

    @Test
    void prohibitedBlocksEveryNewSale() {
        SuitabilityDecision d = SuitabilityRulesTest.decide(with(at(RiskLevel.C5, fund(ProductRisk.R1), 10_000),
                SuitabilityCase.AmlStanding.PROHIBITED));
        assertThat(d).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(d.reasons()).extracting(Reason::rule).contains("amlProhibited");
    }

    @Test
    void anEndedRelationshipBlocksEveryNewSaleWithoutSayingWhy() {
        SuitabilityDecision d = SuitabilityRulesTest.decide(with(at(RiskLevel.C5, fund(ProductRisk.R1), 10_000),
                SuitabilityCase.AmlStanding.RELATIONSHIP_EXITED));
        assertThat(d).isInstanceOfSatisfying(SuitabilityDecision.Blocked.class, b -> assertThat(b.overridable()).isFalse());
        Reason reason = d.reasons().get(0);
        assertThat(reason.rule()).isEqualTo("amlRelationshipExited");
        assertThat(reason.zh()).contains("终止").contains("不得办理新业务");
        assertThat(reason.en()).contains("end the relationship").contains("no new business");
        assertThat(reason.zh() + reason.en()).doesNotContain("可疑").doesNotContain("预警").doesNotContain("案件")
                .doesNotContain("STR").doesNotContain("alert").doesNotContain("case");
    }
}
