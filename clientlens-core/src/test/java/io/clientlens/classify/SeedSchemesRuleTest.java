package io.clientlens.classify;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Income;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.code.Dimension.AGE_BAND;
import static io.clientlens.code.Dimension.COAST;
import static io.clientlens.code.Dimension.GEO_ZONE;
import static io.clientlens.code.Dimension.INCOME_BAND;
import static io.clientlens.code.Dimension.URBAN_RURAL;
import static org.assertj.core.api.Assertions.assertThat;

/** geoZone, coast, urbanRural, ageBand and incomeBand from the policy's maps and bands (PolicyFixture: a few regions). */
class SeedSchemesRuleTest {

    private static CustomerFixture in(String region) {
        return customer("1").region(region);
    }

    private static CustomerFixture at(String address) {
        return customer("1").region("北京市").profile(Profile.builder("1").address(address).build());
    }

    @Test
    void theRegionFindsItsProvinceByFullShortOrEnglishName() {
        assertThat(Classify.code(in("北京市"), GEO_ZONE)).isEqualTo("NORTH");
        assertThat(Classify.code(in("北京市"), COAST)).isEqualTo("INLAND");
        assertThat(Classify.code(in("广东省深圳市"), GEO_ZONE)).isEqualTo("SOUTH");
        assertThat(Classify.code(in("广东省深圳市"), COAST)).isEqualTo("COASTAL");
        assertThat(Classify.code(in("山东"), GEO_ZONE)).isEqualTo("NORTH");
        assertThat(Classify.code(in("山东"), COAST)).isEqualTo("COASTAL");
        assertThat(Classify.code(in("内蒙古自治区呼和浩特市"), GEO_ZONE)).isEqualTo("NORTH");
        assertThat(Classify.code(in("中国 四川省 成都市"), COAST)).isEqualTo("INLAND");
        assertThat(Classify.code(in("Guangdong"), GEO_ZONE)).isEqualTo("SOUTH");
        assertThat(Classify.code(in("hong kong"), COAST)).isEqualTo("COASTAL");

        DimensionResult r = Classify.result(in("广东省深圳市"), GEO_ZONE);
        assertThat(r.reasons().get(0).zh()).isEqualTo("广东省位于秦岭—淮河一线以南（政策地区表） → 南方");
        assertThat(r.reasons().get(0).en()).isEqualTo("Guangdong lies south of the Qinling–Huaihe line (policy region map) → South");
        assertThat(r.inputs()).containsEntry("region", "广东省深圳市").containsEntry("province", "广东省");
        assertThat(Classify.result(in("北京市"), COAST).reasons().get(0).zh()).isEqualTo("北京市不临海（政策地区表） → 内陆");
    }

    @Test
    void anEnglishNameCountsAloneOrFollowedByACommaProvinceOrShiAndSpacesAreIgnored() {
        assertThat(Classify.code(in("Guangdong, Shenzhen"), GEO_ZONE)).isEqualTo("SOUTH");
        assertThat(Classify.code(in("Inner Mongolia Province"), GEO_ZONE)).isEqualTo("NORTH");
        assertThat(Classify.code(in("GUANGDONGSHI"), COAST)).isEqualTo("COASTAL");
        assertThat(Classify.code(in("广\u3000东省\t深圳市"), GEO_ZONE)).isEqualTo("SOUTH");
        assertThat(Classify.result(in("Guangdongese"), GEO_ZONE).reasons().get(0).rule()).isEqualTo("notInChina");
    }

    @Test
    void eachRegionMapIsMatchedWithItsOwnEnglishNames() {
        var first = new Policy.Geography(
                List.of(new Policy.Province("广东省", "广东", "Guangdong", "SOUTH", "COASTAL")),
                List.of(), List.of());
        var renamed = new Policy.Geography(
                List.of(new Policy.Province("广东省", "广东", "Canton", "SOUTH", "COASTAL")),
                List.of(), List.of());
        assertThat(Provinces.find("Guangdong", first)).isNotNull();
        assertThat(Provinces.find("Guangdong", renamed)).isNull();
        assertThat(Provinces.find("Canton", renamed)).isNotNull();
        assertThat(Provinces.find("Canton", first)).isNull();
    }

    @Test
    void aRegionOutsideChinaIsUnknownWithTheReason() {
        DimensionResult r = Classify.result(in("Hl.m. Praha"), GEO_ZONE);
        assertThat(r.isUnknown()).isTrue();
        assertThat(r.reasons().get(0).rule()).isEqualTo("notInChina");
        assertThat(r.reasons().get(0).zh()).contains("Hl.m. Praha", "不在中国的省级行政区内");
        assertThat(r.reasons().get(0).en()).contains("'Hl.m. Praha' is not in a Chinese province-level region");
        assertThat(Classify.result(in("Hl.m. Praha"), COAST).reasons().get(0).rule()).isEqualTo("notInChina");
        // without an address the city/country class says the same
        assertThat(Classify.result(in("Hl.m. Praha"), URBAN_RURAL).reasons().get(0).rule()).isEqualTo("notInChina");
    }

    @Test
    void aChineseRegionNotInTheMapAndAMissingRegionAreUnknown() {
        DimensionResult city = Classify.result(in("深圳市"), GEO_ZONE);
        assertThat(city.isUnknown()).isTrue();
        assertThat(city.reasons().get(0).rule()).isEqualTo("provinceNotRecognised");
        assertThat(city.reasons().get(0).zh()).contains("深圳市");
        DimensionResult none = Classify.result(in(null), COAST);
        assertThat(none.reasons().get(0).rule()).isEqualTo("regionMissing");
        assertThat(none.reasons().get(0).zh()).isEqualTo("地区和地址均未登记");
    }

