package io.clientlens.batch.policy;

import io.clientlens.batch.policy.PolicyNode.Unit;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.AmlPolicy;
import io.clientlens.policy.Bands;
import io.clientlens.policy.Policy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static io.clientlens.batch.policy.PolicyValues.anyNull;
import static io.clientlens.batch.policy.PolicyValues.atLeastZero;
import static io.clientlens.batch.policy.PolicyValues.bands;
import static io.clientlens.batch.policy.PolicyValues.code;
import static io.clientlens.batch.policy.PolicyValues.distinct;
import static io.clientlens.batch.policy.PolicyValues.matching;
import static io.clientlens.batch.policy.PolicyValues.rate;
import static io.clientlens.batch.policy.PolicyValues.share;
import static io.clientlens.batch.policy.PolicyValues.texts;

/**
 * Reads the classification policy (docs/POLICY.md) from YAML and checks it completely: unknown and
 * missing keys, wrong types, gapped or overlapping bands, codes that are not codes of their
 * dimension and inconsistent numbers. Any problem makes the whole file unusable ({@link PolicyInvalid}
 * lists them all), because a half-read policy would classify customers by thresholds nobody set.
 */
public final class PolicyYaml {

    static final String DEFAULT_RESOURCE = "/io/clientlens/policy/policy-v1.yaml";
    static final int RFM_SCORES = 5;
    static final int RFM_CUT_POINTS = RFM_SCORES - 1;

    private static final List<String> TOP_KEYS = List.of("version", "currency", "homeCountries", "activity",
            "aumTier", "contribution", "valueClass", "frequency", "loyalty", "lifeStage", "investmentExperience", "rfm",
            "suitability", "needs", "geography", "ageBand", "incomeBand", "demand", "clv", "service", "validation", "sessions",
            "aml");

    private PolicyYaml() {
    }

    /** The policy shipped with ClientLens (policy v1: every default of docs/POLICY.md). */
    public static Policy defaults() {
        return Shipped.POLICY;
    }

