package io.clientlens.app.aml;

import io.clientlens.aml.DueDiligence;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import io.clientlens.service.AmlReviewDue;
import io.clientlens.service.AmlReviewsDue;
import io.clientlens.suitability.SuitabilityCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Due diligence by AML rating (docs/AML.md, "Due diligence"): each customer's status from the latest classification's
 * amlRisk, the profile, the last review compliance recorded ({@code aml_review}) and the start of the relationship.
 * It answers three callers: the suitability check (new sales wait while enhanced due diligence is pending; nothing
 * for a PROHIBITED customer), the RM's tasks ({@link AmlReviewsDue}: only that a review is due, never why), and
 * compliance's list of reviews due.
 */
@Service
public class AmlDueDiligence implements AmlReviewsDue {
    private final JdbcClient jdbc;
    private final Policy policy;

    AmlDueDiligence(JdbcClient jdbc, Policy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** What the status is computed from, per customer. */
    private record Facts(String customerId, CustomerType type, String rating, LocalDate lastReview, LocalDate since,
                         String profileJson) {
    }

    private static final String FACTS = """
            select c.customer_id, c.customer_type,
                   (select cl.codes->>'amlRisk' from classification cl where cl.customer_id = c.customer_id
                      and cl.run_id = (select max(run_id) from classification_run where status = 'DONE')) as rating,
                   (select max(r.reviewed_on) from aml_review r where r.customer_id = c.customer_id) as last_review,
                   (select min(a.opened) from account_link l join account a using (account_id)
                     where l.customer_id = c.customer_id and l.role = 'OWNER') as since,
                   %s as profile
            from customer c
            where c.customer_id = any(:ids)""";

    private List<Facts> facts(Collection<String> ids, boolean withProfile) {
        List<Facts> facts = new ArrayList<>();
        jdbc.sql(FACTS.formatted(withProfile ? "c.profile::text" : "null"))
                .param("ids", ids.toArray(String[]::new))
                .query(rs -> {
                    facts.add(new Facts(rs.getString(1), CustomerType.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)));
                });
        return facts;
    }

    /** The customer's due-diligence status on {@code day}; empty for an unknown customer. */
    public Optional<DueDiligence.Status> status(String customerId, LocalDate day) {
        return facts(List.of(customerId), true).stream().findFirst().map(f -> status(f, day));
    }

    private DueDiligence.Status status(Facts f, LocalDate day) {
        Profile profile = f.profileJson() == null ? null : ProfileDocuments.fromJson(f.profileJson());
        return DueDiligence.of(f.rating(), profile, f.type(), f.lastReview(), f.since(), day, policy.aml().dueDiligence());
    }

    /**
     * What anti-money laundering allows the suitability check on {@code day}: nothing new once compliance has decided, with
     * a second officer's approval, to end the relationship (a case decided EXIT_RELATIONSHIP), otherwise the rating's
     * due-diligence status.
     */
    public SuitabilityCase.AmlStanding standing(String customerId, LocalDate day) {
        if (relationshipExited(customerId)) {
            return SuitabilityCase.AmlStanding.RELATIONSHIP_EXITED;
        }
        return status(customerId, day).map(s -> s.prohibited() ? SuitabilityCase.AmlStanding.PROHIBITED
                : s.eddPending() ? SuitabilityCase.AmlStanding.DUE_DILIGENCE_PENDING : SuitabilityCase.AmlStanding.CLEAR)
                .orElse(SuitabilityCase.AmlStanding.CLEAR);
    }

    /** Whether a case of the customer was decided (four eyes: proposed, then approved by another officer) to end the relationship. */
    public boolean relationshipExited(String customerId) {
        return jdbc.sql("select exists (select 1 from aml_case where customer_id = :c and status = 'DECIDED' "
                        + "and decision = 'EXIT_RELATIONSHIP')")
                .param("c", customerId).query(Boolean.class).single();
    }

    /** The RM's tasks (docs/SERVICE.md): the reviews due on or before {@code until}; only the date and rating. */
    @Override
    public Map<String, List<AmlReviewDue>> dueBy(Collection<String> customerIds, LocalDate until) {
        Map<String, List<AmlReviewDue>> due = new HashMap<>();
        if (customerIds.isEmpty()) {
            return due;
        }
        for (Facts f : facts(customerIds, false)) {
            dueFrom(f.customerId(), f.rating(), f.lastReview(), f.since(), until)
                    .ifPresent(d -> due.put(f.customerId(), List.of(d)));
        }
        return due;
    }

    /** As {@link #dueBy}, from the facts the RM's task computation read for everyone at once (the next review needs no profile). */
    @Override
    public Optional<AmlReviewDue> dueFrom(String customerId, String rating, LocalDate lastReview, LocalDate firstOpened, LocalDate until) {
        DueDiligence.Status s = DueDiligence.of(rating, null, null, lastReview, firstOpened, until, policy.aml().dueDiligence());
        return s.nextReviewOn() != null && !s.nextReviewOn().isAfter(until) ? Optional.of(new AmlReviewDue(s.nextReviewOn(), rating))
                : Optional.empty();
    }

    /** A review due: the customer, the rating and the day (for compliance; the RM sees the task only). */
    public record ReviewDue(String customerId, String rating, LocalDate dueOn, LocalDate lastReviewOn, boolean eddPending) {
    }

    /** Every rated customer whose periodic review is due on or before {@code until}, earliest first. */
    public List<ReviewDue> reviewsDue(LocalDate until, int limit) {
        List<String> rated = jdbc.sql("select customer_id from classification where run_id = "
                        + "(select max(run_id) from classification_run where status = 'DONE') and codes->>'amlRisk' in ('LOW', 'MEDIUM', 'HIGH')")
                .query(String.class).list();
        List<ReviewDue> due = new ArrayList<>();
        for (int from = 0; from < rated.size(); from += 2_000) {
            for (Facts f : facts(rated.subList(from, Math.min(rated.size(), from + 2_000)), true)) {
                DueDiligence.Status s = status(f, until);
                if (s.nextReviewOn() != null && !s.nextReviewOn().isAfter(until)) {
                    due.add(new ReviewDue(f.customerId(), f.rating(), s.nextReviewOn(), f.lastReview(), s.eddPending()));
                }
            }
        }
        due.sort(java.util.Comparator.comparing(ReviewDue::dueOn).thenComparing(ReviewDue::customerId));
        return due.size() > limit ? due.subList(0, limit) : due;
    }

    /** Records a completed review by a compliance officer; returns the status after it, or empty for an unknown customer. */
    public Optional<DueDiligence.Status> recordReview(String customerId, String reviewer, String note, LocalDate day) {
        Optional<DueDiligence.Status> before = status(customerId, day);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("insert into aml_review (customer_id, reviewed_on, rating, reviewer, note) values (:c, :d, :r, :by, :note)")
                .param("c", customerId).param("d", day).param("r", before.get().rating()).param("by", reviewer)
                .param("note", note == null || note.isBlank() ? null : note.strip()).update();
        return status(customerId, day);
    }
}
