package io.clientlens.staff;

import io.clientlens.customer.FieldProblem;
import io.clientlens.needs.NeedRules;
import io.clientlens.suitability.Action;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one role model: the stored codes, what each chain lets a role do, the acting person. */
class RoleTest {

    @Test
    void theCodesAreTheStoredOnes() {
        // users and audit records store these codes; renaming one would orphan stored rows
        assertThat(Arrays.stream(Role.values()).map(Enum::name))
                .containsExactly("RM", "SALES", "SUPERVISOR", "HEAD_OF_WEALTH", "COMPLIANCE", "ANALYST", "ADMIN");
        assertThat(Role.parse(" head_of_wealth ")).contains(Role.HEAD_OF_WEALTH);
        assertThat(Role.parse("boss")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
        for (Role r : Role.values()) {
            assertThat(r.label().zh()).isNotBlank();
            assertThat(r.label().en()).isNotBlank();
        }
    }

    @Test
    void theSuitabilityChainTakesItsFourRolesEachToItsSteps() {
        assertThat(Action.ROLES).containsExactly(Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Action.ADVISE::allows)).containsExactly(Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Action.RECORD::allows)).containsExactly(Role.RM);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Action::approves)).containsExactly(Role.SUPERVISOR, Role.HEAD_OF_WEALTH);
        assertThat(Action.SECOND_APPROVAL.allows(Role.SUPERVISOR)).isFalse();
        // roles outside the chain may do nothing in it
        for (Action a : Action.values()) {
            assertThat(EnumSet.complementOf(EnumSet.copyOf(Action.ROLES)).stream().filter(a::allows)).as(a.name()).isEmpty();
        }
    }

    @Test
    void theNeedsRegisterTakesItsFiveRoles() {
        assertThat(NeedRules.ROLES).containsExactly(Role.RM, Role.SUPERVISOR, Role.COMPLIANCE, Role.ANALYST, Role.ADMIN);
    }

    @Test
    void aClaimedRoleOutsideTheChainIsNamedWithTheChainsRoles() {
        List<FieldProblem> p = Actor.problems("li.rm", "analyst", Action.ROLES, "--user", "--role");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("--role");
            assertThat(x.en()).isEqualTo("unknown role 'analyst'; expected one of [RM, SALES, SUPERVISOR, HEAD_OF_WEALTH]");
        });
        assertThat(Actor.problems("li.rm", "rm", Action.ROLES, "--user", "--role")).isEmpty();
        assertThat(Actor.problems(" ", null, Action.ROLES, "X-User", "X-Role")).extracting(FieldProblem::field)
                .containsExactly("X-User", "X-Role");
    }

    @Test
    void anActorHasAUserAndARole() {
        assertThat(new Actor("li.rm", Role.RM).role()).isEqualTo(Role.RM);
        assertThatThrownBy(() -> new Actor(" ", Role.RM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("li.rm", null)).isInstanceOf(NullPointerException.class);
    }
}
