package io.clientlens.app.web;

import io.clientlens.app.suitability.Products;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.code.Language;
import io.clientlens.suitability.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads suitability checks for the pages: one check as a {@link SaleView}, a customer's recent
 * checks, and the checks whose next step is a given approval. Read-only; every decision and step is
 * made by {@link SuitabilityChecks}.
 */
@Component
class SaleViews {
    static final int RECENT = 20;

    private final SuitabilityChecks checks;
    private final Products products;
    private final JdbcClient jdbc;

    SaleViews(SuitabilityChecks checks, Products products, JdbcClient jdbc) {
        this.checks = checks;
        this.products = products;
        this.jdbc = jdbc;
    }

    Optional<SaleView> of(long checkId, Language lang) {
        return checks.view(checkId).map(c -> SaleView.of(c, products.find((String) c.get("productCode")).orElse(null),
                documents(checkId, lang), lang));
    }

    /** The customer's latest checks, newest first. */
    List<Long> ofCustomer(String customerId) {
        return jdbc.sql("select check_id from suitability_check where customer_id = :c order by checked_at desc, check_id desc limit :n")
                .param("c", customerId).param("n", RECENT).query(Long.class).list();
    }

    /** Checks whose next missing step is {@code step}, oldest first (what an approver has to act on). */
    List<SaleView> awaiting(Step step, Language lang) {
        // narrowed in SQL (not done yet, nothing refused) so that old, finished checks are not read; the view decides
        List<Long> ids = jdbc.sql("""
                        select c.check_id from suitability_check c where c.steps @> cast(:s as jsonb)
                        and not exists (select 1 from suitability_step d where d.check_id = c.check_id and (d.step = :step or not d.approved))
                        order by c.checked_at, c.check_id""")
                .param("s", "[\"" + step.name() + "\"]").param("step", step.name()).query(Long.class).list();
        List<SaleView> pending = new ArrayList<>();
        for (long id : ids) {
            of(id, lang).filter(v -> "PENDING".equals(v.sale()) && step.name().equals(v.nextStep())).ifPresent(pending::add);
        }
        return pending;
    }

    /** What the steps done so far recorded (override document, notes), in the page language, for the approver to read. */
    private List<String> documents(long checkId, Language lang) {
        boolean en = lang == Language.EN;
        List<String> lines = new ArrayList<>();
        jdbc.sql("select step, document::text, done_by from suitability_step where check_id = :id order by done_at, step")
                .param("id", checkId).query(rs -> {
                    Step step = Step.valueOf(rs.getString(1));
                    Map<String, Object> d = ClassificationDocument.parse(rs.getString(2));
                    String by = rs.getString(3);
                    switch (step) {
                        case WRITTEN_CONFIRMATION -> lines.add((en ? "Written confirmation (" : "书面确认（") + by + (en ? "): " : "）：") + d.get("text"));
                        case OVERRIDE_DOCUMENT -> {
                            lines.add((en ? "Bank's opinion: " : "银行意见：") + d.get("bankOpinion"));
                            lines.add((en ? "Customer's wish: " : "客户意愿：") + d.get("customerWish"));
                            if (d.get("notes") != null && !String.valueOf(d.get("notes")).isBlank()) {
                                lines.add((en ? "Notes: " : "其他说明：") + d.get("notes"));
                            }
                            lines.add(en ? "Signed by the customer and the RM (" + by + ")" : "客户与理财经理（" + by + "）已签字");
                        }
                        case SUPERVISOR_REVIEW, SECOND_APPROVAL -> {
                            Object note = d.get("note");
                            if (note != null && !String.valueOf(note).isBlank()) {
                                lines.add(step.label().in(lang) + (en ? " (" + by + "): " : "（" + by + "）：") + note);
                            }
                        }
                    }
                });
        return lines;
    }
}
