package io.clientlens.app.suitability.web;

import io.clientlens.app.suitability.CheckView;
import io.clientlens.app.ui.Yuan;
import io.clientlens.code.Language;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A suitability check as the suitability page and the approvals inbox show it, in the page
 * language: decision, every rule's reason, the disclosure, each step with who did it, what the
 * sale is waiting for, the supervisor's review after the sale (if it comes after) and the signatures
 * of the written confirmation. Built from {@code SuitabilityChecks.view}; the customer name there is masked.
 */
record SaleView(long checkId, String customerId, String customerName, String productCode, String productName, String productRisk,
                String amount, String initiatedBy, String decision, Badge badge, boolean overridable, List<ReasonView> reasons, String disclosure,
                List<StepView> steps, String sale, String nextStep, String checkedBy, String checkedAt, List<String> documents,
                boolean initiativeConfirmation, String review, String reviewDueOn, List<SignatureView> signatures) {

    record ReasonView(String rule, String text) {
    }

    /**
     * The decision as its badge shows it now. A decision that asks for an approval or the customer's written
     * confirmation says so until it is given; then it says what was given (and by whom, for approvals), so that
     * "approval needed" never stands beside "sale may go ahead". code: a decision code, APPROVED, APPROVAL_REFUSED
     * or CONFIRMED; by: the approvers, or who refused.
     */
    record Badge(String code, String by) {
    }

    /** The steps that approve a sale before it goes ahead. */
    private static final Set<String> APPROVALS = Set.of(Step.SUPERVISOR_REVIEW.name(), Step.SECOND_APPROVAL.name());

    /** status: APPROVED, REFUSED (done) or MISSING. */
    record StepView(String code, String label, String status, String by) {
    }

    /** A signature as the page shows it: the image as a data URL (allowed by the page's CSP) and its SHA-256. */
    record SignatureView(String signer, String label, String dataUrl, String sha256) {
    }

    static SaleView of(CheckView check, Product product, List<String> documents, List<SignatureView> signatures, Language lang) {
        List<ReasonView> reasons = check.reasons().stream().map(r -> new ReasonView(r.rule(), r.in(lang))).toList();
        List<StepView> steps = new ArrayList<>();
        for (String code : check.steps()) {
            steps.add(stepView(code, Step.valueOf(code).label().in(lang), check.done()));
        }
        String due = check.reviewDueOn();
        if ("AFTER_SALE".equals(check.review())) {
            String label = lang == Language.EN ? "Supervisor review after the sale (due " + due + "; the sale need not wait)"
                    : "业务主管事后复核（截止 " + due + "，销售无须等待）";
            steps.add(stepView(Step.SUPERVISOR_REVIEW.name(), label, check.done()));
        }
        return new SaleView(check.recordId(), check.customerId(), check.customerName(), check.productCode(),
                product == null ? null : product.name(),
                product == null ? null : product.risk().name() + " " + product.risk().label().in(lang),
                Yuan.of(check.amount(), lang), check.initiatedBy(), check.decision(), badge(check, lang), check.overridable(), reasons,
                check.disclosure() == null ? null : check.disclosure().in(lang), steps, check.sale(), check.nextMissing().orElse(null),
                check.checkedBy(), AdvicePage.dateTime(check.checkedAt()), documents, check.initiativeConfirmation(),
                check.review(), due, signatures);
    }

    static Badge badge(CheckView check, Language lang) {
        return switch (check.decision()) {
            case "APPROVAL_REQUIRED" -> approvalBadge(check, lang);
            case "CONFIRMATION_REQUIRED" -> done(check, Step.WRITTEN_CONFIRMATION.name())
                    ? new Badge("CONFIRMED", null) : new Badge(check.decision(), null);
            default -> new Badge(check.decision(), null);
        };
    }

    /** Approved once every approval the check asks for is given; refused as soon as one is refused. */
    private static Badge approvalBadge(CheckView check, Language lang) {
        List<CheckView.Done> approvals = check.done().stream().filter(d -> APPROVALS.contains(d.step())).toList();
        Optional<CheckView.Done> refused = approvals.stream().filter(d -> !d.approved()).findFirst();
        if (refused.isPresent()) {
            return new Badge("APPROVAL_REFUSED", refused.get().by());
        }
        long asked = check.steps().stream().filter(APPROVALS::contains).count();
        if (asked == 0 || approvals.size() < asked) {
            return new Badge(check.decision(), null);
        }
        String separator = lang == Language.EN ? ", " : "、";
        return new Badge("APPROVED", approvals.stream().map(CheckView.Done::by).collect(Collectors.joining(separator)));
    }

    private static boolean done(CheckView check, String step) {
        return check.done().stream().anyMatch(d -> step.equals(d.step()) && d.approved());
    }

    private static StepView stepView(String code, String label, List<CheckView.Done> done) {
        CheckView.Done d = done.stream().filter(x -> code.equals(x.step())).findFirst().orElse(null);
        String status = d == null ? "MISSING" : d.approved() ? "APPROVED" : "REFUSED";
        return new StepView(code, label, status, d == null ? null : d.by());
    }
}
