package io.clientlens.suitability;

import io.clientlens.classify.Amounts;
import io.clientlens.classify.Reason;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.RiskLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static io.clientlens.suitability.Finding.Effect.BLOCKS;
import static io.clientlens.suitability.Finding.Effect.BLOCKS_UNLESS_OVERRIDDEN;
import static io.clientlens.suitability.Finding.Effect.NEEDS_CONFIRMATION;
import static io.clientlens.suitability.Finding.Effect.NEEDS_REVIEW_BEFORE_SALE;
import static io.clientlens.suitability.Finding.Effect.NEEDS_SIGNED_DISCLOSURE;
import static io.clientlens.suitability.Finding.Effect.NEEDS_SECOND_APPROVAL;
import static io.clientlens.suitability.Finding.Effect.NOTE;
import static io.clientlens.suitability.Finding.Effect.PASSES;
import static io.clientlens.suitability.Finding.Effect.REVIEW_AFTER_SALE;

/**
 * The suitability policy of docs/SUITABILITY.md as named rules; {@link #all()} reads like the policy.
 * Rules that need the customer's risk level are silent when no assessment counts: the assessment
 * rules already block and say why.
 */
public final class SuitabilityRules {
    private SuitabilityRules() {
    }

    /** no sale without a risk tolerance assessment on file. */
    public static final SuitabilityRule RISK_ASSESSMENT_MUST_BE_ON_FILE = rule("riskAssessmentMustBeOnFile", (c, p) ->
            c.latest().isPresent() ? Optional.empty() : Optional.of(new Finding(BLOCKS, new Reason("riskAssessmentMustBeOnFile",
                    "客户没有风险承受能力评估：请先在网点完成评估", "The customer has no risk tolerance assessment: assess at a branch first"))));

    /** while the policy switch is on, only assessments made face to face at a branch count. */
    public static final SuitabilityRule ONLY_FACE_TO_FACE_ASSESSMENTS_COUNT = rule("onlyFaceToFaceAssessmentsCount", (c, p) -> {
        if (!p.faceToFaceRequired() || c.latest().isEmpty() || c.counting(true).isPresent()) {
            return Optional.empty();
        }
        RiskAssessmentOnFile latest = c.latest().get();
        return Optional.of(new Finding(BLOCKS, new Reason("onlyFaceToFaceAssessmentsCount",
                "最近的评估（" + latest.channel().label().zh() + "，" + latest.assessedAt().toLocalDate()
                        + "）不是在网点面对面进行的，按政策不计；请在网点重新评估",
                "The latest assessment (" + latest.channel().label().en() + ", " + latest.assessedAt().toLocalDate()
                        + ") was not made face to face at a branch and does not count under the policy; reassess at a branch")));
    });

    /** an expired assessment blocks new sales. */
    public static final SuitabilityRule ASSESSMENT_MUST_BE_CURRENT = rule("assessmentMustBeCurrent", (c, p) ->
            counting(c, p, false).map(a -> {
                var until = a.validUntil(p.assessmentValidityMonths());
                return a.expiredOn(c.day(), p.assessmentValidityMonths())
                        ? new Finding(BLOCKS, new Reason("assessmentMustBeCurrent", "风险承受能力评估已于 " + until
                        + " 过期（有效期 " + p.assessmentValidityMonths() + " 个月）：请重新评估",
                        "The risk tolerance assessment expired on " + until + " (valid " + p.assessmentValidityMonths()
                                + " months): reassess"))
                        : new Finding(PASSES, new Reason("assessmentMustBeCurrent", "风险承受能力评估 " + a.level().name()
                        + "（" + a.assessedAt().toLocalDate() + "，" + a.channel().label().zh() + "）有效至 " + until,
                        "Risk tolerance " + a.level().name() + " (" + a.assessedAt().toLocalDate() + ", "
                                + a.channel().label().en() + ") is valid until " + until));
            }));

