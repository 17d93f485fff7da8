package io.clientlens.aml;

import io.clientlens.classify.Amounts;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.Profile;
import io.clientlens.policy.AmlPolicy;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's AML risk rating (docs/AML.md): a points model over four groups of factors — customer, geography,
 * business and channel, industry and occupation — then overrides. Every factor and its points are policy. A pure
 * function of the input and the policy: the classification run calls it for every customer, and part of the
 * application may call it alone (at onboarding, on a profile change).
 */
public final class AmlRating {

    /** One factor: the points it adds to this customer, if it applies. */
    interface Factor {
        Optional<RatingFactor> apply(RatingInput in, Policy policy);
    }

    /** One override: the level it forces the customer to at least, if it applies. */
    interface Override {
        Optional<RatingOverride> apply(RatingInput in);
    }

    /** The factors, in the order of docs/AML.md; the list reads like the policy. */
    static List<Factor> allFactors() {
        return List.of(
                AmlRating::identityNotRecorded,
                AmlRating::beneficialOwnersMissing,
                AmlRating::beneficialOwnerNotVerified,
                AmlRating::politicallyExposed,
                AmlRating::activityInconsistent,
                AmlRating::highRiskNationality,
                AmlRating::highRiskResidence,
                AmlRating::nonResident,
                AmlRating::nonFaceToFace,
                AmlRating::crossBorder,
                AmlRating::privateBanking,
                AmlRating::cashIntensive,
                AmlRating::highRiskIndustry);
    }

    /** The overrides, applied after the points; the first three forbid the relationship. */
    static List<Override> allOverrides() {
        return List.of(
                AmlRating::identityUnverifiable,
                AmlRating::beneficialOwnerUnverifiable,
                AmlRating::confirmedWatchListHit,
                AmlRating::politicallyExposedAtLeastHigh,
                AmlRating::openSuspiciousReport);
    }

    private static final Map<Pep, String> PEP_FACTORS = Map.of(Pep.FOREIGN, "pepForeign", Pep.DOMESTIC, "pepDomestic",
            Pep.INTERNATIONAL_ORG, "pepInternationalOrg", Pep.ASSOCIATE, "pepAssociate");
    private static final Map<Pep, String[]> PEP_LABELS = Map.of(
            Pep.FOREIGN, new String[] {"外国政要", "foreign politically exposed person"},
            Pep.DOMESTIC, new String[] {"国内政要", "domestic politically exposed person"},
            Pep.INTERNATIONAL_ORG, new String[] {"国际组织高级管理人员", "senior official of an international organisation"},
            Pep.ASSOCIATE, new String[] {"政要的亲属或关系密切人", "family member or close associate of a politically exposed person"});

    private AmlRating() {
    }

    /** Rates with the policy's {@code aml:} section, its currency (in reasons) and home countries (non-residents). */
    public static AmlAssessment assess(RatingInput in, Policy policy) {
        List<RatingFactor> factors = new ArrayList<>();
        int points = 0;
        for (Factor factor : allFactors()) {
            Optional<RatingFactor> applied = factor.apply(in, policy);
            if (applied.isPresent() && applied.get().points() > 0) {
                factors.add(applied.get());
                points += applied.get().points();
            }
        }
        AmlPolicy.Rating r = policy.aml().rating();
        AmlRisk byPoints = points >= r.highFrom() ? AmlRisk.HIGH : points >= r.mediumFrom() ? AmlRisk.MEDIUM : AmlRisk.LOW;
        AmlRisk level = byPoints;
        List<RatingOverride> overrides = new ArrayList<>();
        for (Override override : allOverrides()) {
            Optional<RatingOverride> applied = override.apply(in);
            if (applied.isPresent()) {
                overrides.add(applied.get());
                level = level.atLeast(applied.get().atLeast());
            }
        }
        return new AmlAssessment(level, points, byPoints, factors, overrides);
    }

    // --- customer

    private static Optional<RatingFactor> identityNotRecorded(RatingInput in, Policy policy) {
        Identity identity = in.profile() == null ? null : in.profile().identity();
        if (identity != null && identity.verified() != null) {
            return Optional.empty();
        }
        return factor(policy, "identityNotRecorded", "未记录身份核实结果", "Identity verification not on file");
    }

    private static Optional<RatingFactor> beneficialOwnersMissing(RatingInput in, Policy policy) {
        if (in.type() != CustomerType.CORPORATE || !owners(in).isEmpty()) {
            return Optional.empty();
        }
        return factor(policy, "beneficialOwnersMissing", "企业客户未识别受益所有人", "Company without identified beneficial owners");
    }

