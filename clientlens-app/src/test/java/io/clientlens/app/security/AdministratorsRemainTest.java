package io.clientlens.app.security;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.code.Language;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No change of users, by an administrator or by the server's operator, leaves no enabled administrator. */
class AdministratorsRemainTest extends PostgresTest {
    static final String PASSWORD = "correct horse battery staple";

    @BeforeEach
    void oneAdministrator() {
        users.add("root.admin", Role.ADMIN, null, null, PASSWORD);
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledNorGivenAnotherRoleEvenByTheOperator() {
        assertThatThrownBy(() -> users.disable("root.admin", Users.ChangedBy.OPERATOR))
                .isInstanceOfSatisfying(UserChangeRefused.class, e -> {
                    assertThat(e.in(Language.ZH)).isEqualTo("root.admin 是唯一启用的管理员，停用或改为其他角色后将无人能管理用户；请先将另一位用户设为管理员");
                    assertThat(e.in(Language.EN)).startsWith("root.admin is the only enabled administrator");
                });
        assertThatThrownBy(() -> users.changeRole("root.admin", Role.ANALYST, null, null, Users.ChangedBy.OPERATOR))
                .isInstanceOf(UserChangeRefused.class);
        Users.User root = users.find("root.admin").orElseThrow();
        assertThat(root.enabled()).isTrue();
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.sessionEpoch()).isZero();

        // what keeps them an administrator and changes of other users stay possible
        assertThat(users.changeRole("root.admin", Role.ADMIN, "BR001", null, Users.ChangedBy.OPERATOR)).isPresent();
        assertThat(users.disable("li.rm", Users.ChangedBy.OPERATOR)).isTrue();
    }

    @Test
    void aDisabledAdministratorDoesNotCountAndAnotherEnabledOneLetsTheChangeThrough() {
        users.add("old.admin", Role.ADMIN, null, null, PASSWORD);
        assertThat(users.disable("old.admin", Users.ChangedBy.OPERATOR)).isTrue();
        assertThatThrownBy(() -> users.disable("root.admin", Users.ChangedBy.OPERATOR)).isInstanceOf(UserChangeRefused.class);

        assertThat(users.changeRole("li.rm", Role.ADMIN, "BR001", null, Users.ChangedBy.OPERATOR)).isPresent();
        assertThat(users.changeRole("root.admin", Role.ANALYST, null, null, Users.ChangedBy.signedIn("li.rm"))).isPresent();
        assertThatThrownBy(() -> users.disable("li.rm", Users.ChangedBy.OPERATOR)).isInstanceOf(UserChangeRefused.class);
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOne() throws Exception {
        users.add("second.admin", Role.ADMIN, null, null, PASSWORD);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (String[] pair : new String[][]{{"root.admin", "second.admin"}, {"second.admin", "root.admin"}}) {
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        return users.disable(pair[1], Users.ChangedBy.signedIn(pair[0]));
                    } catch (UserChangeRefused e) {
                        return false;
                    }
                }));
            }
            assertThat(outcomes.get(0).get() ^ outcomes.get(1).get()).as("exactly one of them passes").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN' and enabled", Long.class)).isOne();
    }
}
