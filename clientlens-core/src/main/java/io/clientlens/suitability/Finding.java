package io.clientlens.suitability;

import io.clientlens.classify.Reason;

/** What one rule found, and what that does to the sale. */
public record Finding(Effect effect, Reason reason) {

    public enum Effect {
        /** The rule is met; the reason says why (so an ALLOWED sale is explained too). */
        PASSES,
        /** Information for the RM that changes nothing (an expiry reminder). */
        NOTE,
        /** The customer needs face-to-face explanation and written confirmation of their own initiative. */
        NEEDS_CONFIRMATION,
        /** Every sale: the copied-out disclosure sentence and the signatures of customer and RM. */
        NEEDS_SIGNED_DISCLOSURE,
        /** The supervisor reviews the report before the sale may go ahead. */
        NEEDS_REVIEW_BEFORE_SALE,
        /** The supervisor reviews the report after the sale, by a due date; the sale need not wait. */
        REVIEW_AFTER_SALE,
        /** A supervisor and the head of wealth management must approve. */
        NEEDS_SECOND_APPROVAL,
        /** Unsuitable, but a customer who insists may buy with an override document and supervisor review. */
        BLOCKS_UNLESS_OVERRIDDEN,
        /** No sale. */
        BLOCKS
    }
}