    private static Optional<RatingFactor> beneficialOwnerNotVerified(RatingInput in, Policy policy) {
        if (in.type() != CustomerType.CORPORATE) {
            return Optional.empty(); // before counting: most customers rated are individuals
        }
        long unrecorded = owners(in).stream().filter(o -> o.verified() == null).count();
        if (unrecorded == 0) {
            return Optional.empty();
        }
        return factor(policy, "beneficialOwnerNotVerified", unrecorded + " 名受益所有人未记录身份核实结果",
                unrecorded + " beneficial owner(s) without a recorded verification");
    }

    private static Optional<RatingFactor> politicallyExposed(RatingInput in, Policy policy) {
        Pep pep = in.profile() == null ? null : in.profile().pep();
        if (pep == null || !pep.isPep()) {
            return Optional.empty();
        }
        String[] label = PEP_LABELS.get(pep);
        return factor(policy, PEP_FACTORS.get(pep), "政治公众人物：" + label[0], "Politically exposed: " + label[1]);
    }

    private static Optional<RatingFactor> activityInconsistent(RatingInput in, Policy policy) {
        Profile profile = in.profile();
        BigDecimal income = profile == null || profile.income() == null ? null : profile.income().total();
        BigDecimal capital = profile == null || profile.corporate() == null ? null : profile.corporate().registeredCapital();
        AmlPolicy.ProfileMismatch rule = policy.aml().monitoring().profileMismatch();
        return ProfileConsistency.check(in.type(), income, capital, in.age(), in.activity().creditAmount(), rule)
                .flatMap(m -> {
                    String[] text = m.describe(rule, in.windowDays(), policy.currency());
                    return factor(policy, "activityInconsistent", text[0], text[1]);
                });
    }

    // --- geography

    private static Optional<RatingFactor> highRiskNationality(RatingInput in, Policy policy) {
        String nationality = in.profile() == null ? null : in.profile().nationality();
        if (nationality == null || !listed(policy.aml().rating().highRiskJurisdictions(), nationality)) {
            return Optional.empty();
        }
        return factor(policy, "highRiskNationality", "国籍 " + nationality + " 在高风险国家（地区）名单上",
                "Nationality " + nationality + " is on the high-risk jurisdiction list");
    }

    private static Optional<RatingFactor> highRiskResidence(RatingInput in, Policy policy) {
        String region = in.profile() == null ? null : in.profile().region();
        if (region == null || !listed(policy.aml().rating().highRiskJurisdictions(), region)) {
            return Optional.empty();
        }
        return factor(policy, "highRiskResidence", "所在地区 " + region + " 在高风险国家（地区）名单上",
                "Region " + region + " is on the high-risk jurisdiction list");
    }

    /** An international customer, as the residency dimension says: recorded so, or a nationality not of the home countries. */
    private static Optional<RatingFactor> nonResident(RatingInput in, Policy policy) {
        Profile p = in.profile();
        if (p == null) {
            return Optional.empty();
        }
        boolean international = p.residency() != null ? p.residency() == Profile.Residency.INTERNATIONAL
                : p.nationality() != null && !p.nationality().isBlank()
                && !policy.homeCountries().contains(p.nationality().trim().toUpperCase(Locale.ROOT));
        return international ? factor(policy, "nonResident", "国际客户（非居民或外籍）",
                "International customer (non-resident or foreign national)") : Optional.empty();
    }

    // --- business and channel

    private static Optional<RatingFactor> nonFaceToFace(RatingInput in, Policy policy) {
        if (in.profile() == null || in.profile().onboarding() != Onboarding.NON_FACE_TO_FACE) {
            return Optional.empty();
        }
        return factor(policy, "nonFaceToFace", "非面对面建立业务关系", "Relationship opened without meeting the customer");
    }

    private static Optional<RatingFactor> crossBorder(RatingInput in, Policy policy) {
        int count = in.activity().crossBorderCount();
        if (count < policy.aml().rating().crossBorderMinCount()) {
            return Optional.empty();
        }
        return factor(policy, "crossBorder", "近 " + in.windowDays() + " 天跨境交易 " + count + " 笔",
                count + " cross-border transaction(s) in " + in.windowDays() + " days");
    }

    private static Optional<RatingFactor> privateBanking(RatingInput in, Policy policy) {
        return in.privateBanking() ? factor(policy, "privateBanking", "私人银行客户", "Private banking customer") : Optional.empty();
    }

