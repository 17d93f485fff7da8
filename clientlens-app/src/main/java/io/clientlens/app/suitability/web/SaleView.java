package io.clientlens.app.suitability.web;

import io.clientlens.app.ui.Yuan;
import io.clientlens.code.Language;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.Step;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A suitability check as the suitability page and the approvals inbox show it, in the page
 * language: decision, every rule's reason, the disclosure, each step with who did it, what the
 * sale is waiting for, the supervisor's review after the sale (if it comes after) and the signatures
 * of the written confirmation. Built from {@code SuitabilityChecks.view}; the customer name there is masked.
 */
record SaleView(long checkId, String customerId, String customerName, String productCode, String productName, String productRisk,
                String amount, String initiatedBy, String decision, boolean overridable, List<ReasonView> reasons, String disclosure,
                List<StepView> steps, String sale, String nextStep, String checkedBy, String checkedAt, List<String> documents,
                boolean initiativeConfirmation, String review, String reviewDueOn, List<SignatureView> signatures) {

    record ReasonView(String rule, String text) {
    }

    /** status: APPROVED, REFUSED (done) or MISSING. */
    record StepView(String code, String label, String status, String by) {
    }

    /** A signature as the page shows it: the image as a data URL (allowed by the page's CSP) and its SHA-256. */
    record SignatureView(String signer, String label, String dataUrl, String sha256) {
    }

    @SuppressWarnings("unchecked")
    static SaleView of(Map<String, Object> check, Product product, List<String> documents, List<SignatureView> signatures, Language lang) {
        List<ReasonView> reasons = ((List<Map<String, Object>>) check.get("reasons")).stream()
                .map(r -> new ReasonView(String.valueOf(r.get("rule")), AdvicePage.text(lang, r))).toList();
        List<Map<String, Object>> done = (List<Map<String, Object>>) check.get("done");
        List<StepView> steps = new ArrayList<>();
        for (String code : (List<String>) check.get("steps")) {
            steps.add(stepView(code, Step.valueOf(code).label().in(lang), done));
        }
        String review = (String) check.get("review");
        String due = (String) check.get("reviewDueOn");
        if ("AFTER_SALE".equals(review)) {
            String label = lang == Language.EN ? "Supervisor review after the sale (due " + due + "; the sale need not wait)"
                    : "业务主管事后复核（截止 " + due + "，销售无须等待）";
            steps.add(stepView(Step.SUPERVISOR_REVIEW.name(), label, done));
        }
        List<String> missing = (List<String>) check.getOrDefault("missing", List.of());
        return new SaleView((Long) check.get("recordId"), (String) check.get("customerId"), (String) check.get("customerName"),
                (String) check.get("productCode"), product == null ? null : product.name(),
                product == null ? null : product.risk().name() + " " + product.risk().label().in(lang),
                Yuan.of((BigDecimal) check.get("amount"), lang), (String) check.get("initiatedBy"), (String) check.get("decision"),
                Boolean.TRUE.equals(check.get("overridable")), reasons, AdvicePage.text(lang, check.get("disclosure")), steps,
                (String) check.get("sale"), missing.isEmpty() ? null : missing.get(0), (String) check.get("checkedBy"),
                AdvicePage.dateTime((String) check.get("checkedAt")), documents, Boolean.TRUE.equals(check.get("initiativeConfirmation")),
                review, due, signatures);
    }

    private static StepView stepView(String code, String label, List<Map<String, Object>> done) {
        Map<String, Object> d = done.stream().filter(x -> code.equals(x.get("step"))).findFirst().orElse(null);
        String status = d == null ? "MISSING" : Boolean.TRUE.equals(d.get("approved")) ? "APPROVED" : "REFUSED";
        return new StepView(code, label, status, d == null ? null : (String) d.get("by"));
    }
}
