package io.clientlens.app.suitability.web;

import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.Refused;
import io.clientlens.app.suitability.CheckView;
import io.clientlens.app.suitability.QueuedCheck;
import io.clientlens.app.suitability.ReviewQueue;
import io.clientlens.app.suitability.Signatures;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.customer.FieldProblem;
import io.clientlens.suitability.Action;
import io.clientlens.suitability.RiskDisclosure;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suitability checks and the steps after them, the copy-out check and the audit trail. The acting
 * user and role are the signed-in user ({@link Actors}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SuitabilityApi extends SuitabilityEndpoints {
    private static final int MAX_AUDIT = 10_000;
    private final SuitabilityChecks checks;
    private final AuditTrail audit;

    private final Scope scope;
    private final ReviewQueue queue;

    SuitabilityApi(SuitabilityChecks checks, AuditTrail audit, Scope scope, ReviewQueue queue) {
        this.scope = scope;
        this.checks = checks;
        this.audit = audit;
        this.queue = queue;
    }

    @PostMapping(path = "/suitability-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a product for a customer: {customerId, productCode, amount, initiatedBy: bank|customer}",
            description = "Returns decision (ALLOWED, BLOCKED, CONFIRMATION_REQUIRED, APPROVAL_REQUIRED), reasons, steps, the risk "
                    + "disclosure and recordId. Roles RM, SUPERVISOR, HEAD_OF_WEALTH; SALES gets 403.")
    ResponseEntity<CheckView> check(@RequestBody Map<String, Object> body) {
        var actor = Actors.suitability();
        String customerId = identifier(body, "customerId");
        String productCode = identifier(body, "productCode");
        if (customerId != null) {
            scope.requireCustomer(customerId);
        }
        return ResponseEntity.status(201).body(checks.check(customerId, productCode, amountText(body.get("amount")),
                text(body, "initiatedBy"), actor));
    }

    /**
     * An id or code as text (a JSON number as written); blank as missing, which the check names. A list or an object is
     * refused here: written out as "[C1]" it was looked up and answered as an unknown customer.
     */
    private static String identifier(Map<String, Object> body, String key) {
        Object v = body.get(key);
        if (v instanceof String || v instanceof Number) {
            String text = String.valueOf(v).strip();
            return text.isEmpty() ? null : text;
        }
        if (v != null) {
            throw new InvalidRequest(List.of(new FieldProblem(key, "应为文本", "expected text")));
        }
        return null;
    }

    @GetMapping("/suitability-checks/{id}")
    @Operation(summary = "A check with the steps done and whether the sale may go ahead (sale: SALE_ALLOWED, PENDING, SALE_REFUSED)")
    CheckView one(@PathVariable long id) {
        scope.requireCheck(id);
        return checks.view(id).orElseThrow(() -> new NotFound("suitability check", String.valueOf(id)));
    }

    @PostMapping(path = "/suitability-checks/{id}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "RM records the written confirmation of the risk disclosure: {text (the copied sentence), customerSignature, "
            + "rmSignature (PNG as base64 or a data:image/png;base64 URL), faceToFaceExplained: true (on the customer's own initiative)}",
            description = "Every sale needs it. Each signature must be a readable PNG with ink on it (a blank pad is refused naming the "
                    + "field); both are stored with their SHA-256, which the audit record keeps too.")
    CheckView confirm(@PathVariable long id, @RequestBody Map<String, Object> body) {
        scope.requireCheck(id);
        var actor = Actors.suitability();
        return checks.confirm(id, text(body, "text"), bool(body, "faceToFaceExplained"), text(body, "customerSignature"),
                text(body, "rmSignature"), actor);
    }

    @GetMapping(path = "/suitability-checks/{id}/signatures/{signer}", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "A signature of the written confirmation as PNG: signer customer or rm")
    ResponseEntity<byte[]> signature(@PathVariable long id, @PathVariable String signer) {
        scope.requireCheck(id);
        Signatures.Signer who = java.util.Arrays.stream(Signatures.Signer.values()).filter(s -> s.name().equalsIgnoreCase(signer))
                .findFirst().orElseThrow(() -> new NotFound("signature", signer));
        byte[] png = checks.signature(id, who).orElseThrow(() -> new NotFound("signature", id + "/" + signer));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @PostMapping(path = "/suitability-checks/{id}/override", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "RM records the override document: {bankOpinion, customerWish, notes, customerSigned: true, rmSigned: true}")
    CheckView override(@PathVariable long id, @RequestBody Map<String, Object> body) {
        scope.requireCheck(id);
        var actor = Actors.suitability();
        return checks.override(id, text(body, "bankOpinion"), text(body, "customerWish"), text(body, "notes"),
                bool(body, "customerSigned"), bool(body, "rmSigned"), actor);
    }

    @PostMapping(path = "/suitability-checks/{id}/approvals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Supervisor review (role SUPERVISOR) or second approval (role HEAD_OF_WEALTH): {approved: true|false, opinion}",
            description = "The written opinion is required to approve and to refuse (400 naming the field opinion). A supervisor "
                    + "reviews before the sale where it waits, or afterwards any other check that can end in a sale.")
    CheckView approve(@PathVariable long id, @RequestBody Map<String, Object> body) {
        scope.requireCheck(id);
        var actor = Actors.suitability();
        // a decision is never guessed: only the JSON values true and false say it
        Boolean approved = bool(body, "approved");
        if (approved == null) {
            throw new io.clientlens.app.refusal.InvalidRequest(java.util.List.of(new io.clientlens.customer.FieldProblem("approved",
                    "必填：true（同意）或 false（拒绝）", "required: true (approve) or false (refuse)")));
        }
        return checks.approve(id, approved, text(body, "opinion"), actor);
    }

    @GetMapping("/approvals")
    @Operation(summary = "The signed-in approver's queue: a supervisor's reviews (before the sale, then after it by due date), "
            + "or the head of wealth management's second approvals",
            description = "Each entry is the check with queue: {kind: BEFORE_SALE|AFTER_SALE|SECOND_APPROVAL, dueOn, overdue}. "
                    + "Only customers in the user's scope.")
    List<QueuedCheck> approvals() {
        var actor = Actors.suitability();
        if (!Action.approves(actor.role())) {
            throw Refused.forbidden("roleMayNotReview", io.clientlens.code.Label.of(actor.role().label().zh() + "（" + actor.role().name()
                    + "）不能复核或审批", actor.role().label().en() + " (" + actor.role().name() + ") may not review or approve"));
        }
        return queue.of(actor.role()).stream().filter(c -> scope.visible(c.check().customerId())).toList();
    }

    @PostMapping(path = "/disclosures/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare a copied-out confirmation sentence (NFKC, whitespace removed); the first difference if any")
    Map<String, Object> verify(@RequestBody Map<String, Object> body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expected", RiskDisclosure.CONFIRMATION_SENTENCE);
        if (RiskDisclosure.verify(text(body, "text")) instanceof RiskDisclosure.CopyOut.Differs d) {
            m.put("matches", false);
            m.put("position", d.position());
            m.put("expectedCharacter", d.expected());
            m.put("foundCharacter", d.found());
            m.put("zh", d.explain().zh());
            m.put("en", d.explain().en());
        } else {
            m.put("matches", true);
        }
        return m;
    }

    @GetMapping("/audit")
    @Operation(summary = "Audit records, oldest first, optionally of one customer")
    List<io.clientlens.app.audit.AuditRecord> audit(@RequestParam(required = false) String customer, @RequestParam(defaultValue = "1000") int limit) {
        return audit.list(customer, Math.max(1, Math.min(limit, MAX_AUDIT)));
    }

    private static String text(Map<String, Object> body, String key) {
        Object v = body.get(key);
        return v == null ? null : String.valueOf(v);
    }

    /** A JSON number as written (never "1.0E7"); a JSON string as typed ("1,000,000", "100万"), read by TypedAmount. */
    static String amountText(Object v) {
        if (v instanceof Number n) {
            return (n instanceof java.math.BigDecimal d ? d : new java.math.BigDecimal(n.toString())).toPlainString();
        }
        return v == null ? null : String.valueOf(v);
    }

    /** A JSON true or false; null when the field is missing; any other value is refused, naming the field. */
    private static Boolean bool(Map<String, Object> body, String key) {
        Object v = body.get(key);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw new io.clientlens.app.refusal.InvalidRequest(java.util.List.of(new io.clientlens.customer.FieldProblem(key,
                "应为 true 或 false（不加引号），实为“" + v + "”", "expected true or false (without quotes), was '" + v + "'")));
    }
}