    public static Policy load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new PolicyUnreadable(file, e);
        }
    }

    /** @param sourceName where the text came from, to name it in problems (a file name or resource) */
    public static Policy parse(String yaml, String sourceName) {
        Object document = document(yaml, sourceName);
        List<PolicyInvalid.Problem> problems = new ArrayList<>();
        Policy policy = policy(PolicyNode.root(document, problems));
        if (!problems.isEmpty()) {
            throw new PolicyInvalid(sourceName, problems);
        }
        return policy;
    }

    // Syntax errors stop reading: nothing after them can be trusted to be where it seems.
    static Object document(String yaml, String sourceName) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new ExactScalars(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            // the parser's own words say what it stumbled on; they are English only
            Label where = mark == null ? Label.of("", "") : Label.of("第 " + (mark.getLine() + 1) + " 行第 " + (mark.getColumn() + 1)
                    + " 列：", "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ");
            throw notYaml(sourceName, where, e.getProblem());
        } catch (YAMLException e) {
            throw notYaml(sourceName, Label.of("", ""), e.getMessage());
        }
    }

    private static PolicyInvalid notYaml(String sourceName, Label where, String parserSays) {
        return new PolicyInvalid(sourceName, List.of(new PolicyInvalid.Problem("",
                where.zh() + "不是有效的 YAML：" + parserSays, where.en() + "not valid YAML: " + parserSays)));
    }

    private static Policy policy(PolicyNode root) {
        if (!root.isMappingOf(TOP_KEYS)) {
            return null;
        }
        String version = version(root.get("version"));
        String currency = matching(root.get("currency"), "[A-Z]{3}",
                Label.of("三位字母的 ISO 4217 币种代码，如 CNY", "a three-letter ISO 4217 code such as CNY"));
        Set<String> homeCountries = homeCountries(root.get("homeCountries"));
        Policy.Activity activity = activity(root.get("activity"));
        Policy.AumTier aumTier = aumTier(root.get("aumTier"));
        Policy.Contribution contribution = contribution(root.get("contribution"));
        Policy.ValueClass valueClass = valueClass(root.get("valueClass"));
        Policy.Frequency frequency = frequency(root.get("frequency"));
        Policy.Loyalty loyalty = loyalty(root.get("loyalty"));
        Policy.LifeStage lifeStage = lifeStage(root.get("lifeStage"));
        Policy.InvestmentExperience investmentExperience = investmentExperience(root.get("investmentExperience"));
        Policy.Rfm rfm = rfm(root.get("rfm"));
        Policy.Suitability suitability = suitability(root.get("suitability"));
        Policy.Needs needs = NeedsPolicyYaml.needs(root.get("needs"));
        Policy.Schemes schemes = SchemesPolicyYaml.schemes(root);
        if (!root.get("service").isAbsent()) {
            ServicePolicyYaml.section(root.get("service")); // checked here too, read by ServicePolicyYaml
        }
        Policy.Validation validation = validation(root.get("validation"));
        Policy.Sessions sessions = sessions(root.get("sessions"));
        AmlPolicy aml = AmlPolicyYaml.aml(root.get("aml"));
        if (!root.problems().isEmpty()) {
            return null;
        }
        return new Policy(version, currency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, needs, schemes, validation, sessions, aml);
    }

    // Optional: a policy file written before sessions were part of the policy keeps the defaults.
    private static Policy.Sessions sessions(PolicyNode node) {
        if (node.isAbsent()) {
            return Policy.Sessions.DEFAULT;
        }
        if (!node.isMappingOf(List.of("idleMinutes", "absoluteMinutes"))) {
            return null;
        }
        Integer idle = node.get("idleMinutes").wholeNumber(Unit.MINUTES, 1);
        Integer absolute = node.get("absoluteMinutes").wholeNumber(Unit.MINUTES, 1);
        if (idle == null || absolute == null) {
            return null;
        }
        if (absolute < idle) {
            node.get("absoluteMinutes").problem("不能小于 idleMinutes（" + idle + "）", "must be at least idleMinutes (" + idle + ")",
                    PolicyNode.number(absolute));
            return null;
        }
        return new Policy.Sessions(idle, absolute);
    }

    // A version may be written as text (v1) or a number (3): both are recorded as text.
    private static String version(PolicyNode node) {
        if (node.value() instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return node.text();
    }

    private static Set<String> homeCountries(PolicyNode node) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            node.problem("至少需要一个国家或地区", "at least one country is required");
        }
        return distinct(items.stream()
                .map(item -> matching(item, "[A-Z]{2}",
                        Label.of("两位字母的 ISO 3166 国家或地区代码，如 CN", "a two-letter ISO 3166 country code such as CN"))).toList(), items);
    }

    private static Policy.Activity activity(PolicyNode node) {
        if (!node.isMappingOf(List.of("bankPostingCategories", "feeCategories"))) {
            return null;
        }
        int before = node.problems().size();
        Set<String> bankPostings = texts(node.get("bankPostingCategories"), true);
        Set<String> fees = texts(node.get("feeCategories"), false);
        if (bankPostings != null && fees != null) {
            // Fees are charged by the bank; a fee category that counted as customer activity would count twice.
            node.get("feeCategories").list().stream()
                    .filter(fee -> !bankPostings.contains((String) fee.value()))
                    .forEach(fee -> fee.problem("“" + fee.value() + "”不在 bankPostingCategories 中（手续费是银行记账，不是客户活动）",
                            "\"" + fee.value() + "\" is not one of bankPostingCategories (a fee is a bank posting, not customer activity)"));
        }
        return node.problems().size() > before ? null : new Policy.Activity(bankPostings, fees);
    }

    private static Policy.AumTier aumTier(PolicyNode node) {
        if (!node.isMappingOf(List.of("bands", "highEndMinNetAssets"))) {
            return null;
        }
        Bands bands = bands(node.get("bands"), Dimension.AUM_TIER);
        BigDecimal highEnd = atLeastZero(node.get("highEndMinNetAssets"));
        return bands == null || highEnd == null ? null : new Policy.AumTier(bands, highEnd);
    }

    private static Policy.Contribution contribution(PolicyNode node) {
        if (!node.isMappingOf(List.of("classAShare", "classBShare", "aumRate", "loanRate", "feeWindowDays"))) {
            return null;
        }
        int before = node.problems().size();
        BigDecimal classA = share(node.get("classAShare"), false);
        BigDecimal classB = share(node.get("classBShare"), true);
        if (classA != null && classB != null && classB.compareTo(classA) <= 0) {
            node.get("classBShare").mustBeGreaterThan("classAShare", PolicyNode.number(classA), PolicyNode.number(classB));
        }
        BigDecimal aumRate = rate(node.get("aumRate"));
        BigDecimal loanRate = rate(node.get("loanRate"));
        Integer feeWindowDays = node.get("feeWindowDays").wholeNumber(Unit.DAYS, 1);
        return node.problems().size() > before ? null
                : new Policy.Contribution(classA, classB, aumRate, loanRate, feeWindowDays);
    }

    private static Policy.ValueClass valueClass(PolicyNode node) {
        if (!node.isMappingOf(List.of("potentialMinTier"))) {
            return null;
        }
        String tier = code(node.get("potentialMinTier"), Dimension.AUM_TIER);
        return tier == null ? null : new Policy.ValueClass(tier);
    }

    private static Policy.Frequency frequency(PolicyNode node) {
        if (!node.isMappingOf(List.of("windowDays", "bands"))) {
            return null;
        }
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        Bands bands = bands(node.get("bands"), Dimension.FREQUENCY);
        return windowDays == null || bands == null ? null : new Policy.Frequency(windowDays, bands);
    }

    private static Policy.Loyalty loyalty(PolicyNode node) {
        if (!node.isMappingOf(List.of("churnMinTenureDays", "churnInactiveDays", "loyalMinTenureDays",
                "loyalRecentActivityDays", "loyalMinProductTypes"))) {
            return null;
        }
        Integer churnMinTenure = node.get("churnMinTenureDays").wholeNumber(Unit.DAYS, 1);
        Integer churnInactive = node.get("churnInactiveDays").wholeNumber(Unit.DAYS, 1);
        Integer loyalMinTenure = node.get("loyalMinTenureDays").wholeNumber(Unit.DAYS, 1);
        Integer loyalRecentActivity = node.get("loyalRecentActivityDays").wholeNumber(Unit.DAYS, 1);
        Integer loyalMinProductTypes = node.get("loyalMinProductTypes").wholeNumber(Unit.PRODUCT_TYPES, 1);
        return anyNull(churnMinTenure, churnInactive, loyalMinTenure, loyalRecentActivity, loyalMinProductTypes) ? null
                : new Policy.Loyalty(churnMinTenure, churnInactive, loyalMinTenure, loyalRecentActivity, loyalMinProductTypes);
    }

    private static Policy.LifeStage lifeStage(PolicyNode node) {
        if (!node.isMappingOf(List.of("retirementAge", "childIndependentAge", "byAge"))) {
            return null;
        }
        Integer retirementAge = node.get("retirementAge").wholeNumber(Unit.YEARS, 1);
        Integer childIndependentAge = node.get("childIndependentAge").wholeNumber(Unit.YEARS, 1);
        Bands byAge = bands(node.get("byAge"), Dimension.LIFE_STAGE);
        return anyNull(retirementAge, childIndependentAge, byAge) ? null
                : new Policy.LifeStage(retirementAge, childIndependentAge, byAge);
    }

    private static Policy.InvestmentExperience investmentExperience(PolicyNode node) {
        if (!node.isMappingOf(List.of("minYears", "minPurchases", "investmentProductTypes"))) {
            return null;
        }
        Integer minYears = node.get("minYears").wholeNumber(Unit.YEARS, 0);
        Integer minPurchases = node.get("minPurchases").wholeNumber(Unit.PURCHASES, 1);
        Set<String> productTypes = texts(node.get("investmentProductTypes"), true);
        return anyNull(minYears, minPurchases, productTypes) ? null
                : new Policy.InvestmentExperience(minYears, minPurchases, productTypes);
    }

    private static Policy.Rfm rfm(PolicyNode node) {
        if (!node.isMappingOf(List.of("windowDays", "recency", "recencyBandDays", "percentiles", "segments"))) {
            return null;
        }
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        Policy.Rfm.RecencyScoring recency = recencyScoring(node.get("recency"));
        List<Integer> bandDays = recencyBandDays(node.get("recencyBandDays"));
        List<BigDecimal> percentiles = percentiles(node.get("percentiles"));
        Map<Integer, List<String>> segments = segments(node.get("segments"));
        return anyNull(windowDays, recency, bandDays, percentiles, segments) ? null
                : new Policy.Rfm(windowDays, recency, bandDays, percentiles, segments);
    }

    /** bands (R from the day bands) or quintiles (R from the quintiles of −days). */
    private static Policy.Rfm.RecencyScoring recencyScoring(PolicyNode node) {
        String text = node.text();
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "bands" -> Policy.Rfm.RecencyScoring.BANDS;
            case "quintiles" -> Policy.Rfm.RecencyScoring.QUINTILES;
            default -> {
                node.problem("应为 bands 或 quintiles", "expected bands or quintiles", PolicyNode.quoted(text));
                yield null;
            }
        };
    }

    /** The most days since the last activity for R 5, 4, 3 and 2: exactly four, strictly increasing, whole days ≥ 0. */
    private static List<Integer> recencyBandDays(PolicyNode node) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        int before = node.problems().size();
        if (items.size() != RFM_CUT_POINTS) {
            node.problem("应恰好有 " + RFM_CUT_POINTS + " 个天数（R " + RFM_SCORES + " 到 2 各自的最多天数，如 [7, 30, 90, 180]）",
                    "expected exactly " + RFM_CUT_POINTS + " day counts (the most days for R " + RFM_SCORES
                    + " down to 2, e.g. [7, 30, 90, 180])", PolicyNode.number(items.size()));
        }
        List<Integer> days = new ArrayList<>();
        for (PolicyNode item : items) {
            Integer value = item.wholeNumber(Unit.DAYS, 0);
            if (value != null && !days.isEmpty() && value <= days.get(days.size() - 1)) {
                item.problem(value + " 必须大于前一个天数 " + days.get(days.size() - 1),
                        value + " must be greater than the day count before, " + days.get(days.size() - 1));
            }
            days.add(value == null ? 0 : value);
        }
        return node.problems().size() > before ? null : List.copyOf(days);
    }

    private static Policy.Suitability suitability(PolicyNode node) {
        if (!node.isMappingOf(List.of("assessmentValidityMonths", "reminderDaysBeforeExpiry", "faceToFaceRequired",
                "secondApprovalMinAmount", "amountWindowDays", "reviewBeforeSaleMinAmount", "reviewAfterSaleWorkingDays",
                "highMarketRiskMinRisk", "experiencedOnlyMinAmount", "auditRetentionYears"))) {
            return null;
        }
        Integer validity = node.get("assessmentValidityMonths").wholeNumber(Unit.MONTHS, 1);
        Integer reminder = node.get("reminderDaysBeforeExpiry").wholeNumber(Unit.DAYS, 0);
        Boolean faceToFace = PolicyValues.yesOrNo(node.get("faceToFaceRequired"));
        BigDecimal secondApproval = atLeastZero(node.get("secondApprovalMinAmount"));
        Integer window = node.get("amountWindowDays").wholeNumber(Unit.DAYS, 1);
        BigDecimal reviewBefore = atLeastZero(node.get("reviewBeforeSaleMinAmount"));
        Integer reviewAfter = node.get("reviewAfterSaleWorkingDays").wholeNumber(Unit.WORKING_DAYS, 0);
        String highMarketRisk = matching(node.get("highMarketRiskMinRisk"), "R[45]", Label.of(
                "R5（除产品目录另有标注外，仅 R5 产品属于高市场风险）或 R4（R4 与 R5）",
                "R5 (only R5 products count as high market risk unless the catalogue says so) or R4 (R4 and R5)"));
        BigDecimal experiencedOnly = atLeastZero(node.get("experiencedOnlyMinAmount"));
        Integer retention = node.get("auditRetentionYears").wholeNumber(Unit.YEARS, 1);
        return anyNull(validity, reminder, faceToFace, secondApproval, window, reviewBefore, reviewAfter, highMarketRisk,
                experiencedOnly, retention) ? null
                : new Policy.Suitability(validity, reminder, faceToFace, secondApproval, window, reviewBefore, reviewAfter,
                highMarketRisk, experiencedOnly, retention);
    }

    /** Bounds on input: {@code maxAmount}, a positive amount (amounts must be less than it). */
    private static Policy.Validation validation(PolicyNode node) {
        if (!node.isMappingOf(List.of("maxAmount"))) {
            return null;
        }
        BigDecimal max = atLeastZero(node.get("maxAmount"));
        if (max != null && max.signum() == 0) {
            node.get("maxAmount").problem("必须大于 0", "must be greater than 0");
            return null;
        }
        return max == null ? null : new Policy.Validation(max);
    }

    /** The cut points between scores: exactly four, strictly increasing, each a fraction in (0, 1). */
    private static List<BigDecimal> percentiles(PolicyNode node) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        int before = node.problems().size();
        if (items.size() != RFM_CUT_POINTS) {
            node.problem("应恰好有 " + RFM_CUT_POINTS + " 个分位点（1 到 " + RFM_SCORES + " 分之间的分界，如 [0.2, 0.4, 0.6, 0.8]）",
                    "expected exactly " + RFM_CUT_POINTS + " percentiles (the cut points between scores 1 to "
                    + RFM_SCORES + ", e.g. [0.2, 0.4, 0.6, 0.8])", PolicyNode.number(items.size()));
        }
        List<BigDecimal> values = new ArrayList<>();
        for (PolicyNode item : items) {
            BigDecimal value = item.decimal();
            if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0)) {
                item.problem("必须大于 0 且小于 1", "must be greater than 0 and less than 1", PolicyNode.number(value));
            } else if (value != null && !values.isEmpty() && value.compareTo(values.get(values.size() - 1)) <= 0) {
                String previous = values.get(values.size() - 1).toPlainString();
                item.problem(value.toPlainString() + " 必须大于前一个分位点 " + previous,
                        value.toPlainString() + " must be greater than the percentile before, " + previous);
            }
            values.add(value == null ? BigDecimal.ZERO : value);
        }
        return node.problems().size() > before ? null : List.copyOf(values);
    }

    /** The segment grid: a row for each R score 1–5, each with the codes for F scores 1–5. */
    private static Map<Integer, List<String>> segments(PolicyNode node) {
        List<String> scores = IntStream.rangeClosed(1, RFM_SCORES).mapToObj(String::valueOf).toList();
        if (!node.isMappingOf(scores)) {
            return null;
        }
        int before = node.problems().size();
        Map<Integer, List<String>> grid = new TreeMap<>();
        for (String score : scores) {
            PolicyNode row = node.get(score);
            if (row.isAbsent()) {
                row.missing("应为 R 分 " + score + " 对应的 " + RFM_SCORES + " 个分群代码",
                        "expected the " + RFM_SCORES + " segment codes for R score " + score);
                continue;
            }
            List<PolicyNode> cells = row.list();
            if (cells == null) {
                continue;
            }
            if (cells.size() != RFM_SCORES) {
                row.problem("应有 " + RFM_SCORES + " 个代码（F 分 1 到 " + RFM_SCORES + " 各一个）",
                        "expected " + RFM_SCORES + " codes (one per F score 1 to " + RFM_SCORES + ")", PolicyNode.number(cells.size()));
            }
            grid.put(Integer.valueOf(score), cells.stream().map(cell -> code(cell, Dimension.RFM_SEGMENT)).toList());
        }
        return node.problems().size() > before ? null : Collections.unmodifiableMap(grid);
    }

    /** Read once: the shipped file is part of the build, and a mistake in it is a bug. */
    /** The text of the shipped policy, comments included: what {@code policy show} prints. */
    public static String defaultText() {
        return Shipped.TEXT;
    }

    /** The text of a policy file. */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyUnreadable(file, e);
        }
    }

    private static final class Shipped {
        static final String TEXT = read();
        static final Policy POLICY = parse(TEXT, "classpath:" + DEFAULT_RESOURCE);

        private static String read() {
            try (InputStream in = PolicyYaml.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the default policy " + DEFAULT_RESOURCE + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
