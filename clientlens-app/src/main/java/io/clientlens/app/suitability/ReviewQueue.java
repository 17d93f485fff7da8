package io.clientlens.app.suitability;

import io.clientlens.app.clock.Now;
import io.clientlens.staff.Role;
import io.clientlens.suitability.Action;
import io.clientlens.suitability.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an approver has to act on (docs/SUITABILITY.md, "Review queue"). A supervisor: every check whose
 * sale waits for the review and has everything before it (oldest first), then every other check that can
 * end in a sale and was not reviewed yet (by due date; the sale need not wait). The head of wealth
 * management: the checks waiting for the second approval. Each entry is the check as
 * {@link SuitabilityChecks#view} gives it with its place in the queue: the kind (BEFORE_SALE, AFTER_SALE or
 * SECOND_APPROVAL), the due date and whether it is overdue for reviews after the sale.
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
        return Action.SECOND_APPROVAL.allows(role) ? Step.SECOND_APPROVAL : Step.SUPERVISOR_REVIEW;
    }

    @Transactional(readOnly = true)
    public List<QueuedCheck> of(Role role) {
        Step step = stepOf(role);
        LocalDate today = now.get().toLocalDate();
        // narrowed in SQL (the step not done, nothing refused) so that finished checks are not read; the view decides
        record Candidate(long id, String review) {
        }
        List<Candidate> candidates = jdbc.sql("""
                        select c.check_id, c.review from suitability_check c
                        where (c.steps @> cast(:s as jsonb) or (:step = 'SUPERVISOR_REVIEW' and c.review = 'AFTER_SALE'))
                          and not exists (select 1 from suitability_step d where d.check_id = c.check_id and (d.step = :step or not d.approved))
                        order by c.review = 'AFTER_SALE', c.review_due_on nulls first, c.checked_at, c.check_id""")
                .param("s", "[\"" + step.name() + "\"]").param("step", step.name())
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2))).list();
        List<QueuedCheck> queue = new ArrayList<>();
        for (Candidate candidate : candidates) {
            checks.view(candidate.id()).ifPresent(view -> {
                boolean afterSale = step == Step.SUPERVISOR_REVIEW && "AFTER_SALE".equals(candidate.review());
                boolean next = "PENDING".equals(view.sale()) && view.nextMissing().filter(step.name()::equals).isPresent();
                if (!afterSale && !next) {
                    return;
                }
                if (afterSale) {
                    LocalDate due = LocalDate.parse(view.reviewDueOn());
                    queue.add(new QueuedCheck(view, new QueuedCheck.Queue(QueuedCheck.Kind.AFTER_SALE, due.toString(), today.isAfter(due))));
                } else {
                    queue.add(new QueuedCheck(view, new QueuedCheck.Queue(
                            step == Step.SECOND_APPROVAL ? QueuedCheck.Kind.SECOND_APPROVAL : QueuedCheck.Kind.BEFORE_SALE, null, null)));
                }
            });
        }
        return queue;
    }
}
