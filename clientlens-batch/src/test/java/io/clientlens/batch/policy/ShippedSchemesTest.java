package io.clientlens.batch.policy;

import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.code.Dimension;
import io.clientlens.customer.CustomerType;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geography, ageBand, incomeBand, demand and clv sections of the shipped policy: every one of
 * China's 34 province-level regions is mapped north or south and coastal or inland, and found by
 * its full and its short name; the defaults are those of docs/POLICY.md; mistakes are named.
 */
class ShippedSchemesTest {

    private final Policy policy = PolicyYaml.defaults();

    /** full name → short name, zone, coast: 23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs. */
    private static final Map<String, String[]> REGIONS = new LinkedHashMap<>();

    static {
        String[][] rows = {
                {"北京市", "北京", "NORTH", "INLAND"}, {"天津市", "天津", "NORTH", "COASTAL"},
                {"上海市", "上海", "SOUTH", "COASTAL"}, {"重庆市", "重庆", "SOUTH", "INLAND"},
                {"河北省", "河北", "NORTH", "COASTAL"}, {"山西省", "山西", "NORTH", "INLAND"},
                {"辽宁省", "辽宁", "NORTH", "COASTAL"}, {"吉林省", "吉林", "NORTH", "INLAND"},
                {"黑龙江省", "黑龙江", "NORTH", "INLAND"}, {"江苏省", "江苏", "SOUTH", "COASTAL"},
                {"浙江省", "浙江", "SOUTH", "COASTAL"}, {"安徽省", "安徽", "SOUTH", "INLAND"},
                {"福建省", "福建", "SOUTH", "COASTAL"}, {"江西省", "江西", "SOUTH", "INLAND"},
                {"山东省", "山东", "NORTH", "COASTAL"}, {"河南省", "河南", "NORTH", "INLAND"},
                {"湖北省", "湖北", "SOUTH", "INLAND"}, {"湖南省", "湖南", "SOUTH", "INLAND"},
                {"广东省", "广东", "SOUTH", "COASTAL"}, {"海南省", "海南", "SOUTH", "COASTAL"},
                {"四川省", "四川", "SOUTH", "INLAND"}, {"贵州省", "贵州", "SOUTH", "INLAND"},
                {"云南省", "云南", "SOUTH", "INLAND"}, {"陕西省", "陕西", "NORTH", "INLAND"},
                {"甘肃省", "甘肃", "NORTH", "INLAND"}, {"青海省", "青海", "NORTH", "INLAND"},
                {"台湾省", "台湾", "SOUTH", "COASTAL"},
                {"内蒙古自治区", "内蒙古", "NORTH", "INLAND"}, {"广西壮族自治区", "广西", "SOUTH", "COASTAL"},
                {"西藏自治区", "西藏", "SOUTH", "INLAND"}, {"宁夏回族自治区", "宁夏", "NORTH", "INLAND"},
                {"新疆维吾尔自治区", "新疆", "NORTH", "INLAND"},
                {"香港特别行政区", "香港", "SOUTH", "COASTAL"}, {"澳门特别行政区", "澳门", "SOUTH", "COASTAL"}};
        for (String[] row : rows) {
            REGIONS.put(row[0], new String[] {row[1], row[2], row[3]});
        }
    }

    @Test
    void mapsEachOfThe34ProvinceLevelRegionsExactlyOnce() {
        assertThat(REGIONS).hasSize(34);
        List<Policy.Province> provinces = policy.schemes().geography().provinces();
        assertThat(provinces).extracting(Policy.Province::name).containsExactlyInAnyOrderElementsOf(REGIONS.keySet());
        for (Policy.Province p : provinces) {
            String[] expected = REGIONS.get(p.name());
            assertThat(new String[] {p.shortName(), p.zone(), p.coast()}).as(p.name()).containsExactly(expected);
        }
    }

    @Test
    void theClassifierFindsEveryRegionByItsFullNameItsShortNameAndWithACityAfterIt() {
        ClassificationEngine engine = new ClassificationEngine(policy);
        PopulationStatistics none = PopulationStatistics.collector(policy).build();
        REGIONS.forEach((name, expected) -> {
            for (String region : List.of(name, expected[0], name + "某某市", " " + expected[0] + " ")) {
                var c = engine.classify(withRegion(region), LocalDate.of(2026, 9, 30), none);
                assertThat(c.code(Dimension.GEO_ZONE)).as(region).isEqualTo(expected[1]);
                assertThat(c.code(Dimension.COAST)).as(region).isEqualTo(expected[2]);
            }
        });
    }

