package io.clientlens.batch.policy;

import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sessions section: 30 minutes idle and 8 hours in all by default, optional, checked like the rest. */
class SessionsPolicyYamlTest {
    static final String SHIPPED = "sessions:\n  idleMinutes: 30\n  absoluteMinutes: 480\n";

    @Test
    void shipsThirtyMinutesIdleAndEightHoursInAll() {
        assertThat(PolicyYaml.defaults().sessions()).isEqualTo(new Policy.Sessions(30, 480)).isEqualTo(Policy.Sessions.DEFAULT);
    }

    @Test
    void aPolicyWithoutTheSectionKeepsTheDefaults() {
        assertThat(PolicyYaml.parse(shippedWith(SHIPPED, ""), "old.yaml").sessions()).isEqualTo(Policy.Sessions.DEFAULT);
    }

    @Test
    void readsABanksOwnTimes() {
        assertThat(PolicyYaml.parse(shippedWith(SHIPPED, "sessions:\n  idleMinutes: 10\n  absoluteMinutes: 60\n"), "bank.yaml")
                .sessions()).isEqualTo(new Policy.Sessions(10, 60));
    }

    @Test
    void reportsAFractionAndALifetimeShorterThanTheIdleTimeout() {
        assertThatThrownBy(() -> PolicyYaml.parse(shippedWith(SHIPPED, "sessions:\n  idleMinutes: 0.5\n  absoluteMinutes: 60\n"), "p.yaml"))
                .hasMessageContaining("sessions.idleMinutes");
        assertThatThrownBy(() -> PolicyYaml.parse(shippedWith(SHIPPED, "sessions:\n  idleMinutes: 30\n  absoluteMinutes: 20\n"), "p.yaml"))
                .hasMessageContaining("sessions.absoluteMinutes").hasMessageContaining("at least idleMinutes");
    }
}
