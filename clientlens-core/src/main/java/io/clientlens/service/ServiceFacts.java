package io.clientlens.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the task rules know about one customer (docs/SERVICE.md "Where the facts come from"): from the profile,
 * the latest classification, the bank data and the records staff keep (assessments, interaction notes, needs,
 * checks). Empty lists and nulls mean "nothing on file"; a rule that needs a missing fact finds nothing due.
 *
 * @param serviceClass       A, B or C from the latest classification; null when the customer was not classified
 * @param aum                AUM at the business date (from the same classification); zero when unknown
 * @param relationshipSince  when the relationship began (first account opened, or when the customer was recorded)
 * @param lastContact        the day of the latest interaction note (any date: a contact logged after the business date counts)
 * @param inflow             money in within the large-movement window ending at the business date
 * @param outflow            money out within the same window
 */
public record ServiceFacts(String customerId, LocalDate birthDate, String gender, Boolean retired,
                           List<LocalDate> childrenBirthDates, String serviceClass, String aumTier, boolean highEndTarget,
                           BigDecimal aum, LocalDate relationshipSince, LocalDate lastContact,
                           List<RiskAssessment> riskAssessments, List<MaturingHolding> holdings, BigDecimal inflow,
                           BigDecimal outflow, List<AcceptedNeed> acceptedNeeds, List<ApprovalDecision> decisions,
                           List<AmlReviewDue> amlReviews) {

    public ServiceFacts {
        Objects.requireNonNull(customerId, "customerId");
        childrenBirthDates = childrenBirthDates == null ? List.of() : List.copyOf(childrenBirthDates);
        riskAssessments = riskAssessments == null ? List.of() : List.copyOf(riskAssessments);
        holdings = holdings == null ? List.of() : List.copyOf(holdings);
        acceptedNeeds = acceptedNeeds == null ? List.of() : List.copyOf(acceptedNeeds);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        amlReviews = amlReviews == null ? List.of() : List.copyOf(amlReviews);
        aum = aum == null ? BigDecimal.ZERO : aum;
        inflow = inflow == null ? BigDecimal.ZERO : inflow;
        outflow = outflow == null ? BigDecimal.ZERO : outflow;
    }

    /** A risk tolerance assessment on file; {@code faceToFace} when recorded at a branch. */
    public record RiskAssessment(long assessmentId, LocalDate assessedOn, boolean faceToFace) {
    }

    /** A holding with a maturity date (time deposits, wealth products, bonds), still held at the business date. */
    public record MaturingHolding(String holdingId, String productCode, String productType, BigDecimal amount, LocalDate maturity) {
    }

    /** A need on the register that was accepted on {@code acceptedOn} and is not met yet. */
    public record AcceptedNeed(long needId, String title, LocalDate acceptedOn) {
    }

    /** A supervisor's review or second approval of one of the customer's suitability checks. */
    public record ApprovalDecision(long checkId, String step, boolean approved, LocalDate decidedOn, String productCode,
                                   String decidedBy) {
    }

    public static Builder builder(String customerId) {
        return new Builder(customerId);
    }

    /** Builds facts field by field; everything not set is "nothing on file". */
    public static final class Builder {
        private final String customerId;
        private LocalDate birthDate;
        private String gender;
        private Boolean retired;
        private List<LocalDate> children = List.of();
        private String serviceClass;
        private String aumTier;
        private boolean highEndTarget;
        private BigDecimal aum;
        private LocalDate relationshipSince;
        private LocalDate lastContact;
        private List<RiskAssessment> assessments = List.of();
        private List<MaturingHolding> holdings = List.of();
        private BigDecimal inflow;
        private BigDecimal outflow;
        private List<AcceptedNeed> needs = List.of();
        private List<ApprovalDecision> decisions = List.of();
        private List<AmlReviewDue> amlReviews = List.of();

        private Builder(String customerId) {
            this.customerId = customerId;
        }

        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder gender(String v) { gender = v; return this; }
        public Builder retired(Boolean v) { retired = v; return this; }
        public Builder children(List<LocalDate> v) { children = v; return this; }
        public Builder serviceClass(String v) { serviceClass = v; return this; }
        public Builder aumTier(String v) { aumTier = v; return this; }
        public Builder highEndTarget(boolean v) { highEndTarget = v; return this; }
        public Builder aum(BigDecimal v) { aum = v; return this; }
        public Builder relationshipSince(LocalDate v) { relationshipSince = v; return this; }
        public Builder lastContact(LocalDate v) { lastContact = v; return this; }
        public Builder assessments(List<RiskAssessment> v) { assessments = v; return this; }
        public Builder holdings(List<MaturingHolding> v) { holdings = v; return this; }
        public Builder flows(BigDecimal in, BigDecimal out) { inflow = in; outflow = out; return this; }
        public Builder acceptedNeeds(List<AcceptedNeed> v) { needs = v; return this; }
        public Builder decisions(List<ApprovalDecision> v) { decisions = v; return this; }
        public Builder amlReviews(List<AmlReviewDue> v) { amlReviews = v; return this; }

        public ServiceFacts build() {
            return new ServiceFacts(customerId, birthDate, gender, retired, children, serviceClass, aumTier, highEndTarget, aum,
                    relationshipSince, lastContact, assessments, holdings, inflow, outflow, needs, decisions, amlReviews);
        }
    }
}
