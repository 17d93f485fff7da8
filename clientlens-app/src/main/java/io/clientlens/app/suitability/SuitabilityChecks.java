package io.clientlens.app.suitability;

import io.clientlens.app.audit.AuditEntry;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.app.web.InvalidRequest;
import io.clientlens.app.web.NotFound;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.classify.Reason;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import io.clientlens.suitability.Actor;
import io.clientlens.suitability.Clearance;
import io.clientlens.suitability.Experience;
import io.clientlens.suitability.InitiatedBy;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.RiskAssessmentOnFile;
import io.clientlens.suitability.RiskDisclosure;
import io.clientlens.suitability.Role;
import io.clientlens.suitability.Step;
import io.clientlens.suitability.SuitabilityCase;
import io.clientlens.suitability.SuitabilityDecision;
import io.clientlens.suitability.SuitabilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suitability chain (DOMAIN.md §5): the check, then the steps it asks for (written
 * confirmation, override document, supervisor review, second approval), each by the role allowed
 * to do it, each stored and audited in one transaction.
 */
@Service
public class SuitabilityChecks {
    private final JdbcClient jdbc;
    private final Customers customers;
    private final Products products;
    private final Assessments assessments;
    private final ExperienceLookup experience;
    private final AuditTrail audit;
    private final Policy policy;
    private final Now now;