    private static Optional<RatingFactor> cashIntensive(RatingInput in, Policy policy) {
        BigDecimal cash = in.activity().cashAmount();
        BigDecimal total = in.activityAmount();
        AmlPolicy.Rating r = policy.aml().rating();
        String currency = policy.currency();
        if (total.signum() <= 0 || cash.compareTo(r.cashMinAmount()) < 0
                || cash.compareTo(r.cashShare().multiply(total)) < 0) {
            return Optional.empty();
        }
        String share = cash.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP) + "%";
        String min = r.cashShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return factor(policy, "cashIntensive", "近 " + in.windowDays() + " 天现金交易 " + Amounts.zh(cash, currency)
                        + "，占主动交易金额 " + share + "（≥ " + min + "）",
                "Cash of " + Amounts.en(cash, currency) + " in " + in.windowDays() + " days, " + share
                        + " of the activity amount (≥ " + min + ")");
    }

    // --- industry and occupation

    private static Optional<RatingFactor> highRiskIndustry(RatingInput in, Policy policy) {
        Profile profile = in.profile();
        if (profile == null) {
            return Optional.empty();
        }
        String scope = profile.corporate() == null ? null : profile.corporate().businessScope();
        String[] fields = {profile.industry(), profile.occupation(), scope};
        String[] lower = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lower[i] = fields[i] == null ? null : fields[i].toLowerCase(Locale.ROOT);
        }
        for (String word : policy.aml().rating().highRiskIndustries()) {
            String w = word.toLowerCase(Locale.ROOT);
            for (int i = 0; i < fields.length; i++) {
                if (lower[i] != null && lower[i].contains(w)) {
                    return factor(policy, "highRiskIndustry", "行业、职业或经营范围“" + fields[i] + "”属高风险行业（" + word + "）",
                            "Industry, occupation or business scope \"" + fields[i] + "\" is high-risk (" + word + ")");
                }
            }
        }
        return Optional.empty();
    }

    // --- overrides

    private static Optional<RatingOverride> identityUnverifiable(RatingInput in) {
        Identity identity = in.profile() == null ? null : in.profile().identity();
        if (identity == null || !Boolean.FALSE.equals(identity.verified())) {
            return Optional.empty();
        }
        return Optional.of(new RatingOverride("identityUnverifiable", AmlRisk.PROHIBITED,
                "客户身份无法核实 → " + AmlRisk.PROHIBITED.zh(), "The customer's identity could not be verified → "
                + AmlRisk.PROHIBITED.en()));
    }

    private static Optional<RatingOverride> beneficialOwnerUnverifiable(RatingInput in) {
        List<String> names = owners(in).stream().filter(o -> Boolean.FALSE.equals(o.verified()))
                .map(o -> o.name() == null ? "?" : o.name()).toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RatingOverride("beneficialOwnerUnverifiable", AmlRisk.PROHIBITED,
                "受益所有人身份无法核实（" + String.join("、", names) + "）→ " + AmlRisk.PROHIBITED.zh(),
                "A beneficial owner's identity could not be verified (" + String.join(", ", names) + ") → "
                        + AmlRisk.PROHIBITED.en()));
    }

    private static Optional<RatingOverride> confirmedWatchListHit(RatingInput in) {
        if (!in.activity().flags().confirmedWatchListHit()) {
            return Optional.empty();
        }
        return Optional.of(new RatingOverride("confirmedWatchListHit", AmlRisk.PROHIBITED,
                "经确认命中监控名单 → " + AmlRisk.PROHIBITED.zh(), "Confirmed watch-list match → " + AmlRisk.PROHIBITED.en()));
    }

    private static Optional<RatingOverride> politicallyExposedAtLeastHigh(RatingInput in) {
        Pep pep = in.profile() == null ? null : in.profile().pep();
        if (pep == null || !pep.isPep()) {
            return Optional.empty();
        }
        return Optional.of(new RatingOverride("politicallyExposed", AmlRisk.HIGH,
                "政治公众人物 → 至少" + AmlRisk.HIGH.zh(), "Politically exposed person → at least " + AmlRisk.HIGH.en()));
    }

    private static Optional<RatingOverride> openSuspiciousReport(RatingInput in) {
        if (!in.activity().flags().openSuspiciousReport()) {
            return Optional.empty();
        }
        return Optional.of(new RatingOverride("openSuspiciousReport", AmlRisk.HIGH,
                "有未结的可疑交易报告案件 → 至少" + AmlRisk.HIGH.zh(),
                "An open suspicious-transaction report case → at least " + AmlRisk.HIGH.en()));
    }

    // --- helpers

    private static Optional<RatingFactor> factor(Policy policy, String code, String zh, String en) {
        int points = policy.aml().rating().points(code);
        return Optional.of(new RatingFactor(code, points, zh + "（+" + points + " 分）", en + " (+" + points + " points)"));
    }

    private static List<Corporate.BeneficialOwner> owners(RatingInput in) {
        Corporate corporate = in.profile() == null ? null : in.profile().corporate();
        return corporate == null ? List.of() : corporate.beneficialOwners();
    }

    private static boolean listed(java.util.Set<String> list, String value) {
        String trimmed = value.strip();
        return list.stream().anyMatch(entry -> entry.equalsIgnoreCase(trimmed));
    }
}
