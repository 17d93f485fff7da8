package io.clientlens.batch.policy;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.clientlens.batch.policy.PolicyTexts.shipped;
import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every problem of a policy file is said in Chinese as well as in English, with Chinese punctuation. */
class PolicyProblemsInChineseTest {

    // English words of the problem texts: a Chinese text that still holds one was not translated
    private static final Pattern ENGLISH_PROSE = Pattern.compile(
            "\\b(expected|found|must|missing|required|unknown|least|most|between|means|write|already|listed|greater|less"
                    + "|negative|whole|each|problem|valid|document)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void saysAMissingKeyAndAnUnknownOneInChinese() {
        assertThat(chinese(shippedWith("churnMinTenureDays: 180", "churnDays: 180"))).containsExactly(
                "loyalty.churnDays：未知的键（应为以下之一：churnMinTenureDays、churnInactiveDays、loyalMinTenureDays、"
                        + "loyalRecentActivityDays、loyalMinProductTypes）",
                "loyalty.churnMinTenureDays：缺少（必填）：应为整数天数");
    }

    @Test
    void saysAValueOfTheWrongTypeInChinese() {
        assertThat(chinese(shippedWith("frequency:\n  windowDays: 365", "frequency:\n  windowDays: abc",
                "churnInactiveDays: 180", "churnInactiveDays: \"180\"", "faceToFaceRequired: true", "faceToFaceRequired: [x]")))
                .containsExactly(
                        "frequency.windowDays：应为整数天数，实际为 \"abc\"",
                        "loyalty.churnInactiveDays：应为整数天数，实际为文本 \"180\"（数字不要加引号）",
                        "suitability.faceToFaceRequired：应为 true 或 false，实际为一个列表");
    }

    @Test
    void saysARuleBetweenTwoKeysInChinese() {
        assertThat(chinese(shippedWith("classAShare: 0.80", "classAShare: 0.96")))
                .containsExactly("contribution.classBShare：必须大于 classAShare（0.96），实际为 0.95");
    }

    @Test
    void saysACodeThatIsNotACodeOfItsDimensionInChinese() {
        assertThat(chinese(shippedWith("{code: PRIVATE, min: 6000000}", "{code: RICH, min: 6000000}")))
                .containsExactly("aumTier.bands[2].code：“RICH”不是 aumTier 的代码（应为以下之一：MASS、AFFLUENT、PRIVATE）");
    }

    @Test
    void saysOverlappingBandsInChinese() {
        assertThat(chinese(shippedWith("{code: AFFLUENT, min: 500000", "{code: AFFLUENT, min: 400000")))
                .containsExactly("aumTier.bands[1].min：400000 与上一区间重叠（上一区间止于 500000）");
    }

    @Test
    void namesTheWholeFileAndABrokenLineInChinese() {
        assertThat(chinese("")).singleElement().asString().startsWith("（整个文件）：缺少（必填）：应包含键 version、currency");
        assertThat(chinese("version: v1\ncurrency: [CNY\n")).singleElement().asString().startsWith("第 3 行第 1 列：不是有效的 YAML：");
    }

    @Test
    void theMessageSaysTheFileAndHowManyProblemsInEitherLanguage() {
        PolicyInvalid invalid = invalid(shippedWith("classAShare: 0.80", "classAShare: 0.96", "currency: CNY", "currency: rmb"));
        assertThat(invalid.in(Language.ZH)).isEqualTo("""
                bank.yaml 不是有效的政策文件（2 个问题）：
                  currency：应为三位字母的 ISO 4217 币种代码，如 CNY，实际为 "rmb"
                  contribution.classBShare：必须大于 classAShare（0.96），实际为 0.95""");
        assertThat(invalid.in(Language.EN)).isEqualTo(invalid.getMessage())
                .startsWith("bank.yaml is not a valid policy (2 problems):\n  currency: expected a three-letter ISO 4217 code");
        assertThat(invalid.problemsIn(Language.EN)).isEqualTo(invalid.problems());
    }