    /** reminders from 30 days before expiry; information only. */
    public static final SuitabilityRule REMIND_BEFORE_EXPIRY = rule("remindBeforeExpiry", (c, p) ->
            counting(c, p, true).filter(a -> a.reminderDueOn(c.day(), p.assessmentValidityMonths(), p.reminderDaysBeforeExpiry()))
                    .map(a -> new Finding(NOTE, new Reason("remindBeforeExpiry", "评估将于 " + a.validUntil(p.assessmentValidityMonths())
                            + " 到期，请提醒客户重新评估", "The assessment expires on " + a.validUntil(p.assessmentValidityMonths())
                            + "; remind the customer to reassess"))));

    /** the lowest level can never buy above R1, not even with an override. */
    public static final SuitabilityRule LOWEST_LEVEL_NEVER_ABOVE_R1 = rule("lowestLevelNeverAboveR1", (c, p) ->
            level(c, p).filter(l -> l == RiskLevel.C1 && c.product().risk() != ProductRisk.R1)
                    .map(l -> new Finding(BLOCKS, new Reason("lowestLevelNeverAboveR1",
                            "客户风险等级为最低的 C1（保守型），只能购买 R1 产品，本产品为 " + c.product().risk().name() + "，不可特别申请",
                            "The customer is at the lowest level C1 (conservative) and may only buy R1 products; this one is "
                                    + c.product().risk().name() + ", and no override is possible"))));

    /** R ≤ C; above it only through the override flow (C2 and above). */
    public static final SuitabilityRule RISK_LEVEL_MUST_COVER_PRODUCT_RISK = rule("riskLevelMustCoverProductRisk", (c, p) ->
            level(c, p).filter(l -> l != RiskLevel.C1 || c.product().risk() == ProductRisk.R1).map(l -> {
                ProductRisk r = c.product().risk();
                return r.coveredBy(l)
                        ? new Finding(PASSES, new Reason("riskLevelMustCoverProductRisk", "产品风险 " + r.name() + " ≤ 客户风险等级 " + l.name(),
                        "Product risk " + r.name() + " ≤ customer risk level " + l.name()))
                        : new Finding(BLOCKS_UNLESS_OVERRIDDEN, new Reason("riskLevelMustCoverProductRisk", "产品风险 " + r.name()
                        + " 高于客户风险等级 " + l.name() + "：不适合。客户坚持购买须签署特别文件并经主管复核",
                        "Product risk " + r.name() + " is above the customer's risk level " + l.name()
                                + ": unsuitable. A customer who insists needs a signed override document and supervisor review"));
            }));

    /** products for experienced investors only are never sold to the inexperienced. */
    public static final SuitabilityRule ONLY_EXPERIENCED_MAY_BUY_EXPERIENCED_ONLY = rule("onlyExperiencedMayBuyExperiencedOnly", (c, p) -> {
        if (!c.product().experiencedOnly()) {
            return Optional.empty();
        }
        Experience e = c.experience();
        String source = e.source() == Experience.Source.CLASSIFICATION ? "（来自最近一次分类）" : "（尚未分类，按分类规则由KYC资料与本行持仓计算）";
        String sourceEn = e.source() == Experience.Source.CLASSIFICATION ? " (from the latest classification)"
                : " (not classified yet: the classification rule applied to the KYC profile and the holdings at the bank)";
        return Optional.of(e.experienced()
                ? new Finding(PASSES, new Reason("onlyExperiencedMayBuyExperiencedOnly", "仅限有投资经验者的产品；客户有投资经验" + source + "：" + e.reason().zh(),
                "For experienced investors only; the customer is experienced" + sourceEn + ": " + e.reason().en()))
                : new Finding(BLOCKS, new Reason("onlyExperiencedMayBuyExperiencedOnly", "本产品仅限有投资经验的投资者，客户无投资经验" + source + "：" + e.reason().zh(),
                "This product is for experienced investors only and the customer is inexperienced" + sourceEn + ": " + e.reason().en())));
    });

