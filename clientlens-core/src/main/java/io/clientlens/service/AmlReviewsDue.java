package io.clientlens.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port to the AML module: which of these customers have a periodic review due on or before {@code until}.
 * The RM sees a task ("collect the missing facts"); the review itself stays with compliance. Until the AML
 * module provides its adapter the application uses {@link #NONE}, and no AML review task is ever due
 * (docs/SERVICE.md "AML reviews").
 */
public interface AmlReviewsDue {

    /** Nobody has an AML review due: the stand-in until the AML module provides its adapter. */
    AmlReviewsDue NONE = new AmlReviewsDue() {
        @Override
        public Map<String, List<AmlReviewDue>> dueBy(Collection<String> customerIds, LocalDate until) {
            return Map.of();
        }

        @Override
        public Map<String, List<AmlReviewDue>> dueByEveryone(LocalDate until) {
            return Map.of();
        }
    };

    /** Customer id → the reviews due on or before {@code until}; customers without any may be left out. */
    Map<String, List<AmlReviewDue>> dueBy(Collection<String> customerIds, LocalDate until);

    /**
     * As {@link #dueBy} for every customer at once (the computation after a run): only the customers with a review due
     * are in the map, so it holds far fewer entries than there are customers.
     */
    Map<String, List<AmlReviewDue>> dueByEveryone(LocalDate until);
}
