package io.clientlens.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port to the AML module: which of these customers have a periodic review due on or before {@code until}.
 * The RM sees a task ("collect the missing facts"); the review itself stays with compliance. Until the AML
 * module provides its adapter the application uses {@link #NONE}, and no AML review task is ever due
 * (docs/SERVICE.md "AML reviews").
 */
public interface AmlReviewsDue {

    /** Nobody has an AML review due: the stand-in until the AML module provides its adapter. */
    AmlReviewsDue NONE = (customerIds, until) -> Map.of();

    /** Customer id → the reviews due on or before {@code until}; customers without any may be left out. */
    Map<String, List<AmlReviewDue>> dueBy(Collection<String> customerIds, LocalDate until);

    /**
     * The review due on or before {@code until} of one customer, from facts the caller read together with its own (for
     * every customer at once, instead of asking per customer): the rating of the latest classification run, the day of
     * the last review compliance recorded, and the day the customer's first account (as owner) was opened; empty when
     * none is due. The default asks {@link #dueBy} for the customer, which reads those facts itself.
     */
    default Optional<AmlReviewDue> dueFrom(String customerId, String rating, LocalDate lastReview, LocalDate firstOpened,
                                           LocalDate until) {
        List<AmlReviewDue> due = dueBy(List.of(customerId), until).get(customerId);
        return due == null || due.isEmpty() ? Optional.empty() : Optional.of(due.get(0));
    }
}
