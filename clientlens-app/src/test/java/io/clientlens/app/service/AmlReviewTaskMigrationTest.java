package io.clientlens.app.service;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AML review tasks written before the rating was kept out of them lose it on upgrade: the RM who reads the task may not
 * know the customer's AML rating. The other tasks, and the rest of the text, stay as they were.
 */
class AmlReviewTaskMigrationTest extends PostgresTest {

    @Test
    void theStoredTasksNoLongerNameTheRating() throws Exception {
        new ServiceData(jdbc).customer("C01", "BR001", "RM01", null, null, null);
        admin.update("""
                insert into service_task (task_key, kind, customer_id, due_on, rule, inputs, reason_zh, reason_en, policy_version, as_of,
                                          rm_id, branch_id)
                values ('AML_REVIEW:C01:2026-09-13', 'AML_REVIEW', 'C01', date '2026-09-13', 'amlReviewDue',
                        '{"dueOn": "2026-09-13", "rating": "HIGH", "daysAhead": "30"}',
                        '反洗钱定期审查（高风险）于 2026-09-13（17 天前）到期：请向客户收集缺少的资料，审查结论由合规作出',
                        'The periodic AML review (high risk) is due on 2026-09-13 (17 days ago): collect the missing facts from the customer; compliance decides',
                        'v1', date '2026-09-30', 'RM01', 'BR001'),
                       ('MATURITY:C01:H1', 'MATURITY', 'C01', date '2026-12-31', 'maturity', '{"rating": "kept"}',
                        '稳享（高风险）将于 2026-12-31 到期', 'WM90 (high risk) matures', 'v1', date '2026-09-30', 'RM01', 'BR001')""");

        admin.execute(new ClassPathResource("db/migration/V76__aml_review_tasks_without_rating.sql")
                .getContentAsString(StandardCharsets.UTF_8));

        Map<String, Object> review = jdbc.queryForMap("select inputs::text as inputs, reason_zh, reason_en from service_task where kind = 'AML_REVIEW'");
        assertThat(review.get("reason_zh")).isEqualTo("反洗钱定期审查于 2026-09-13（17 天前）到期：请向客户收集缺少的资料，审查结论由合规作出");
        assertThat(review.get("reason_en")).isEqualTo("The periodic AML review is due on 2026-09-13 (17 days ago): collect the missing facts from the customer; compliance decides");
        assertThat((String) review.get("inputs")).doesNotContain("rating").contains("\"dueOn\": \"2026-09-13\"").contains("daysAhead");
        assertThat(jdbc.queryForObject("select reason_zh || inputs::text from service_task where kind = 'MATURITY'", String.class))
                .isEqualTo("稳享（高风险）将于 2026-12-31 到期{\"rating\": \"kept\"}");
    }
}
