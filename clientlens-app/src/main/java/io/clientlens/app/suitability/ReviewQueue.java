package io.clientlens.app.suitability;

import io.clientlens.app.clock.Now;
import io.clientlens.suitability.Role;
import io.clientlens.suitability.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an approver has to act on (docs/SUITABILITY.md, "Review queue"). A supervisor: every check whose
 * sale waits for the review and has everything before it (oldest first), then every other check that can
 * end in a sale and was not reviewed yet (by due date; the sale need not wait). The head of wealth
 * management: the checks waiting for the second approval. Each entry is the check as
 * {@link SuitabilityChecks#view} gives it with {@code queue}: {@code kind} (BEFORE_SALE, AFTER_SALE or
 * SECOND_APPROVAL), {@code dueOn} and {@code overdue} for reviews after the sale.
 */
@Service
public class ReviewQueue {
    private final JdbcClient jdbc;
    private final SuitabilityChecks checks;
    private final Now now;

    ReviewQueue(JdbcClient jdbc, SuitabilityChecks checks, Now now) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.now = now;
    }

    /** The step the role acts on in the queue: the second approval for the head of wealth management, else the review. */
    public static Step stepOf(Role role) {
        return role.may(Role.Action.SECOND_APPROVAL) ? Step.SECOND_APPROVAL : Step.SUPERVISOR_REVIEW;
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> of(Role role) {
        Step step = stepOf(role);
        LocalDate today = now.get().toLocalDate();
        // narrowed in SQL (the step not done, nothing refused) so that finished checks are not read; the view decides
        List<Object[]> candidates = jdbc.sql("""
                        select c.check_id, c.review from suitability_check c
                        where (c.steps @> cast(:s as jsonb) or (:step = 'SUPERVISOR_REVIEW' and c.review = 'AFTER_SALE'))
                          and not exists (select 1 from suitability_step d where d.check_id = c.check_id and (d.step = :step or not d.approved))
                        order by c.review = 'AFTER_SALE', c.review_due_on nulls first, c.checked_at, c.check_id""")
                .param("s", "[\"" + step.name() + "\"]").param("step", step.name())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        List<Map<String, Object>> queue = new ArrayList<>();
        for (Object[] candidate : candidates) {
            long id = (Long) candidate[0];
            checks.view(id).ifPresent(view -> {
                boolean afterSale = step == Step.SUPERVISOR_REVIEW && "AFTER_SALE".equals(candidate[1]);
                @SuppressWarnings("unchecked")
                List<String> missing = (List<String>) view.getOrDefault("missing", List.of());
                boolean next = "PENDING".equals(view.get("sale")) && !missing.isEmpty() && missing.get(0).equals(step.name());
                if (!afterSale && !next) {
                    return;
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", afterSale ? "AFTER_SALE" : step == Step.SECOND_APPROVAL ? "SECOND_APPROVAL" : "BEFORE_SALE");
                if (afterSale) {
                    LocalDate due = LocalDate.parse((String) view.get("reviewDueOn"));
                    entry.put("dueOn", due.toString());
                    entry.put("overdue", today.isAfter(due));
                }
                Map<String, Object> withQueue = new LinkedHashMap<>(view);
                withQueue.put("queue", entry);
                queue.add(withQueue);
            });
        }
        return queue;
    }
}
