package io.clientlens.aml;

import io.clientlens.code.Label;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.policy.AmlPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Due diligence by AML rating (docs/AML.md, "Due diligence"): LOW simplified, MEDIUM standard, HIGH enhanced, each with
 * its review period from the policy; PROHIBITED has none (no new business, exit). Enhanced due diligence is pending
 * while a fact it needs is missing from the profile (the purpose of the account, the sources of funds and of wealth;
 * for a company, beneficial owners each verified) or no compliance review has been recorded within the HIGH period.
 * A pure function: the caller supplies the latest rating, the last recorded review and when the relationship began.
 */
public final class DueDiligence {
    private DueDiligence() {
    }

    /** The level of due diligence a rating calls for. */
    public enum Level {
        SIMPLIFIED(Label.of("简化尽职调查", "Simplified due diligence")),
        STANDARD(Label.of("标准尽职调查", "Standard due diligence")),
        ENHANCED(Label.of("强化尽职调查", "Enhanced due diligence")),
        NONE(Label.of("不予接受：不办理新业务，终止业务关系", "Prohibited: no new business, exit the relationship"));

        private final Label label;

        Level(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }

        public static Level of(String rating) {
            return switch (rating == null ? "" : rating) {
                case "LOW" -> SIMPLIFIED;
                case "MEDIUM" -> STANDARD;
                case "HIGH" -> ENHANCED;
                case "PROHIBITED" -> NONE;
                default -> null;
            };
        }
    }

    /**
     * @param level          null when the customer is not rated
     * @param nextReviewOn   the day the next periodic review is due; null without a review period (PROHIBITED, not rated)
     * @param missingFacts   the facts enhanced due diligence still needs from the profile (empty below HIGH)
     * @param eddPending     HIGH and a fact missing or no review within the HIGH period: new advised sales wait
     * @param prohibited     PROHIBITED: no new business at all
     */
    public record Status(String rating, Level level, LocalDate lastReviewOn, LocalDate nextReviewOn, List<Label> missingFacts,
                         boolean eddPending, boolean prohibited) {
        public Status {
            missingFacts = List.copyOf(missingFacts);
        }
    }

    /**
     * @param rating             the latest amlRisk code (null: not rated)
     * @param lastReviewOn       the last review compliance recorded, or null
     * @param relationshipSince  the opening day of the customer's first account, or null (a prospect)
     */
    public static Status of(String rating, Profile profile, CustomerType type, LocalDate lastReviewOn,
                            LocalDate relationshipSince, LocalDate asOf, AmlPolicy.DueDiligence policy) {
        Level level = Level.of(rating);
        Integer months = policy.monthsFor(rating);
        LocalDate from = lastReviewOn != null ? lastReviewOn : relationshipSince;
        LocalDate next = months == null || from == null ? null : from.plusMonths(months);
        List<Label> missing = level == Level.ENHANCED ? missingForEnhanced(profile, type) : List.of();
        boolean reviewed = lastReviewOn != null && months != null && !lastReviewOn.plusMonths(months).isBefore(asOf);
        boolean pending = level == Level.ENHANCED && (!missing.isEmpty() || !reviewed);
        return new Status(rating, level, lastReviewOn, next, missing, pending, level == Level.NONE);
    }

    /** The facts enhanced due diligence collects that the profile does not hold yet. */
    public static List<Label> missingForEnhanced(Profile p, CustomerType type) {
        List<Label> missing = new ArrayList<>();
        if (p == null || blank(p.accountPurpose())) {
            missing.add(Label.of("开户目的", "purpose of the account"));
        }
        if (p == null || blank(p.sourceOfFunds())) {
            missing.add(Label.of("资金来源", "source of funds"));
        }
        if (p == null || blank(p.sourceOfWealth())) {
            missing.add(Label.of("财富来源", "source of wealth"));
        }
        if (type == CustomerType.CORPORATE) {
            var owners = p == null || p.corporate() == null ? List.<io.clientlens.customer.Corporate.BeneficialOwner>of()
                    : p.corporate().beneficialOwners();
            if (owners.isEmpty()) {
                missing.add(Label.of("受益所有人", "beneficial owners"));
            } else if (owners.stream().anyMatch(o -> !Boolean.TRUE.equals(o.verified()))) {
                missing.add(Label.of("受益所有人身份核实", "verification of the beneficial owners"));
            }
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
