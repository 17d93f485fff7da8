package io.clientlens.app.web;

import io.clientlens.code.Language;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.Step;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A suitability check as the suitability page and the approvals inbox show it, in the page
 * language: decision, every rule's reason, the disclosure, each step with who did it, and what the
 * sale is waiting for. Built from {@code SuitabilityChecks.view}; the customer name there is masked.
 */
record SaleView(long checkId, String customerId, String customerName, String productCode, String productName, String productRisk,
                String amount, String initiatedBy, String decision, boolean overridable, List<ReasonView> reasons, String disclosure,
                List<StepView> steps, String sale, String nextStep, String checkedBy, String checkedAt, List<String> documents) {

    record ReasonView(String rule, String text) {
    }

    /** status: APPROVED, REFUSED (done) or MISSING. */
    record StepView(String code, String label, String status, String by) {
    }

    @SuppressWarnings("unchecked")
    static SaleView of(Map<String, Object> check, Product product, List<String> documents, Language lang) {
        List<ReasonView> reasons = ((List<Map<String, Object>>) check.get("reasons")).stream()
                .map(r -> new ReasonView(String.valueOf(r.get("rule")), AdvicePage.text(lang, r))).toList();
        List<Map<String, Object>> done = (List<Map<String, Object>>) check.get("done");
        List<StepView> steps = new ArrayList<>();
        for (String code : (List<String>) check.get("steps")) {
            Map<String, Object> d = done.stream().filter(x -> code.equals(x.get("step"))).findFirst().orElse(null);
            String status = d == null ? "MISSING" : Boolean.TRUE.equals(d.get("approved")) ? "APPROVED" : "REFUSED";
            steps.add(new StepView(code, Step.valueOf(code).label().in(lang), status, d == null ? null : (String) d.get("by")));
        }
        List<String> missing = (List<String>) check.getOrDefault("missing", List.of());
        return new SaleView((Long) check.get("recordId"), (String) check.get("customerId"), (String) check.get("customerName"),
                (String) check.get("productCode"), product == null ? null : product.name(),
                product == null ? null : product.risk().name() + " " + product.risk().label().in(lang),
                Yuan.of((BigDecimal) check.get("amount"), lang), (String) check.get("initiatedBy"), (String) check.get("decision"),
                Boolean.TRUE.equals(check.get("overridable")), reasons, AdvicePage.text(lang, check.get("disclosure")), steps,
                (String) check.get("sale"), missing.isEmpty() ? null : missing.get(0), (String) check.get("checkedBy"),
                AdvicePage.dateTime((String) check.get("checkedAt")), documents);
    }
}
