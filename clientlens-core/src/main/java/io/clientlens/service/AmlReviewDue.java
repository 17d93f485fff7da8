package io.clientlens.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's periodic AML review (due diligence by rating) falling due on {@code dueOn}. Only that it is
 * due and the rating it follows from reach the RM: alerts and cases stay with compliance.
 */
public record AmlReviewDue(LocalDate dueOn, String rating) {
    public AmlReviewDue {
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
