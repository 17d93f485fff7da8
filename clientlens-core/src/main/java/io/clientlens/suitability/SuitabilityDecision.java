package io.clientlens.suitability;

import io.clientlens.classify.Reason;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a suitability check with its reasons and the steps that must follow before the
 * sale ({@link #steps()}, in order). The code is the public contract: ALLOWED, BLOCKED,
 * CONFIRMATION_REQUIRED, APPROVAL_REQUIRED. Every outcome that can end in a sale needs the written
 * confirmation of the risk disclosure first, and its report is reviewed by a supervisor: before the
 * sale (then {@link Step#SUPERVISOR_REVIEW} is among the steps) or after it, by {@link #reviewDueOn()}.
 */
public sealed interface SuitabilityDecision {
    List<Reason> reasons();

    List<Step> steps();

    String code();

    /** The last day of the supervisor's review after the sale; null when it comes before the sale or no sale can follow. */
    LocalDate reviewDueOn();

    /**
     * Whether the written confirmation must also record the face-to-face risk explanation and that the
     * purchase is the customer's own initiative (a high market-risk product the bank may not recommend).
     */
    boolean initiativeConfirmation();

    record Allowed(List<Reason> reasons, List<Step> steps, LocalDate reviewDueOn) implements SuitabilityDecision {
        public String code() {
            return "ALLOWED";
        }

        public boolean initiativeConfirmation() {
            return false;
        }
    }

    /** {@code overridable}: unsuitable only by R > C at C2 or above, so the override flow is open. */
    record Blocked(List<Reason> reasons, boolean overridable, List<Step> steps, boolean initiativeConfirmation)
            implements SuitabilityDecision {
        public String code() {
            return "BLOCKED";
        }

        public LocalDate reviewDueOn() {
            return null;
        }
    }

    record ConfirmationRequired(List<Reason> reasons, List<Step> steps, LocalDate reviewDueOn) implements SuitabilityDecision {
        public String code() {
            return "CONFIRMATION_REQUIRED";
        }

        public boolean initiativeConfirmation() {
            return true;
        }
    }

    record ApprovalRequired(List<Reason> reasons, List<Step> steps, boolean initiativeConfirmation) implements SuitabilityDecision {
        public String code() {
            return "APPROVAL_REQUIRED";
        }

        public LocalDate reviewDueOn() {
            return null;
        }
    }
}