    /** experienced-only products start at the policy minimum (100,000). */
    public static final SuitabilityRule EXPERIENCED_ONLY_NEEDS_MINIMUM_AMOUNT = rule("experiencedOnlyNeedsMinimumAmount", (c, p) -> {
        if (!c.product().experiencedOnly()) {
            return Optional.empty();
        }
        var minimum = p.experiencedOnlyMinAmount().max(c.product().minAmount());
        return c.amount().compareTo(minimum) >= 0 ? Optional.empty()
                : Optional.of(new Finding(BLOCKS, new Reason("experiencedOnlyNeedsMinimumAmount", "仅限有经验投资者的产品起点金额为 "
                + Amounts.zh(minimum, "CNY") + "，本次金额 " + Amounts.zh(c.amount(), "CNY"), "Experienced-only products start at "
                + Amounts.en(minimum, "CNY") + "; the amount is " + Amounts.en(c.amount(), "CNY"))));
    });

    /**
     * High market-risk products (every derivative, R5 unless the catalogue says otherwise, R4 too if the
     * policy says so) are not recommended by the bank to customers without experience or assessed
     * unsuitable; on the customer's own initiative they need face-to-face explanation and written
     * confirmation.
     */
    public static final SuitabilityRule HIGH_MARKET_RISK_ONLY_ON_CUSTOMER_INITIATIVE = rule("highMarketRiskOnlyOnCustomerInitiative", (c, p) -> {
        ProductRisk minRisk = ProductRisk.valueOf(p.highMarketRiskMinRisk());
        if (!c.product().isHighMarketRisk(minRisk)) {
            return Optional.empty();
        }
        Label basis = c.product().highMarketRiskBasis(minRisk);
        String what = "高市场风险产品（" + basis.zh() + "）";
        String whatEn = "a high market-risk product (" + basis.en() + ")";
        Optional<RiskLevel> level = level(c, p);
        boolean unsuitable = level.isPresent() && !c.product().risk().coveredBy(level.get());
        boolean inexperienced = !c.experience().experienced();
        if (!unsuitable && !inexperienced) {
            // without a current assessment nothing is assessed unsuitable here: the assessment rule is the one that stops the sale
            Label passes = level.isPresent()
                    ? Label.of(what + "；客户有投资经验且风险等级匹配", "This is " + whatEn + "; the customer is experienced and the risk level covers it")
                    : Label.of(what + "；客户有投资经验，但没有有效的风险承受能力评估可供匹配",
                            "This is " + whatEn + "; the customer is experienced, but there is no current risk assessment to match it against");
            return Optional.of(new Finding(PASSES, new Reason("highMarketRiskOnlyOnCustomerInitiative", passes.zh(), passes.en())));
        }
        String why = inexperienced ? "无投资经验" : "评估为不适合";
        String whyEn = inexperienced ? "has no investment experience" : "is assessed unsuitable";
        if (c.initiatedBy() == InitiatedBy.BANK) {
            return Optional.of(new Finding(BLOCKS, new Reason("highMarketRiskOnlyOnCustomerInitiative",
                    "银行不得向" + why + "的客户主动推荐" + what, "The bank must not recommend " + whatEn + " to a customer who " + whyEn)));
        }
        return Optional.of(new Finding(NEEDS_CONFIRMATION, new Reason("highMarketRiskOnlyOnCustomerInitiative",
                "客户" + why + "，主动要求购买" + what + "：须面对面揭示风险并由客户书面确认系本人主动购买",
                "The customer " + whyEn + " and asks for " + whatEn + ": explain the risks face to face "
                        + "and get the customer's written confirmation that the purchase is their own initiative")));
    });

