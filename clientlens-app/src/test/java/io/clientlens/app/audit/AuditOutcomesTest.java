package io.clientlens.app.audit;

import io.clientlens.code.Label;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit's outcomes and roles are shown as words in both languages, not as the codes the records hold. */
class AuditOutcomesTest {
    @Test
    void outcomesOfChecksAssessmentsAndChangesAreWords() {
        assertThat(AuditOutcomes.label("BLOCKED")).contains(Label.of("拒绝", "blocked"));
        assertThat(AuditOutcomes.label("APPROVAL_REQUIRED")).contains(Label.of("须审批", "approval needed"));
        // the states a service request or a need reached, as their own pages name them
        assertThat(AuditOutcomes.label("NEW")).contains(Label.of("新建", "New"));
        assertThat(AuditOutcomes.label("IN_PROGRESS")).contains(Label.of("处理中", "In progress"));
        assertThat(AuditOutcomes.label("IDENTIFIED")).contains(Label.of("已识别", "Identified"));
        assertThat(AuditOutcomes.label("CHANGED")).contains(Label.of("已修改", "changed"));
        assertThat(AuditOutcomes.label("C3")).contains(Label.of("C3 稳健型", "C3 Balanced"));
        assertThat(AuditOutcomes.label("SOMETHING_NEW")).isEmpty();
        assertThat(AuditOutcomes.label(null)).isEmpty();
    }

    @Test
    void theRolesOfRecordsMadeByClientLensOrOnTheServerAreWords() {
        assertThat(Role.labelOf("OPERATOR")).isEqualTo(Label.of("服务器操作员", "Server operator"));
        assertThat(Role.labelOf("SYSTEM")).isEqualTo(Label.of("系统", "System"));
        assertThat(Role.labelOf("RM")).isEqualTo(Role.RM.label());
        assertThat(Role.labelOf("RETIRED_ROLE")).isEqualTo(Label.of("RETIRED_ROLE", "RETIRED_ROLE"));
        assertThat(Role.labelOf(null)).isEqualTo(Label.of("", ""));
    }
}
