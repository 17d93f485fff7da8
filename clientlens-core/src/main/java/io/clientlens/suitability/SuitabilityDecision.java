package io.clientlens.suitability;

import io.clientlens.classify.Reason;

import java.util.List;

/**
 * The outcome of a suitability check with its reasons and the steps that must follow before the
 * sale ({@link #steps()}, in order). The code is the public contract: ALLOWED, BLOCKED,
 * CONFIRMATION_REQUIRED, APPROVAL_REQUIRED.
 */
public sealed interface SuitabilityDecision {
    List<Reason> reasons();

    List<Step> steps();

    String code();

    record Allowed(List<Reason> reasons) implements SuitabilityDecision {
        public List<Step> steps() {
            return List.of();
        }

        public String code() {
            return "ALLOWED";
        }
    }

    /** {@code overridable}: unsuitable only by R > C at C2 or above, so the override flow is open. */
    record Blocked(List<Reason> reasons, boolean overridable, List<Step> steps) implements SuitabilityDecision {
        public String code() {
            return "BLOCKED";
        }
    }

    record ConfirmationRequired(List<Reason> reasons, List<Step> steps) implements SuitabilityDecision {
        public String code() {
            return "CONFIRMATION_REQUIRED";
        }
    }

    record ApprovalRequired(List<Reason> reasons, List<Step> steps) implements SuitabilityDecision {
        public String code() {
            return "APPROVAL_REQUIRED";
        }
    }
}
