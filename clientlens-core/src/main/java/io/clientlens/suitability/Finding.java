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
        /** A supervisor and the head of wealth management must approve. */
        NEEDS_SECOND_APPROVAL,
        /** Unsuitable, but a customer who insists may buy with an override document and supervisor review. */
        BLOCKS_UNLESS_OVERRIDDEN,
        /** No sale. */
        BLOCKS
    }
}