    @Test
    void holdsTheDefaultBandsDemandAndLifetimeValueNumbers() {
        Policy.Schemes s = policy.schemes();
        assertThat(s.ageBands().bandOf(BigDecimal.valueOf(34)).code()).isEqualTo("YOUTH");
        assertThat(s.ageBands().bandOf(BigDecimal.valueOf(35)).code()).isEqualTo("MIDDLE");
        assertThat(s.ageBands().bandOf(BigDecimal.valueOf(60)).code()).isEqualTo("SENIOR");
        assertThat(s.incomeBands().bandOf(new BigDecimal("499999.99")).code()).isEqualTo("MID_LOW_INCOME");
        assertThat(s.incomeBands().bandOf(new BigDecimal("500000")).code()).isEqualTo("HIGH_INCOME");
        assertThat(s.demand().minGaps()).isEqualTo(2);
        assertThat(s.demand().minOpenNeeds()).isEqualTo(2);
        assertThat(s.demand().gapAreas()).containsEntry("lifeGap", "FAMILY_PROTECTION")
                .containsEntry("criticalIllnessGap", "FAMILY_PROTECTION").containsEntry("retirementGap", "EDUCATION_AND_RETIREMENT");
        assertThat(s.clv().horizonYears()).isEqualTo(5);
        assertThat(s.clv().yearlyDiscountRate()).isEqualTo(new BigDecimal("0.05"));
        assertThat(s.clv().retention()).containsEntry("LOYAL", new BigDecimal("0.95"))
                .containsEntry("GENERAL", new BigDecimal("0.85")).containsEntry("CHURNED", new BigDecimal("0.50"));
        assertThat(s.clv().highShare()).isEqualTo(new BigDecimal("0.80"));
        assertThat(s.clv().mediumShare()).isEqualTo(new BigDecimal("0.95"));
        assertThat(s.geography().urbanKeywords()).startsWith("区");
        assertThat(s.geography().ruralKeywords()).contains("村", "乡");
    }

    @Test
    void namesEveryMistakeInTheSchemes() {
        assertThat(problems(shippedWith(
                "{name: 北京市, short: 北京, en: Beijing, zone: NORTH, coast: INLAND}",
                "{name: 北京市, short: 北京, en: Beijing, zone: NORTHERN, coast: INLAND}",
                "{name: 湖南省, short: 湖南, en: Hunan, zone: SOUTH, coast: INLAND}",
                "{name: 湖南省, short: 湖, en: Hunan2, zone: SOUTH, coast: INLAND}",
                "minGaps: 2", "minGaps: 4",
                "retirementGap: EDUCATION_AND_RETIREMENT", "retirementGap: PENSION",
                "retention: {LOYAL: 0.95, GENERAL: 0.85, CHURNED: 0.50}", "retention: {LOYAL: 0.95, GENERAL: 1.85}",
                "mediumShare: 0.95", "mediumShare: 0.70")))
                .containsExactlyInAnyOrder(
                        "geography.provinces[0].zone: \"NORTHERN\" is not a code of geoZone (expected one of NORTH, SOUTH)",
                        "geography.provinces: the short name \"湖\" (湖南省) is the start of \"湖北\" (湖北省): a region must not be found by another's name",
                        "demand.minGaps: must be at most 3 (there are 3 gaps: lifeGap, criticalIllnessGap, retirementGap), found 4",
                        "demand.gapAreas.retirementGap: \"PENSION\" is not a planning area (expected one of CASH_AND_DEBT, "
                                + "FAMILY_PROTECTION, EDUCATION_AND_RETIREMENT, INVESTMENT, TAX, ESTATE)",
                        "clv.retention.GENERAL: must be a fraction between 0 and 1 (0.015 means 1.5 %), found 1.85",
                        "clv.retention.CHURNED: missing (required): expected the yearly retention rate of CHURNED customers (0.95 means 95 %)",
                        "clv.mediumShare: must be greater than highShare (0.80), found 0.70");
    }

    @Test
    void namesARegionGivenTwice() {
        assertThat(problems(shippedWith("{name: 澳门特别行政区, short: 澳门, en: Macao, zone: SOUTH, coast: COASTAL}",
                "{name: 香港特别行政区, short: 香港, en: Macao, zone: SOUTH, coast: COASTAL}")))
                .contains("geography.provinces[33].name: \"香港特别行政区\" is already given at geography.provinces[32].name; "
                        + "each name must name one region");
    }

    private static CustomerFeatures withRegion(String region) {
        return new CustomerFeatures("1", CustomerType.INDIVIDUAL, null, null, region, 0, 0, null, null, null, null, null,
                null, 0, null, null, List.of(), 0, 0, null);
    }

    private static List<String> problems(String yaml) {
        try {
            PolicyYaml.parse(yaml, "test.yaml");
        } catch (PolicyInvalid e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }
}
