package io.clientlens.customer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The fact tags as the seeds define them: 定量 = financial (财务) data, 定性 = non-financial (非财务). */
class FactGroupTest {
    private static final EnumSet<FactGroup> FINANCIAL = EnumSet.of(FactGroup.INCOME, FactGroup.EXPENSES, FactGroup.ASSETS,
            FactGroup.LIABILITIES, FactGroup.INSURANCE, FactGroup.INVESTMENT_HISTORY);

    @Test
    void theFinancialGroupsAreTheQuantitativeOnes() {
        assertThat(Arrays.stream(FactGroup.values()).filter(FactGroup::financial)).containsExactlyInAnyOrderElementsOf(FINANCIAL);
        assertThat(Arrays.stream(FactGroup.values()).filter(FactGroup::quantitative)).containsExactlyInAnyOrderElementsOf(FINANCIAL);
    }

    @Test
    void familyAndGoalsAreQualitativeAndInvestmentHistoryQuantitative() {
        assertThat(FactGroup.FAMILY.quantitative()).isFalse();
        assertThat(FactGroup.GOALS.quantitative()).isFalse();
        assertThat(FactGroup.INTERESTS.quantitative()).isFalse();
        assertThat(FactGroup.BASIC.quantitative()).isFalse();
        assertThat(FactGroup.INVESTMENT_HISTORY.quantitative()).isTrue();
        assertThat(FactGroup.INVESTMENT_HISTORY.financial()).isTrue();
    }

    @Test
    void everyFinancialGroupIsInTheFinancialPart() {
        for (FactGroup group : FactGroup.values()) {
            assertThat(group.part() == FactGroup.Part.FINANCIAL).as(group.key()).isEqualTo(group.financial());
        }
    }
}