    SuitabilityChecks(JdbcClient jdbc, Customers customers, Products products, Assessments assessments,
                      ExperienceLookup experience, AuditTrail audit, Policy policy, Now now) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.products = products;
        this.assessments = assessments;
        this.experience = experience;
        this.audit = audit;
        this.policy = policy;
        this.now = now;
    }

    /** Amount and initiative as given by a person; both are checked here so that REST and CLI say the same. */
    @Transactional
    public Map<String, Object> check(String customerId, String productCode, String amountText, String initiatedByText, Actor actor) {
        Actors.require(actor, Role.Action.ADVISE);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = null;
        try {
            amount = amountText == null ? null : new BigDecimal(amountText.trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            problems.add(new FieldProblem("amount", "金额应为大于0、最多两位小数的数字", "expected an amount greater than 0 with at most 2 decimals"
                    + (amountText == null ? "" : ", found '" + amountText + "'")));
        }
        InitiatedBy initiatedBy = initiatedByText == null ? InitiatedBy.BANK : InitiatedBy.parse(initiatedByText).orElse(null);
        if (initiatedBy == null) {
            problems.add(new FieldProblem("initiatedBy", "应为 customer（客户主动）或 bank（银行推荐）", "expected customer or bank, found '" + initiatedByText + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (!customers.exists(customerId)) {
            throw new NotFound("customer", customerId);
        }
        Product product = products.find(productCode).orElseThrow(() -> new NotFound("product", productCode));
        var at = now.get();
        List<RiskAssessmentOnFile> onFile = assessments.riskOnFile(customerId);
        Experience exp = experience.of(customerId, at.toLocalDate());
        SuitabilityCase c = new SuitabilityCase(customerId, product, amount, initiatedBy, onFile, exp, at.toLocalDate());
        SuitabilityDecision decision = SuitabilityRules.decide(c, policy.suitability());
        boolean overridable = decision instanceof SuitabilityDecision.Blocked b && b.overridable();
        Map<String, Object> inputs = inputs(c);
        Label disclosure = RiskDisclosure.forProduct(product);
        long id = jdbc.sql("""
                        insert into suitability_check (customer_id, product_code, amount, initiated_by, decision, overridable, steps,
                            reasons, inputs, disclosure, checked_by, checked_role, checked_at, policy_version)
                        values (:c, :p, :amount, :init, :decision, :overridable, cast(:steps as jsonb), cast(:reasons as jsonb),
                            cast(:inputs as jsonb), cast(:disclosure as jsonb), :by, :role, :at, :policy) returning check_id""")
                .param("c", customerId).param("p", productCode).param("amount", amount).param("init", initiatedBy.name())
                .param("decision", decision.code()).param("overridable", overridable)
                .param("steps", ClassificationDocument.json(decision.steps().stream().map(Enum::name).toList()))
                .param("reasons", ClassificationDocument.json(Assessments.reasons(decision.reasons())))
                .param("inputs", ClassificationDocument.json(inputs))
                .param("disclosure", ClassificationDocument.json(Assessments.label(disclosure)))
                .param("by", actor.user()).param("role", actor.role().name()).param("at", at).param("policy", policy.version())
                .query(Long.class).single();
        String questionnaire = c.counting(policy.suitability().faceToFaceRequired()).map(RiskAssessmentOnFile::questionnaireId).orElse(null);
        audit.append(new AuditEntry("SUITABILITY_CHECK", at, actor, customerId, "check:" + id, decision.code(), policy.version(),
                questionnaire, inputs, decision.reasons()));
        return view(id).orElseThrow();
    }

    /**
     * The decision a check would give now, without recording it: for listing which products could
     * meet a need. Nothing is stored or audited; proposing the product runs {@link #check} as usual.
     */
    @Transactional(readOnly = true)
    public SuitabilityDecision preview(String customerId, Product product, BigDecimal amount) {
        var day = now.get().toLocalDate();
        SuitabilityCase c = new SuitabilityCase(customerId, product, amount, InitiatedBy.BANK,
                assessments.riskOnFile(customerId), experience.of(customerId, day), day);
        return SuitabilityRules.decide(c, policy.suitability());
    }

    private Map<String, Object> inputs(SuitabilityCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        Product p = c.product();
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("code", p.code());
        product.put("risk", p.risk().name());
        product.put("type", p.type());
        product.put("experiencedOnly", p.experiencedOnly());
        product.put("minAmount", p.minAmount());
        product.put("derivative", p.derivative());
        m.put("product", product);
        m.put("amount", c.amount());
        m.put("initiatedBy", c.initiatedBy().name());
        c.counting(policy.suitability().faceToFaceRequired()).ifPresent(a -> m.put("assessment", Map.of("assessmentId", a.assessmentId(),
                "riskLevel", a.level().name(), "channel", a.channel().name(), "assessedAt", a.assessedAt().toString(),
                "validUntil", a.validUntil(policy.suitability().assessmentValidityMonths()).toString())));
        m.put("investmentExperience", Map.of("code", c.experience().code(), "source", c.experience().source().name(),
                "reason", c.experience().reason().en()));
        m.put("faceToFaceRequired", policy.suitability().faceToFaceRequired());
        return m;
    }

    /** WRITTEN_CONFIRMATION: the RM explained face to face and the customer copied out the sentence exactly. */
    @Transactional
    public Map<String, Object> confirm(long checkId, String copiedText, Boolean faceToFaceExplained, Actor actor) {
        Actors.require(actor, Role.Action.RECORD);
        List<FieldProblem> problems = new ArrayList<>();
        if (RiskDisclosure.verify(copiedText) instanceof RiskDisclosure.CopyOut.Differs d) {
            problems.add(new FieldProblem("text", d.explain().zh(), d.explain().en()));
        }
        if (!Boolean.TRUE.equals(faceToFaceExplained)) {
            problems.add(new FieldProblem("faceToFaceExplained", "须确认已面对面向客户揭示风险（true）", "must be true: the risks were explained face to face"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("text", copiedText);
        doc.put("faceToFaceExplained", true);
        doc.put("customerInitiated", true);
        return step(checkId, Step.WRITTEN_CONFIRMATION, true, doc, actor, List.of(new Reason("copyOutMatches",
                "客户抄写的确认语句与要求一致；已面对面揭示风险", "The customer's copy of the confirmation sentence matches; risks explained face to face")));
    }

    /** OVERRIDE_DOCUMENT: the customer insists; bank's opinion, customer's wish, notes, both signatures. */
    @Transactional
    public Map<String, Object> override(long checkId, String bankOpinion, String customerWish, String notes,
                                        Boolean customerSigned, Boolean rmSigned, Actor actor) {
        Actors.require(actor, Role.Action.RECORD);
        List<FieldProblem> problems = new ArrayList<>();
        if (bankOpinion == null || bankOpinion.isBlank()) {
            problems.add(new FieldProblem("bankOpinion", "缺少银行意见", "missing: the bank's opinion is required"));
        }
        if (customerWish == null || customerWish.isBlank()) {
            problems.add(new FieldProblem("customerWish", "缺少客户意愿", "missing: the customer's wish is required"));
        }
        if (!Boolean.TRUE.equals(customerSigned)) {
            problems.add(new FieldProblem("customerSigned", "特别文件须由客户签字（true）", "must be true: the customer signs the document"));
        }
        if (!Boolean.TRUE.equals(rmSigned)) {
            problems.add(new FieldProblem("rmSigned", "特别文件须由理财经理签字（true）", "must be true: the RM signs the document"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("bankOpinion", bankOpinion);
        doc.put("customerWish", customerWish);
        doc.put("notes", notes == null ? "" : notes);
        doc.put("customerSigned", true);
        doc.put("rmSigned", true);
        return step(checkId, Step.OVERRIDE_DOCUMENT, true, doc, actor, List.of(new Reason("overrideDocumentSigned",
                "客户坚持购买：特别文件已由客户与理财经理签字，待主管复核", "The customer insists: override document signed by customer and RM, awaiting supervisor review")));
    }

    /** SUPERVISOR_REVIEW by a supervisor, or SECOND_APPROVAL by the head of wealth management: which one follows from the role. */
    @Transactional
    public Map<String, Object> approve(long checkId, boolean approved, String note, Actor actor) {
        Step step;
        if (actor.role() == Role.HEAD_OF_WEALTH) {
            step = Step.SECOND_APPROVAL;
        } else {
            Actors.require(actor, Role.Action.REVIEW);
            step = Step.SUPERVISOR_REVIEW;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("note", note == null ? "" : note);
        String verb = approved ? "同意" : "不同意";
        return step(checkId, step, approved, doc, actor, List.of(new Reason(approved ? "approved" : "refused",
                step.label().zh() + "：" + verb + (note == null || note.isBlank() ? "" : "（" + note + "）"),
                step.label().en() + ": " + (approved ? "approved" : "refused") + (note == null || note.isBlank() ? "" : " (" + note + ")"))));
    }

    private Map<String, Object> step(long checkId, Step step, boolean approved, Map<String, Object> document, Actor actor, List<Reason> reasons) {
        // Lock the check so that two people cannot record the same step at once.
        var check = jdbc.sql("select customer_id, steps::text, checked_by, decision from suitability_check where check_id = :id for update")
                .param("id", checkId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .optional().orElseThrow(() -> new NotFound("suitability check", String.valueOf(checkId)));
        List<Step> steps = steps(check[1]);
        Map<Step, String[]> done = done(checkId);
        if (!steps.contains(step)) {
            throw Refused.conflict("stepNotRequired", Label.of("检查 " + checkId + "（" + check[3] + "）不需要这一步：" + step.label().zh()
                    + (steps.isEmpty() ? "" : "；需要：" + String.join("、", steps.stream().map(s -> s.label().zh()).toList())),
                    "Check " + checkId + " (" + check[3] + ") does not need this step: " + step.label().en()
                            + (steps.isEmpty() ? "" : "; it needs: " + String.join(", ", steps.stream().map(s -> s.label().en()).toList()))));
        }
        if (done.containsKey(step)) {
            throw Refused.conflict("stepAlreadyDone", Label.of("检查 " + checkId + " 已完成：" + step.label().zh(),
                    "Check " + checkId + " already has: " + step.label().en()));
        }
        if (done.values().stream().anyMatch(d -> "false".equals(d[2]))) {
            throw Refused.conflict("saleRefused", Label.of("检查 " + checkId + " 已被拒绝，不能继续", "Check " + checkId + " was refused; nothing more can be done"));
        }
        for (Step before : steps.subList(0, steps.indexOf(step))) {
            if (!done.containsKey(before)) {
                throw Refused.conflict("stepsInOrder", Label.of("须先完成：" + before.label().zh(), "First needed: " + before.label().en()));
            }
        }
        if (step == Step.SUPERVISOR_REVIEW || step == Step.SECOND_APPROVAL) {
            // Four eyes: nobody approves advice they gave or a document they recorded.
            boolean own = actor.user().equals(check[2]) || done.values().stream().anyMatch(d -> actor.user().equals(d[0]));
            if (own) {
                throw Refused.forbidden("fourEyes", Label.of(actor.user() + " 参与了本次建议或审批，不能再复核/审批",
                        actor.user() + " took part in this advice or its approval and may not review or approve it"));
            }
        }
        var at = now.get();
        jdbc.sql("""
                        insert into suitability_step (check_id, step, approved, document, done_by, done_role, done_at)
                        values (:id, :step, :approved, cast(:doc as jsonb), :by, :role, :at)""")
                .param("id", checkId).param("step", step.name()).param("approved", approved)
                .param("doc", ClassificationDocument.json(document)).param("by", actor.user()).param("role", actor.role().name())
                .param("at", at).update();
        Map<String, Object> inputs = new LinkedHashMap<>(document);
        inputs.put("checkId", checkId);
        audit.append(new AuditEntry(step.name(), at, actor, check[0], "check:" + checkId, approved ? "APPROVED" : "REFUSED",
                policy.version(), null, inputs, reasons));
        return view(checkId).orElseThrow();
    }

    private static List<Step> steps(String json) {
        Object list = ClassificationDocument.parse("{\"s\":" + json + "}").get("s");
        return ((List<?>) list).stream().map(s -> Step.valueOf((String) s)).toList();
    }

    /** step → [done by, role, approved] */
    private Map<Step, String[]> done(long checkId) {
        Map<Step, String[]> done = new LinkedHashMap<>();
        jdbc.sql("select step, done_by, done_role, approved from suitability_step where check_id = :id order by done_at")
                .param("id", checkId)
                .query(rs -> {
                    done.put(Step.valueOf(rs.getString(1)), new String[] {rs.getString(2), rs.getString(3), String.valueOf(rs.getBoolean(4))});
                });
        return done;
    }

    /** The check with its reasons, disclosure, the steps done and whether the sale may go ahead now. */
    public Optional<Map<String, Object>> view(long checkId) {
        return jdbc.sql("""
                        select c.check_id, c.customer_id, cu.profile->>'name', c.product_code, c.amount, c.initiated_by, c.decision,
                               c.overridable, c.steps::text, c.reasons::text, c.inputs::text, c.disclosure::text, c.checked_by,
                               c.checked_role, c.checked_at, c.policy_version, cu.customer_type
                        from suitability_check c join customer cu using (customer_id) where c.check_id = :id""")
                .param("id", checkId).query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("recordId", rs.getLong(1));
                    m.put("customerId", rs.getString(2));
                    m.put("customerName", rs.getString(3) == null ? null : MaskedProfile.name(rs.getString(3), rs.getString(17)));
                    m.put("productCode", rs.getString(4));
                    m.put("amount", rs.getBigDecimal(5));
                    m.put("initiatedBy", rs.getString(6));
                    m.put("decision", rs.getString(7));
                    m.put("overridable", rs.getBoolean(8));
                    m.put("steps", steps(rs.getString(9)).stream().map(Enum::name).toList());
                    m.put("reasons", ClassificationDocument.parse("{\"r\":" + rs.getString(10) + "}").get("r"));
                    m.put("inputs", ClassificationDocument.parse(rs.getString(11)));
                    m.put("disclosure", ClassificationDocument.parse(rs.getString(12)));
                    m.put("confirmationSentence", RiskDisclosure.CONFIRMATION_SENTENCE);
                    m.put("checkedBy", rs.getString(13));
                    m.put("checkedRole", rs.getString(14));
                    m.put("checkedAt", rs.getTimestamp(15).toLocalDateTime().toString());
                    m.put("policyVersion", rs.getString(16));
                    return m;
                }).optional().map(m -> {
                    long id = (Long) m.get("recordId");
                    Map<Step, String[]> done = done(id);
                    m.put("done", done.entrySet().stream().map(e -> Map.of("step", e.getKey().name(), "by", e.getValue()[0],
                            "role", e.getValue()[1], "approved", Boolean.valueOf(e.getValue()[2]))).toList());
                    Set<Step> approvedSteps = EnumSet.noneOf(Step.class);
                    done.forEach((s, d) -> {
                        if ("true".equals(d[2])) {
                            approvedSteps.add(s);
                        }
                    });
                    boolean rejected = done.values().stream().anyMatch(d -> "false".equals(d[2]));
                    @SuppressWarnings("unchecked")
                    List<String> stepNames = (List<String>) m.get("steps");
                    Clearance clearance = Clearance.of((String) m.get("decision"), (Boolean) m.get("overridable"),
                            stepNames.stream().map(Step::valueOf).toList(), approvedSteps, rejected);
                    m.put("sale", clearance.code());
                    if (clearance instanceof Clearance.Pending p) {
                        m.put("missing", p.missing().stream().map(Enum::name).toList());
                    }
                    return m;
                });
    }
}
