package io.clientlens.needs;

import io.clientlens.customer.Goal;
import io.clientlens.customer.MaritalStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.needs.NeedsFixture.analyze;
import static io.clientlens.needs.NeedsFixture.domainExample;
import static org.assertj.core.api.Assertions.assertThat;

/** Life-cycle needs (§6.2): the engine's life stage, its priorities and preferences, and the goals. */
class LifeCycleNeedsTest {

    @Test
    void takesTheLifeStageFromTheClassificationRule() {
        NeedsAnalysis a = analyze(domainExample());
        // a dependent child aged 8 → GROWTH, with the engine's own reason
        assertThat(a.lifeStage().code()).isEqualTo("GROWTH");
        assertThat(a.lifeStage().reasons().get(0).rule()).isEqualTo("dependentChild");
        assertThat(a.lifeCycle()).hasValueSatisfying(plan -> {
            assertThat(plan.priorities().get(0)).isEqualTo(PlanningArea.EDUCATION_AND_RETIREMENT);
            assertThat(plan.preferences().get(0)).isEqualTo(ProductPreference.YIELD);
        });
    }

    @Test
    void putsEstatePlanningFirstInRetirement() {
        NeedsAnalysis a = analyze(domainExample().toBuilder().retired(true).build());
        assertThat(a.lifeStage().code()).isEqualTo("RETIREMENT");
        assertThat(a.lifeCycle().orElseThrow().priorities().get(0)).isEqualTo(PlanningArea.ESTATE);
        assertThat(a.lifeCycle().orElseThrow().preferences().get(0)).isEqualTo(ProductPreference.SAFETY);
    }

    @Test
    void ranksEveryAreaOnceInEveryStage() {
        assertThat(LifeCycleNeeds.allPlans()).extracting(LifeCyclePlan::lifeStage)
                .containsExactly("SINGLE", "FORMATION", "GROWTH", "MATURITY", "RETIREMENT");
        assertThat(LifeCycleNeeds.allPlans()).allSatisfy(p -> assertThat(p.priorities()).containsExactlyInAnyOrder(PlanningArea.values()));
    }

    @Test
    void readsGoalsAsEconomicOrLifeValueWithTheirMaslowLevel() {
        NeedsAnalysis a = analyze(domainExample().toBuilder().maritalStatus(MaritalStatus.MARRIED).goals(List.of(
                new Goal(Goal.Type.TRAVEL, "环球旅行", null, null, 2),
                new Goal(Goal.Type.EDUCATION, null, null, LocalDate.of(2036, 9, 1), 1),
                new Goal(Goal.Type.OTHER, "收藏", null, null, null))).build());
        assertThat(a.goals()).extracting(GoalView::type).containsExactly(Goal.Type.EDUCATION, Goal.Type.TRAVEL, Goal.Type.OTHER);
        assertThat(a.goals().get(0).nature()).isEqualTo(GoalView.Nature.ECONOMIC);
        assertThat(a.goals().get(0).maslow()).isEqualTo(MaslowLevel.LOVE_AND_BELONGING);
        assertThat(a.goals().get(1).nature()).isEqualTo(GoalView.Nature.LIFE_VALUE);
        assertThat(a.goals().get(1).maslow()).isEqualTo(MaslowLevel.SELF_ACTUALIZATION);
        assertThat(a.goals().get(2).maslow()).isNull();
        assertThat(a.goals().get(2).why().en()).contains("for the RM to judge");
    }
}
