package io.clientlens.app.suitability.web;

import io.clientlens.batch.json.Json;
import io.clientlens.app.suitability.CheckView;
import io.clientlens.app.suitability.Products;
import io.clientlens.app.suitability.ReviewQueue;
import io.clientlens.app.suitability.Signatures;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Language;
import io.clientlens.staff.Role;
import io.clientlens.suitability.Step;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads suitability checks for the pages: one check as a {@link SaleView}, a customer's recent
 * checks, and an approver's queue. Read-only; every decision and step is
 * made by {@link SuitabilityChecks}.
 */
@Component
class SaleViews {
    static final int RECENT = 20;

    private final SuitabilityChecks checks;
    private final Products products;
    private final ReviewQueue reviewQueue;

    SaleViews(SuitabilityChecks checks, Products products, ReviewQueue reviewQueue) {
        this.checks = checks;
        this.products = products;
        this.reviewQueue = reviewQueue;
    }

    Optional<SaleView> of(long checkId, Language lang) {
        return checks.view(checkId).map(c -> of(c, lang));
    }

    private SaleView of(CheckView check, Language lang) {
        long checkId = check.recordId();
        return SaleView.of(check, products.find(check.productCode()).orElse(null), documents(checkId, lang),
                signatures(checkId, lang), lang);
    }

    /** The signature images of the written confirmation, customer first. */
    private List<SaleView.SignatureView> signatures(long checkId, Language lang) {
        List<SaleView.SignatureView> views = new ArrayList<>();
        for (Signatures.Signer signer : Signatures.Signer.values()) {
            checks.signature(checkId, signer).ifPresent(png -> views.add(new SaleView.SignatureView(signer.name(),
                    signer.label().in(lang), "data:image/png;base64," + Base64.getEncoder().encodeToString(png), Signatures.sha256(png))));
        }
        return views;
    }

    /** The customer's latest checks, newest first. */
    List<Long> ofCustomer(String customerId) {
        return checks.recentCheckIds(customerId, RECENT);
    }

    /** One entry of an approver's queue: the check, whether it is reviewed before or after the sale (or a second approval), the due date. */
    record QueueItem(SaleView sale, String kind, String dueOn, boolean overdue) {
    }

    /** What an approver in {@code role} has to act on, in the order of {@link ReviewQueue}. */
    List<QueueItem> queue(Role role, Language lang) {
        return reviewQueue.of(role).stream().map(c -> new QueueItem(of(c.check(), lang), c.queue().kind().name(), c.queue().dueOn(),
                Boolean.TRUE.equals(c.queue().overdue()))).toList();
    }

    /** What the steps done so far recorded (override document, notes), in the page language, for the approver to read. */
    private List<String> documents(long checkId, Language lang) {
        boolean en = lang == Language.EN;
        List<String> lines = new ArrayList<>();
        checks.stepsDone(checkId).forEach(done -> {
                    Step step = done.step();
                    Map<String, Object> d = Json.read(done.document());
                    String by = done.doneBy();
                    switch (step) {
                        case WRITTEN_CONFIRMATION -> lines.add((en ? "Written confirmation (" : "书面确认（") + by + (en ? "): " : "）：") + d.get("text")
                                + (d.get("signatures") == null ? "" : en ? " — signed by the customer and the RM" : " —— 客户与理财经理已签名"));
                        case OVERRIDE_DOCUMENT -> {
                            lines.add((en ? "Bank's opinion: " : "银行意见：") + d.get("bankOpinion"));
                            lines.add((en ? "Customer's wish: " : "客户意愿：") + d.get("customerWish"));
                            if (d.get("notes") != null && !String.valueOf(d.get("notes")).isBlank()) {
                                lines.add((en ? "Notes: " : "其他说明：") + d.get("notes"));
                            }
                            lines.add(en ? "Signed by the customer and the RM (" + by + ")" : "客户与理财经理（" + by + "）已签字");
                        }
                        case SUPERVISOR_REVIEW, SECOND_APPROVAL -> {
                            Object note = d.get("opinion") != null ? d.get("opinion") : d.get("note");
                            if (note != null && !String.valueOf(note).isBlank()) {
                                lines.add(step.label().in(lang) + (en ? " (" + by + "): " : "（" + by + "）：") + note);
                            }
                        }
                    }
                });
        return lines;
    }
}