    @Test
    void everyProblemOfABadlyBrokenPolicyIsSaidInChinese() {
        String broken = shippedWith(
                "currency: CNY", "currency: 156",
                "homeCountries: [CN]", "homeCountries: [CN, CN, cn]",
                "feeCategories: [\"SANKC. UROK\", SLUZBY, PENALTY_INTEREST, FEE]", "feeCategories: [ATM]",
                "{code: AFFLUENT, min: 500000", "{code: PRIVATE, min: 400000",
                "classAShare: 0.80", "classAShare: 0.96",
                "aumRate: 0.015", "aumRate: 1.5",
                "loyalMinProductTypes: 2", "loyalMinProductTypes: 0",
                "retirementAge: 60", "retirementAge: sixty",
                "recency: bands", "recency: deciles",
                "recencyBandDays: [7, 30, 90, 180]", "recencyBandDays: [7, 90, 30]",
                "percentiles: [0.2, 0.4, 0.6, 0.8]", "percentiles: [0.2, 0.6, 0.4, 1.0]",
                "highMarketRiskMinRisk: R5", "highMarketRiskMinRisk: R3",
                "savingsRatio: {min: 0.5, max: 0.7}", "savingsRatio: {min: 0.7, max: 0.5}",
                "lifeExpectancy: 85", "lifeExpectancy: 50",
                "{name: 北京市, short: 北京,", "{name: 北京市, short: 京北,",
                "minGaps: 2", "minGaps: 9",
                "retirementGap: EDUCATION_AND_RETIREMENT", "retirementGap: TRAVEL",
                "mediumShare: 0.95", "mediumShare: 0.5",
                "levels: {mediumFrom: 30, highFrom: 60}", "levels: {mediumFrom: 30, highFrom: 20}",
                "direction: ANY, score: 50", "direction: SIDEWAYS, score: 500",
                "maxAge: 75", "maxAge: 10",
                "queue: RM_GREEN_CHANNEL", "queue: FAST_LANE",
                "maxAmount: 10000000000000", "maxAmount: 0",
                "absoluteMinutes: 480", "absoluteMinutes: 10",
                "screening: {latinThreshold: 0.92}", "screening: {latinThreshold: 0.92, extra: 1}");
        PolicyInvalid invalid = invalid(broken);

        assertThat(invalid.details()).hasSizeGreaterThan(20);
        assertThat(invalid.details()).allSatisfy(PolicyProblemsInChineseTest::isSaidInChinese);
    }

    /** Each key and each value of the shipped file made wrong in turn: every problem this finds has its Chinese. */
    @Test
    void everyProblemFoundByBreakingEachValueOfTheShippedFileIsSaidInChinese() {
        String text = shipped();
        List<PolicyInvalid.Problem> found = new ArrayList<>();
        Matcher key = Pattern.compile("(\\w+): ([\\w.\"-]+|[\\[{])").matcher(text);
        while (key.find()) {
            found.addAll(problemsOf(text.substring(0, key.end(1)) + "X" + text.substring(key.end(1))));
            if (key.group(2).matches("[\\[{]")) {
                continue;
            }
            for (String wrong : List.of("abc", "-7", "1.5", "[x]", "{}")) {
                found.addAll(problemsOf(text.substring(0, key.start(2)) + wrong + text.substring(key.end(2))));
            }
        }

        assertThat(found.stream().map(PolicyInvalid.Problem::en).distinct().count()).as("kinds of problem found").isGreaterThan(100);
        assertThat(found).allSatisfy(PolicyProblemsInChineseTest::isSaidInChinese);
    }

    private static void isSaidInChinese(PolicyInvalid.Problem problem) {
        if (problem.path().isEmpty()) {
            // a syntax error: where is said in Chinese, what the parser stumbled on in its own (English) words
            assertThat(problem.zh()).containsPattern("^第 \\d+ 行第 \\d+ 列：不是有效的 YAML：");
            return;
        }
        assertThat(problem.zh()).as(problem.en()).isNotBlank().isNotEqualTo(problem.en())
                .containsPattern("\\p{IsHan}").doesNotContainPattern(ENGLISH_PROSE);
        assertThat(problem.in(Language.ZH)).as(problem.en()).doesNotContain("(", ")");
    }

    private static List<String> chinese(String yaml) {
        return invalid(yaml).problemsIn(Language.ZH);
    }

    private static List<PolicyInvalid.Problem> problemsOf(String yaml) {
        try {
            PolicyYaml.parse(yaml, "bank.yaml");
            return List.of();
        } catch (PolicyInvalid invalid) {
            return invalid.details();
        }
    }

    private static PolicyInvalid invalid(String yaml) {
        List<PolicyInvalid> thrown = new ArrayList<>();
        assertThatThrownBy(() -> PolicyYaml.parse(yaml, "bank.yaml")).isInstanceOfSatisfying(PolicyInvalid.class, thrown::add);
        return thrown.get(0);
    }
}
