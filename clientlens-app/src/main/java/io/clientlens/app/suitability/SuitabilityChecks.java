package io.clientlens.app.suitability;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.json.JsonDocument;
import io.clientlens.app.refusal.Refused;
import io.clientlens.app.clock.Now;
import io.clientlens.app.security.Actors;
import io.clientlens.app.audit.AuditEntry;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.classify.Reason;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.TypedAmount;
import io.clientlens.identity.Masking;
import io.clientlens.policy.Policy;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import io.clientlens.suitability.Action;
import io.clientlens.suitability.Clearance;
import io.clientlens.suitability.EarlierCheck;
import io.clientlens.suitability.Experience;
import io.clientlens.suitability.InitiatedBy;
import io.clientlens.suitability.Opinion;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.ProductRisk;
import io.clientlens.suitability.RiskAssessmentOnFile;
import io.clientlens.suitability.RiskDisclosure;
import io.clientlens.suitability.Step;
import io.clientlens.suitability.SuitabilityCase;
import io.clientlens.suitability.SuitabilityDecision;
import io.clientlens.suitability.SuitabilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suitability chain (docs/SUITABILITY.md): the check, then the steps it asks for (written
 * confirmation with both signatures, override document, supervisor review, second approval), each by
 * the role allowed to do it, each stored and audited in one transaction; and the supervisor's review
 * after the sale of every other check that can end in a sale.
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
    private final io.clientlens.app.aml.AmlDueDiligence aml;

    SuitabilityChecks(JdbcClient jdbc, Customers customers, Products products, Assessments assessments,
                      ExperienceLookup experience, AuditTrail audit, Policy policy, Now now,
                      io.clientlens.app.aml.AmlDueDiligence aml) {
        this.aml = aml;
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
    public CheckView check(String customerId, String productCode, String amountText, String initiatedByText, Actor actor) {
        Actors.require(actor, Action.ADVISE);
        List<FieldProblem> problems = new ArrayList<>();
        if (customerId == null || customerId.isBlank()) {
            problems.add(new FieldProblem("customerId", "须填写客户号", "required: the customer's id"));
        }
        if (productCode == null || productCode.isBlank()) {
            problems.add(new FieldProblem("productCode", "须填写产品代码", "required: the product's code"));
        }
        BigDecimal amount = null;
        if (amountText == null || amountText.isBlank()) {
            problems.add(new FieldProblem("amount", "请填写金额；" + TypedAmount.EXPECTED_ZH, "enter the amount; " + TypedAmount.EXPECTED_EN));
        } else {
            TypedAmount.Result typed = TypedAmount.parse(amountText, policy.validation().maxAmount());
            if (typed instanceof TypedAmount.Result.Refused refused) {
                problems.add(refused.problem("amount"));
            } else if (((TypedAmount.Result.Read) typed).amount().signum() == 0) {
                problems.add(new FieldProblem("amount", "金额应大于 0，实为“" + amountText.strip() + "”",
                        "the amount must be greater than 0, found '" + amountText.strip() + "'"));
            } else {
                amount = ((TypedAmount.Result.Read) typed).amount();
            }
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
        // one check of a customer and product at a time, so that two at once cannot both miss the other's amount
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "suitability/" + customerId + "/" + productCode)
                .query((rs, i) -> 1).list();
        List<RiskAssessmentOnFile> onFile = assessments.riskOnFile(customerId);
        Experience exp = experience.of(customerId, at.toLocalDate());
        SuitabilityCase c = new SuitabilityCase(customerId, product, amount, initiatedBy, onFile, exp, at.toLocalDate(),
                earlier(customerId, productCode, at.toLocalDate()), aml.standing(customerId, at.toLocalDate()));
        SuitabilityDecision decision = SuitabilityRules.decide(c, policy.suitability());
        boolean overridable = decision instanceof SuitabilityDecision.Blocked b && b.overridable();
        String review = decision instanceof SuitabilityDecision.Blocked && !overridable ? "NONE"
                : decision.steps().contains(Step.SUPERVISOR_REVIEW) ? "BEFORE_SALE" : "AFTER_SALE";
        Map<String, Object> inputs = inputs(c);
        Label disclosure = RiskDisclosure.forProduct(product, highMarketRisk(product));
        long id = jdbc.sql("""
                        insert into suitability_check (customer_id, product_code, amount, initiated_by, decision, overridable, steps,
                            reasons, inputs, disclosure, checked_by, checked_role, checked_at, policy_version, review, review_due_on,
                            initiative_confirmation)
                        values (:c, :p, :amount, :init, :decision, :overridable, cast(:steps as jsonb), cast(:reasons as jsonb),
                            cast(:inputs as jsonb), cast(:disclosure as jsonb), :by, :role, :at, :policy, :review, :due, :initiative)
                        returning check_id""")
                .param("c", customerId).param("p", productCode).param("amount", amount).param("init", initiatedBy.name())
                .param("decision", decision.code()).param("overridable", overridable)
                .param("steps", Json.write(decision.steps().stream().map(Enum::name).toList()))
                .param("reasons", Json.write(Assessments.reasons(decision.reasons())))
                .param("inputs", Json.write(inputs))
                .param("disclosure", Json.write(Assessments.label(disclosure)))
                .param("by", actor.user()).param("role", actor.role().name()).param("at", at).param("policy", policy.version())
                .param("review", review).param("due", decision.reviewDueOn(), java.sql.Types.DATE)
                .param("initiative", decision.initiativeConfirmation())
                .query(Long.class).single();
        String questionnaire = c.counting(policy.suitability().faceToFaceRequired()).map(RiskAssessmentOnFile::questionnaireId).orElse(null);
        audit.append(new AuditEntry("SUITABILITY_CHECK", at, actor, customerId, "check:" + id, decision.code(), policy.version(),
                questionnaire, inputs, decision.reasons()));
        return view(id).orElseThrow();
    }

    /**
     * The customer's earlier checks of the product from the first day of the policy's window on that may
     * still end in a sale: not blocked for good, not refused by a reviewer (docs/SUITABILITY.md).
     */
    private List<EarlierCheck> earlier(String customerId, String productCode, LocalDate day) {
        return jdbc.sql("""
                        select c.check_id, c.checked_at, c.amount from suitability_check c
                        where c.customer_id = :c and c.product_code = :p and c.checked_at >= :from
                          and not (c.decision = 'BLOCKED' and not c.overridable)
                          and not exists (select 1 from suitability_step s where s.check_id = c.check_id and not s.approved)
                        order by c.checked_at, c.check_id""")
                .param("c", customerId).param("p", productCode)
                .param("from", day.minusDays(policy.suitability().amountWindowDays() - 1L).atStartOfDay())
                .query((rs, i) -> new EarlierCheck(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate(), rs.getBigDecimal(3)))
                .list();
    }

    /** Whether the product is of high market risk under the policy in force. */
    public boolean highMarketRisk(Product product) {
        return product.isHighMarketRisk(ProductRisk.valueOf(policy.suitability().highMarketRiskMinRisk()));
    }

    public Label highMarketRiskBasis(Product product) {
        return product.highMarketRiskBasis(ProductRisk.valueOf(policy.suitability().highMarketRiskMinRisk()));
    }

    /**
     * The decision a check would give now, without recording it: for listing which products could
     * meet a need. Nothing is stored or audited; proposing the product runs {@link #check} as usual.
     */
    @Transactional(readOnly = true)
    public SuitabilityDecision preview(String customerId, Product product, BigDecimal amount) {
        var day = now.get().toLocalDate();
        SuitabilityCase c = new SuitabilityCase(customerId, product, amount, InitiatedBy.BANK,
                assessments.riskOnFile(customerId), experience.of(customerId, day), day, earlier(customerId, product.code(), day),
                aml.standing(customerId, day));
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
        product.put("highMarketRisk", highMarketRisk(p));
        product.put("highMarketRiskSource", p.highMarketRiskSource().name());
        m.put("product", product);
        m.put("amount", c.amount());
        var s = policy.suitability();
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("days", s.amountWindowDays());
        window.put("earlierChecks", c.earlierWithin(s.amountWindowDays()).stream().map(e -> Map.of("checkId", e.checkId(),
                "day", e.day().toString(), "amount", e.amount())).toList());
        window.put("total", c.totalWithin(s.amountWindowDays()));
        m.put("sameProductWithinWindow", window);
        m.put("initiatedBy", c.initiatedBy().name());
        m.put("amlStanding", c.aml().name());
        c.counting(policy.suitability().faceToFaceRequired()).ifPresent(a -> m.put("assessment", Map.of("assessmentId", a.assessmentId(),
                "riskLevel", a.level().name(), "channel", a.channel().name(), "assessedAt", a.assessedAt().toString(),
                "validUntil", a.validUntil(policy.suitability().assessmentValidityMonths()).toString())));
        m.put("investmentExperience", Map.of("code", c.experience().code(), "source", c.experience().source().name(),
                "reason", c.experience().reason().en()));
        m.put("faceToFaceRequired", policy.suitability().faceToFaceRequired());
        return m;
    }

    /**
     * WRITTEN_CONFIRMATION, for every sale: the customer copied out the sentence exactly, and the customer
     * and the RM signed on screen (PNG, base64 or a data URL). On the customer's own initiative for a high
     * market-risk product the RM also confirms the face-to-face explanation. The signatures are stored with
     * their SHA-256, which the audit record keeps too.
     */
    @Transactional
    public CheckView confirm(long checkId, String copiedText, Boolean faceToFaceExplained, String customerSignature,
                             String rmSignature, Actor actor) {
        Actors.require(actor, Action.RECORD);
        boolean initiative = jdbc.sql("select initiative_confirmation from suitability_check where check_id = :id").param("id", checkId)
                .query(Boolean.class).optional().orElseThrow(() -> new NotFound("suitability check", String.valueOf(checkId)));
        List<FieldProblem> problems = new ArrayList<>();
        if (RiskDisclosure.verify(copiedText) instanceof RiskDisclosure.CopyOut.Differs d) {
            problems.add(new FieldProblem("text", d.explain().zh(), d.explain().en()));
        }
        if (initiative && !Boolean.TRUE.equals(faceToFaceExplained)) {
            problems.add(new FieldProblem("faceToFaceExplained", "须确认已面对面向客户揭示风险（true）", "must be true: the risks were explained face to face"));
        }
        Signatures.Signature customer = Signatures.fromBase64(Signatures.Signer.CUSTOMER, customerSignature, problems);
        Signatures.Signature rm = Signatures.fromBase64(Signatures.Signer.RM, rmSignature, problems);
        if (customer != null && rm != null && customer.sha256().equals(rm.sha256())) {
            // two people never sign alike to the last pixel: the same image twice is one signature given for both
            problems.add(new FieldProblem(Signatures.Signer.RM.field(), "客户与理财经理的签名完全相同：请各自签名",
                    "the customer's and the RM's signatures are the same image: each signs for themself"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("text", copiedText);
        if (initiative) {
            doc.put("faceToFaceExplained", true);
            doc.put("customerInitiated", true);
        }
        Map<String, Object> signed = new LinkedHashMap<>();
        for (Signatures.Signature sig : List.of(customer, rm)) {
            signed.put(sig.signer().name(), Map.of("sha256", sig.sha256(), "bytes", sig.png().length, "width", sig.width(),
                    "height", sig.height()));
        }
        doc.put("signatures", signed);
        var at = step(checkId, Step.WRITTEN_CONFIRMATION, true, doc, actor, List.of(new Reason("copyOutMatches",
                "客户抄写的确认语句与要求一致；客户与理财经理已签名" + (initiative ? "；已面对面揭示风险，客户确认系本人主动购买" : ""),
                "The customer's copy of the confirmation sentence matches; customer and RM signed"
                        + (initiative ? "; risks explained face to face, the customer confirms the purchase is their own initiative" : ""))));
        for (Signatures.Signature sig : List.of(customer, rm)) {
            jdbc.sql("""
                            insert into suitability_signature (check_id, signer, png, sha256, width, height, captured_by, captured_at)
                            values (:id, :signer, :png, :sha, :w, :h, :by, :at)""")
                    .param("id", checkId).param("signer", sig.signer().name()).param("png", sig.png()).param("sha", sig.sha256())
                    .param("w", sig.width()).param("h", sig.height()).param("by", actor.user()).param("at", at).update();
        }
        return view(checkId).orElseThrow();
    }

    /** The stored PNG of a signature of a check. */
    public Optional<byte[]> signature(long checkId, Signatures.Signer signer) {
        return jdbc.sql("select png from suitability_signature where check_id = :id and signer = :s")
                .param("id", checkId).param("s", signer.name()).query(byte[].class).optional();
    }

    /** OVERRIDE_DOCUMENT: the customer insists; bank's opinion, customer's wish, notes, both signatures. */
    @Transactional
    public CheckView override(long checkId, String bankOpinion, String customerWish, String notes,
                              Boolean customerSigned, Boolean rmSigned, Actor actor) {
        Actors.require(actor, Action.RECORD);
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
        step(checkId, Step.OVERRIDE_DOCUMENT, true, doc, actor, List.of(new Reason("overrideDocumentSigned",
                "客户坚持购买：特别文件已由客户与理财经理签字，待主管复核", "The customer insists: override document signed by customer and RM, awaiting supervisor review")));
        return view(checkId).orElseThrow();
    }

    /**
     * SUPERVISOR_REVIEW by a supervisor, or SECOND_APPROVAL by the head of wealth management: which one
     * follows from the role. Approving and refusing both need a written opinion. A supervisor reviews a
     * check before the sale where the sale waits for it, and any other check that can end in a sale
     * afterwards; a refusal afterwards refuses the sale too.
     */
    @Transactional
    public CheckView approve(long checkId, boolean approved, String opinion, Actor actor) {
        Step step;
        if (actor.role() == Role.HEAD_OF_WEALTH) {
            step = Step.SECOND_APPROVAL;
        } else {
            Actors.require(actor, Action.REVIEW);
            step = Step.SUPERVISOR_REVIEW;
        }
        List<FieldProblem> problems = Opinion.problems(opinion);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        String written = opinion.strip();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("opinion", written);
        String verb = approved ? "同意" : "不同意";
        step(checkId, step, approved, doc, actor, List.of(new Reason(approved ? "approved" : "refused",
                step.label().zh() + "：" + verb + "（" + written + "）",
                step.label().en() + ": " + (approved ? "approved" : "refused") + " (" + written + ")")));
        return view(checkId).orElseThrow();
    }

    /** Records a step after every check of order, refusal and four eyes; returns when it was recorded. */
    private java.time.LocalDateTime step(long checkId, Step step, boolean approved, Map<String, Object> document, Actor actor,
                                         List<Reason> reasons) {
        // Lock the check so that two people cannot record the same step at once.
        var check = jdbc.sql("select customer_id, steps::text, checked_by, decision, review from suitability_check where check_id = :id for update")
                .param("id", checkId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .optional().orElseThrow(() -> new NotFound("suitability check", String.valueOf(checkId)));
        List<Step> steps = steps(check[1]);
        Map<Step, String[]> done = done(checkId);
        boolean afterSaleReview = step == Step.SUPERVISOR_REVIEW && "AFTER_SALE".equals(check[4]);
        if (!steps.contains(step) && !afterSaleReview) {
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
        for (Step before : steps.contains(step) ? steps.subList(0, steps.indexOf(step)) : List.<Step>of()) {
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
                .param("doc", Json.write(document)).param("by", actor.user()).param("role", actor.role().name())
                .param("at", at).update();
        Map<String, Object> inputs = new LinkedHashMap<>(document);
        inputs.put("checkId", checkId);
        audit.append(new AuditEntry(step.name(), at, actor, check[0], "check:" + checkId, approved ? "APPROVED" : "REFUSED",
                policy.version(), null, inputs, reasons));
        return at;
    }

    private static List<Step> steps(String json) {
        Object list = Json.read("{\"s\":" + json + "}").get("s");
        return ((List<?>) list).stream().map(s -> Step.valueOf((String) s)).toList();
    }

    /** step → [done by, role, approved, opinion of a review or approval (or null), done at] */
    private Map<Step, String[]> done(long checkId) {
        Map<Step, String[]> done = new LinkedHashMap<>();
        jdbc.sql("""
                        select step, done_by, done_role, approved, coalesce(document->>'opinion', nullif(document->>'note', '')), done_at
                        from suitability_step where check_id = :id order by done_at""")
                .param("id", checkId)
                .query(rs -> {
                    done.put(Step.valueOf(rs.getString(1)), new String[] {rs.getString(2), rs.getString(3), String.valueOf(rs.getBoolean(4)),
                            rs.getString(5), rs.getTimestamp(6).toLocalDateTime().toString()});
                });
        return done;
    }

    /** The signatures of a check without the images: who signed, the SHA-256, size, who recorded them and when. */
    private List<CheckView.SignatureInfo> signatures(long checkId) {
        return jdbc.sql("""
                        select signer, sha256, length(png), width, height, captured_by, captured_at from suitability_signature
                        where check_id = :id order by signer = 'RM', signer""")
                .param("id", checkId).query((rs, i) -> new CheckView.SignatureInfo(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime().toString())).list();
    }

    /** One step done on a check: which, what it recorded (a JSON document) and by whom. */
    public record StepDone(Step step, String document, String doneBy) {
    }

    /** The ids of a customer's latest {@code limit} checks, newest first. */
    public List<Long> recentCheckIds(String customerId, int limit) {
        return jdbc.sql("select check_id from suitability_check where customer_id = :c order by checked_at desc, check_id desc limit :n")
                .param("c", customerId).param("n", limit).query(Long.class).list();
    }

    /** The steps done on a check, in the order they were done. */
    public List<StepDone> stepsDone(long checkId) {
        return jdbc.sql("select step, document::text, done_by from suitability_step where check_id = :id order by done_at, step")
                .param("id", checkId).query((rs, i) -> new StepDone(Step.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3))).list();
    }

    /** The check with its reasons, disclosure, the steps done and whether the sale may go ahead now. */
    public Optional<CheckView> view(long checkId) {
        record Row(long id, String customerId, String name, String productCode, BigDecimal amount, String initiatedBy, String decision,
                   boolean overridable, List<Step> steps, String reasons, String inputs, String disclosure, String checkedBy,
                   String checkedRole, String checkedAt, String policyVersion, String review, String reviewDueOn, boolean initiative) {
        }
        return jdbc.sql("""
                        select c.check_id, c.customer_id, cu.profile->>'name', c.product_code, c.amount, c.initiated_by, c.decision,
                               c.overridable, c.steps::text, c.reasons::text, c.inputs::text, c.disclosure::text, c.checked_by,
                               c.checked_role, c.checked_at, c.policy_version, c.review, c.review_due_on, c.initiative_confirmation, cu.customer_type
                        from suitability_check c join customer cu using (customer_id) where c.check_id = :id""")
                .param("id", checkId).query((rs, i) -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null ? null : MaskedProfile.name(rs.getString(3), rs.getString(20)), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), steps(rs.getString(9)), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getTimestamp(15).toLocalDateTime().toString(), rs.getString(16), rs.getString(17),
                        rs.getDate(18) == null ? null : rs.getDate(18).toLocalDate().toString(), rs.getBoolean(19)))
                .optional().map(r -> {
                    Map<Step, String[]> done = done(r.id());
                    Set<Step> approvedSteps = EnumSet.noneOf(Step.class);
                    done.forEach((s, d) -> {
                        if ("true".equals(d[2])) {
                            approvedSteps.add(s);
                        }
                    });
                    boolean rejected = done.values().stream().anyMatch(d -> "false".equals(d[2]));
                    Clearance clearance = Clearance.of(r.decision(), r.overridable(), r.steps(), approvedSteps, rejected);
                    return new CheckView(r.id(), r.customerId(), r.name(), r.productCode(), r.amount(), r.initiatedBy(), r.decision(),
                            r.overridable(), r.steps().stream().map(Enum::name).toList(), storedReasons(r.reasons()),
                            JsonDocument.parse(r.inputs()), storedLabel(r.disclosure()), RiskDisclosure.CONFIRMATION_SENTENCE,
                            r.checkedBy(), r.checkedRole(), r.checkedAt(), r.policyVersion(), r.review(), r.reviewDueOn(), r.initiative(),
                            done.entrySet().stream().map(e -> new CheckView.Done(e.getKey().name(), e.getValue()[0], e.getValue()[1],
                                    Boolean.parseBoolean(e.getValue()[2]), e.getValue()[3], e.getValue()[4])).toList(),
                            signatures(r.id()), clearance.code(),
                            clearance instanceof Clearance.Pending p ? p.missing().stream().map(Enum::name).toList() : null);
                });
    }

    private static List<CheckView.StoredReason> storedReasons(String json) {
        return Json.mapper().readValue(json, new tools.jackson.core.type.TypeReference<List<CheckView.StoredReason>>() {
        });
    }

    private static CheckView.StoredLabel storedLabel(String json) {
        return Json.mapper().readValue(json, CheckView.StoredLabel.class);
    }
}