    /**
     * Amounts at or above the policy threshold need a supervisor and then the head of wealth management.
     * Against splitting, the threshold applies to the customer's checks of the same product within the
     * policy's window of days, this one included.
     */
    public static final SuitabilityRule LARGE_AMOUNTS_NEED_SECOND_APPROVAL = rule("largeAmountsNeedSecondApproval", (c, p) -> {
        BigDecimal threshold = p.secondApprovalMinAmount();
        List<EarlierCheck> earlier = c.earlierWithin(p.amountWindowDays());
        BigDecimal total = c.totalWithin(p.amountWindowDays());
        String need = "须业务主管复核及财富管理负责人二次审批";
        String needEn = "needs supervisor review and a second approval by the head of wealth management";
        if (earlier.isEmpty()) {
            return c.amount().compareTo(threshold) < 0 ? Optional.empty()
                    : Optional.of(new Finding(NEEDS_SECOND_APPROVAL, new Reason("largeAmountsNeedSecondApproval", "金额 "
                    + Amounts.zh(c.amount(), "CNY") + " ≥ " + Amounts.zh(threshold, "CNY") + "：" + need,
                    "Amount " + Amounts.en(c.amount(), "CNY") + " ≥ " + Amounts.en(threshold, "CNY") + ": " + needEn)));
        }
        int days = p.amountWindowDays();
        String parts = "（本次 " + Amounts.zh(c.amount(), "CNY") + "，另有 " + earlier.size() + " 笔：" + listed(earlier, true) + "）";
        String partsEn = " (this check " + Amounts.en(c.amount(), "CNY") + "; " + earlier.size() + " earlier: " + listed(earlier, false) + ")";
        boolean reached = total.compareTo(threshold) >= 0;
        String zh = days + " 日内同一产品累计 " + Amounts.zh(total, "CNY") + (reached ? " ≥ " : " < ") + Amounts.zh(threshold, "CNY") + parts
                + "：" + (reached ? need : "无须二次审批");
        String en = "Within " + days + " days the same product adds up to " + Amounts.en(total, "CNY") + (reached ? " ≥ " : " < ")
                + Amounts.en(threshold, "CNY") + partsEn + ": " + (reached ? needEn : "no second approval needed");
        return Optional.of(new Finding(reached ? NEEDS_SECOND_APPROVAL : PASSES, new Reason("largeAmountsNeedSecondApproval", zh, en)));
    });

    /**
     * Every sale ends with the risk disclosure confirmed: the customer copies out the confirmation
     * sentence and the customer and the RM sign. Silent when no assessment counts (no sale then).
     */
    public static final SuitabilityRule EVERY_SALE_ENDS_WITH_SIGNED_DISCLOSURE = rule("everySaleEndsWithSignedDisclosure", (c, p) ->
            level(c, p).map(l -> new Finding(NEEDS_SIGNED_DISCLOSURE, new Reason("everySaleEndsWithSignedDisclosure",
                    "成交前须客户抄写风险揭示的确认语句，并由客户与理财经理签名",
                    "Before the sale the customer copies out the risk disclosure's confirmation sentence, and the customer and the RM sign"))));