    @Test
    void withoutARegionTheStartOfTheAddressCountsButIsNotRepeated() {
        CustomerFixture c = customer("1").region(null).profile(Profile.builder("1").address("上海市浦东新区世纪大道100号").build());
        DimensionResult r = Classify.result(c, COAST);
        assertThat(r.code()).isEqualTo("COASTAL");
        assertThat(r.inputs()).containsEntry("source", "address").doesNotContainValue("上海市浦东新区世纪大道100号");
        assertThat(r.reasons().get(0).zh()).doesNotContain("世纪大道");
    }

    @Test
    void urbanOrRuralFromTheAddressKeywords() {
        assertThat(Classify.code(at("北京市海淀区中关村大街1号"), URBAN_RURAL)).isEqualTo("URBAN");
        assertThat(Classify.code(at("四川省凉山州昭觉县支尔莫乡阿土列尔村"), URBAN_RURAL)).isEqualTo("RURAL");
        // 自治区 is the province, not a city district
        assertThat(Classify.code(at("内蒙古自治区锡林郭勒盟某旗某嘎查"), URBAN_RURAL)).isEqualTo("RURAL");
        DimensionResult urban = Classify.result(at("北京市朝阳区建国路88号"), URBAN_RURAL);
        assertThat(urban.reasons().get(0).zh()).isEqualTo("地址含城区关键词“区”（政策 geography.urbanKeywords） → 城市");
        assertThat(urban.reasons().get(0).en()).doesNotContain("建国路");
        assertThat(urban.inputs()).containsOnlyKeys("keyword");

        DimensionResult neither = Classify.result(at("某某大厦"), URBAN_RURAL);
        assertThat(neither.isUnknown()).isTrue();
        assertThat(neither.reasons().get(0).rule()).isEqualTo("noKeyword");
        assertThat(Classify.result(customer("1"), URBAN_RURAL).reasons().get(0).rule()).isEqualTo("addressMissing");
        assertThat(Classify.result(at("Vinohradska 12, Praha"), URBAN_RURAL).reasons().get(0).rule()).isEqualTo("notInChina");
    }

    @Test
    void ageBandsAtTheBoundaries() {
        assertThat(Classify.code(customer("1").ageAtAsOf(34), AGE_BAND)).isEqualTo("YOUTH");
        assertThat(Classify.code(customer("1").ageAtAsOf(35), AGE_BAND)).isEqualTo("MIDDLE");
        assertThat(Classify.code(customer("1").ageAtAsOf(59), AGE_BAND)).isEqualTo("MIDDLE");
        DimensionResult senior = Classify.result(customer("1").ageAtAsOf(60), AGE_BAND);
        assertThat(senior.code()).isEqualTo("SENIOR");
        assertThat(senior.reasons().get(0).zh()).isEqualTo("年龄 60 岁（≥ 60 岁） → 老年");
        assertThat(senior.reasons().get(0).en()).isEqualTo("Age 60 (≥ 60) → Senior");
        assertThat(Classify.result(customer("1").ageAtAsOf(40), AGE_BAND).reasons().get(0).zh())
                .isEqualTo("年龄 40 岁（35–59 岁） → 中年");
        DimensionResult none = Classify.result(customer("1").birthDate(null), AGE_BAND);
        assertThat(none.isUnknown()).isTrue();
        assertThat(none.reasons().get(0).en()).isEqualTo("Birth date missing: the age is unknown");
        assertThat(Classify.result(customer("1").type(CustomerType.CORPORATE), AGE_BAND).reasons().get(0).rule())
                .isEqualTo("corporate");
    }

    @Test
    void incomeBandFromTheAnnualNetIncome() {
        // 400,000 salary + 100,000 investment = 500,000: exactly the threshold
        Profile high = Profile.builder("1").income(new Income(bd(400_000), null, bd(100_000), null)).build();
        DimensionResult r = Classify.result(customer("1").profile(high), INCOME_BAND);
        assertThat(r.code()).isEqualTo("HIGH_INCOME");
        assertThat(r.reasons().get(0).zh()).isEqualTo("年税后收入 500,000 元（≥ 500,000 元） → 高收入");
        assertThat(r.reasons().get(0).en()).isEqualTo("Annual net income 500,000 CNY (≥ 500,000 CNY) → High income");
        Profile mid = Profile.builder("1").income(new Income(new BigDecimal("499999.99"), null, null, null)).build();
        assertThat(Classify.code(customer("1").profile(mid), INCOME_BAND)).isEqualTo("MID_LOW_INCOME");
        DimensionResult none = Classify.result(customer("1").profile(Profile.builder("1").build()), INCOME_BAND);
        assertThat(none.isUnknown()).isTrue();
        assertThat(none.reasons().get(0).zh()).isEqualTo("KYC资料中无收入信息");
        assertThat(Classify.result(customer("1"), INCOME_BAND).reasons().get(0).en()).isEqualTo("No income in the KYC profile");
    }

    @Test
    void incomeOccupationEducationAndTagsAreFeatures() {
        Profile p = Profile.builder("1").occupation("teacher").education("BACHELOR")
                .income(new Income(bd(120_000), null, null, null)).tags(List.of("价格敏感", "环保")).build();
        var features = Classify.alone(customer("1").profile(p)).features();
        assertThat(features).containsEntry("occupation", "teacher").containsEntry("education", "BACHELOR")
                .containsEntry("tags", List.of("价格敏感", "环保"));
        assertThat((BigDecimal) features.get("annualIncome")).isEqualByComparingTo("120000");
    }

    private static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }
}
