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
    AmlReviewsDue NONE = (customerIds, until) -> Map.of();

    /** Customer id → the reviews due on or before {@code until}; customers without any may be left out. */
    Map<String, List<AmlReviewDue>> dueBy(Collection<String> customerIds, LocalDate until);
}