    /**
     * Every report (the check with its advice) is reviewed by a supervisor: before the sale from the
     * policy amount, for an override and whenever a second approval follows; otherwise after the sale,
     * within the policy's working days. Silent when no assessment counts.
     */
    public static final SuitabilityRule SUPERVISOR_REVIEWS_EVERY_REPORT = rule("supervisorReviewsEveryReport", (c, p) -> {
        if (level(c, p).isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        List<String> whyEn = new ArrayList<>();
        if (c.amount().compareTo(p.reviewBeforeSaleMinAmount()) >= 0) {
            why.add("金额 " + Amounts.zh(c.amount(), "CNY") + " ≥ " + Amounts.zh(p.reviewBeforeSaleMinAmount(), "CNY"));
            whyEn.add("the amount " + Amounts.en(c.amount(), "CNY") + " ≥ " + Amounts.en(p.reviewBeforeSaleMinAmount(), "CNY"));
        }
        if (overridable(c, p)) {
            why.add("客户坚持购买须签署特别文件");
            whyEn.add("a customer who insists signs an override document");
        }
        if (c.totalWithin(p.amountWindowDays()).compareTo(p.secondApprovalMinAmount()) >= 0) {
            why.add("须二次审批");
            whyEn.add("a second approval follows");
        }
        if (!why.isEmpty()) {
            return Optional.of(new Finding(NEEDS_REVIEW_BEFORE_SALE, new Reason("supervisorReviewsEveryReport",
                    "评估报告须经业务主管复核，销售等待复核：" + String.join("；", why),
                    "A supervisor reviews the report and the sale waits for it: " + String.join("; ", whyEn))));
        }
        var due = reviewDueOn(c, p);
        return Optional.of(new Finding(REVIEW_AFTER_SALE, new Reason("supervisorReviewsEveryReport",
                "金额 " + Amounts.zh(c.amount(), "CNY") + " < " + Amounts.zh(p.reviewBeforeSaleMinAmount(), "CNY") + "：可先成交，业务主管须在 "
                        + p.reviewAfterSaleWorkingDays() + " 个工作日内（" + due + " 前）复核评估报告",
                "Amount " + Amounts.en(c.amount(), "CNY") + " < " + Amounts.en(p.reviewBeforeSaleMinAmount(), "CNY")
                        + ": the sale need not wait; a supervisor reviews the report within " + p.reviewAfterSaleWorkingDays()
                        + " working days (by " + due + ")")));
    });

    /**
     * Anti-money laundering holds new business back (docs/AML.md, "Due diligence"): PROHIBITED blocks every sale, and
     * so does an approved decision to end the relationship; HIGH risk with enhanced due diligence pending blocks new sales until it is complete. The reason names what
     * the RM can do (collect the facts) and nothing compliance knows (no alerts, cases or reports: no tipping-off).
     */
    static final SuitabilityRule AML_STANDING_ALLOWS_NEW_BUSINESS = rule("amlStandingAllowsNewBusiness", (c, p) -> {
        switch (c.aml()) {
            case PROHIBITED:
                return Optional.of(new Finding(BLOCKS, new Reason("amlProhibited",
                        "反洗钱：该客户不得办理新业务",
                        "Anti-money laundering: no new business with this customer")));
            case RELATIONSHIP_EXITED:
                return Optional.of(new Finding(BLOCKS, new Reason("amlRelationshipExited",
                        "反洗钱：本行已决定终止与该客户的业务关系，不得办理新业务",
                        "Anti-money laundering: the bank has decided to end the relationship with this customer; no new business")));
            case DUE_DILIGENCE_PENDING:
                return Optional.of(new Finding(BLOCKS, new Reason("amlDueDiligencePending",
                        "反洗钱强化尽职调查未完成：请补充开户目的、资金来源、财富来源等资料，经合规审核后方可办理新的销售",
                        "Enhanced anti-money-laundering due diligence is pending: collect the purpose of the account and the "
                                + "sources of funds and wealth; new sales wait until compliance has reviewed them")));
            default:
                return Optional.empty();
        }
    });

    /** Every rule, in the order its reason is shown. */
    public static List<SuitabilityRule> all() {
        return List.of(
                AML_STANDING_ALLOWS_NEW_BUSINESS,
                RISK_ASSESSMENT_MUST_BE_ON_FILE,
                ONLY_FACE_TO_FACE_ASSESSMENTS_COUNT,
                ASSESSMENT_MUST_BE_CURRENT,
                REMIND_BEFORE_EXPIRY,
                LOWEST_LEVEL_NEVER_ABOVE_R1,
                RISK_LEVEL_MUST_COVER_PRODUCT_RISK,
                ONLY_EXPERIENCED_MAY_BUY_EXPERIENCED_ONLY,
                EXPERIENCED_ONLY_NEEDS_MINIMUM_AMOUNT,
                HIGH_MARKET_RISK_ONLY_ON_CUSTOMER_INITIATIVE,
                LARGE_AMOUNTS_NEED_SECOND_APPROVAL,
                EVERY_SALE_ENDS_WITH_SIGNED_DISCLOSURE,
                SUPERVISOR_REVIEWS_EVERY_REPORT);
    }

    /**
     * Runs every rule and combines the findings: any block wins (and nothing follows it), then
     * approval, then confirmation. Every outcome that can end in a sale starts with the written
     * confirmation of the disclosure; the supervisor review is a step before the sale or falls due after it.
     */
    public static SuitabilityDecision decide(SuitabilityCase c, Policy.Suitability policy) {
        List<Finding> findings = new ArrayList<>();
        for (SuitabilityRule rule : all()) {
            rule.apply(c, policy).ifPresent(findings::add);
        }
        if (has(findings, BLOCKS)) {
            // no sale can follow: nothing to sign or review
            List<Reason> reasons = findings.stream().filter(f -> !AFTER_DECISION.contains(f.effect())).map(Finding::reason).toList();
            return new SuitabilityDecision.Blocked(reasons, false, List.of(), false);
        }
        List<Reason> reasons = findings.stream().map(Finding::reason).toList();
        boolean confirm = has(findings, NEEDS_CONFIRMATION);
        boolean approve = has(findings, NEEDS_SECOND_APPROVAL);
        boolean overridable = has(findings, BLOCKS_UNLESS_OVERRIDDEN);
        boolean reviewBefore = has(findings, NEEDS_REVIEW_BEFORE_SALE) || overridable || approve;
        List<Step> steps = new ArrayList<>();
        if (confirm || has(findings, NEEDS_SIGNED_DISCLOSURE)) {
            steps.add(Step.WRITTEN_CONFIRMATION);
        }
        if (overridable) {
            steps.add(Step.OVERRIDE_DOCUMENT);
        }
        if (reviewBefore) {
            steps.add(Step.SUPERVISOR_REVIEW);
        }
        if (approve) {
            steps.add(Step.SECOND_APPROVAL);
        }
        if (overridable) {
            return new SuitabilityDecision.Blocked(reasons, true, List.copyOf(steps), confirm);
        }
        if (approve) {
            return new SuitabilityDecision.ApprovalRequired(reasons, List.copyOf(steps), confirm);
        }
        var due = reviewBefore ? null : reviewDueOn(c, policy);
        return confirm ? new SuitabilityDecision.ConfirmationRequired(reasons, List.copyOf(steps), due)
                : new SuitabilityDecision.Allowed(reasons, List.copyOf(steps), due);
    }

    /** Effects about what follows a decision that can end in a sale; a block drops them. */
    private static final java.util.Set<Finding.Effect> AFTER_DECISION = java.util.EnumSet.of(NEEDS_SIGNED_DISCLOSURE,
            NEEDS_REVIEW_BEFORE_SALE, REVIEW_AFTER_SALE);

    private static java.time.LocalDate reviewDueOn(SuitabilityCase c, Policy.Suitability p) {
        return WorkingDays.after(c.day(), p.reviewAfterSaleWorkingDays());
    }

    /** Unsuitable by R > C at C2 or above: the override flow is open. */
    private static boolean overridable(SuitabilityCase c, Policy.Suitability p) {
        return level(c, p).filter(l -> l != RiskLevel.C1 && !c.product().risk().coveredBy(l)).isPresent();
    }

    /** "#12 2026-06-01 999,999 元、…", at most five, then how many more. */
    private static String listed(List<EarlierCheck> earlier, boolean zh) {
        List<String> items = earlier.stream().limit(5).map(e -> "#" + e.checkId() + " " + e.day() + " "
                + (zh ? Amounts.zh(e.amount(), "CNY") : Amounts.en(e.amount(), "CNY"))).toList();
        String more = earlier.size() > 5 ? (zh ? " 等 " + earlier.size() + " 笔" : " and " + (earlier.size() - 5) + " more") : "";
        return String.join(zh ? "、" : ", ", items) + more;
    }

    private static boolean has(List<Finding> findings, Finding.Effect effect) {
        return findings.stream().anyMatch(f -> f.effect() == effect);
    }

    /** The assessment that counts, if it is still valid (or regardless of expiry when {@code onlyValid} is false). */
    private static Optional<RiskAssessmentOnFile> counting(SuitabilityCase c, Policy.Suitability p, boolean onlyValid) {
        return c.counting(p.faceToFaceRequired())
                .filter(a -> !onlyValid || !a.expiredOn(c.day(), p.assessmentValidityMonths()));
    }

    private static Optional<RiskLevel> level(SuitabilityCase c, Policy.Suitability p) {
        return counting(c, p, true).map(RiskAssessmentOnFile::level);
    }

    private static SuitabilityRule rule(String name, BiFunction<SuitabilityCase, Policy.Suitability, Optional<Finding>> body) {
        return new SuitabilityRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Finding> apply(SuitabilityCase c, Policy.Suitability policy) {
                return body.apply(c, policy);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
