package io.clientlens.batch.policy;

import io.clientlens.service.RequestQueue;
import io.clientlens.service.ServicePolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service section of the policy: the shipped numbers, and every mistake reported with its key path. */
class ServicePolicyYamlTest {

    @Test
    void theShippedSectionHasTheDefaultNumbers() {
        ServicePolicy p = ServicePolicyYaml.defaults();
        assertThat(p.contactPlan().monthsByClass()).isEqualTo(Map.of("A", 1, "B", 3, "C", 6));
        var r = p.reminders();
        assertThat(r.birthdayDaysAhead()).isEqualTo(7);
        assertThat(r.lifeEventDaysAhead()).isEqualTo(30);
        assertThat(r.childAges()).containsExactly(6, 12, 18);
        assertThat(r.customerAges()).containsExactly(60);
        assertThat(r.retirementAgeByGender()).isEqualTo(Map.of("M", 60, "F", 55));
        assertThat(r.maturityDaysAhead()).isEqualTo(30);
        assertThat(r.maturingProductTypes()).containsExactlyInAnyOrder("TIME_DEPOSIT", "WEALTH", "WEALTH_NON_GUARANTEED", "BOND");
        assertThat(r.largeMovement().minAmount()).isEqualByComparingTo("500000");
        assertThat(r.largeMovement().minShareOfAum()).isEqualByComparingTo("0.30");
        assertThat(r.largeMovement().windowDays()).isEqualTo(30);
        assertThat(r.largeMovement().aumTiers()).containsExactlyInAnyOrder("AFFLUENT", "PRIVATE");
        assertThat(r.largeMovement().highEndTargets()).isTrue();
        assertThat(r.needsReviewDays()).isEqualTo(90);
        assertThat(p.dispatch().route("A")).isEqualTo(new ServicePolicy.Route(RequestQueue.RM_GREEN_CHANNEL, 2));
        assertThat(p.dispatch().route("B")).isEqualTo(new ServicePolicy.Route(RequestQueue.SERVICE_CENTRE, 24));
        assertThat(p.dispatch().route("C")).isEqualTo(new ServicePolicy.Route(RequestQueue.ONLINE_QUEUE, 72));
        assertThat(p.dispatch().route(null)).isEqualTo(p.dispatch().route("B"));
        assertThat(p.campaigns().revenueRate()).isEqualByComparingTo(new BigDecimal("0.01"));
    }

    @Test
    void aBankSetsItsOwnNumbers() {
        ServicePolicy p = ServicePolicyYaml.parse(shippedWith("contactPlan: {A: 1, B: 3, C: 6}", "contactPlan: {A: 2, B: 4, C: 12}",
                "C: {queue: ONLINE_QUEUE, responseHours: 72}", "C: {queue: SERVICE_CENTRE, responseHours: 48}"), "bank.yaml");
        assertThat(p.contactPlan().months("A")).contains(2);
        assertThat(p.dispatch().route("C")).isEqualTo(new ServicePolicy.Route(RequestQueue.SERVICE_CENTRE, 48));
    }

    @Test
    void reportsEveryMistakeWithItsKey() {
        String text = shippedWith("contactPlan: {A: 1, B: 3, C: 6}", "contactPlan: {A: 0, B: 3}",
                "A: {queue: RM_GREEN_CHANNEL, responseHours: 2}", "A: {queue: GREEN, responseHours: 2}",
                "aumTiers: [AFFLUENT, PRIVATE]", "aumTiers: [AFFLUENT, RICH]");
        assertThatThrownBy(() -> ServicePolicyYaml.parse(text, "bank.yaml")).isInstanceOfSatisfying(PolicyInvalid.class, e ->
                assertThat(e.problems()).containsExactly(
                        "service.contactPlan.A: must be at least 1, found 0",
                        "service.contactPlan.C: missing (required): expected a whole number of months",
                        "service.reminders.largeMovement.aumTiers[1]: \"RICH\" is not a code of aumTier (expected one of MASS, AFFLUENT, PRIVATE)",
                        "service.dispatch.A.queue: \"GREEN\" is not a queue (expected one of RM_GREEN_CHANNEL, SERVICE_CENTRE, ONLINE_QUEUE)"));
        // the whole-policy check reports them too, so that `policy check` finds them
        assertThatThrownBy(() -> PolicyYaml.parse(text, "bank.yaml")).isInstanceOfSatisfying(PolicyInvalid.class, e ->
                assertThat(e.problems()).hasSize(4));
    }

    @Test
    void aPolicyWithoutServiceSectionUsesTheShippedOne() {
        String shipped = PolicyTexts.shipped();
        String without = shipped.substring(0, shipped.indexOf("\n# 客户维护"));
        assertThat(PolicyYaml.parse(without, "old.yaml").version()).isEqualTo("v1");
        assertThat(ServicePolicyYaml.parse(without, "old.yaml")).isEqualTo(ServicePolicyYaml.defaults());
    }

    @Test
    void anUnknownKeyInTheSectionIsReported() {
        assertThatThrownBy(() -> ServicePolicyYaml.parse(shippedWith("  campaigns:\n    revenueRate: 0.01",
                "  campaigns:\n    revenueRate: 0.01\n    budget: 5"), "bank.yaml"))
                .isInstanceOfSatisfying(PolicyInvalid.class, e -> assertThat(e.problems())
                        .containsExactly("service.campaigns.budget: unknown key (expected one of revenueRate)"));
        assertThat(List.of(ServicePolicyYaml.KEYS)).isNotEmpty();
    }
}
