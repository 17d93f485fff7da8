package io.clientlens.batch.rules;

import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.classify.Classification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompiledSegmentsTest {
    private static final String RULES = """
            version: 3
            segments:
              - name: young-affluent
                label: {zh: 年轻贵宾客户, en: Young affluent}
                priority: 10
                expression: 'features.age < 35 && dimensions.aumTier == "AFFLUENT"'
              - name: card-holders
                label: {zh: 持卡客户, en: Card holders}
                priority: 5
                expression: '"CARD" in features.productTypesHeld && features.aum > 1000'
            """;

    @Test
    void listsMatchingSegmentsByPriority() {
        CompiledSegments compiled = CompiledSegments.compile(SegmentRulesYaml.parse(RULES, "rules.yaml"), "rules.yaml");
        Map<String, Object> vars = SegmentVariables.of(
                Map.of("age", 30, "aum", new java.math.BigDecimal("600000.00"), "productTypesHeld", List.of("CARD", "DEPOSIT")),
                Map.of("aumTier", "AFFLUENT"));
        assertThat(compiled.matching(vars)).extracting(SegmentRule::name).containsExactly("card-holders", "young-affluent");
        Map<String, Object> old = SegmentVariables.of(Map.of("age", 50, "aum", 10, "productTypesHeld", List.of()),
                Map.of("aumTier", "AFFLUENT"));
        assertThat(compiled.matching(old)).isEmpty();
    }

    /**
     * A run looks each variable up as an expression reads it; the segments must be those of the whole activation the
     * server and target lists build. Expressions over every kind of variable, on generated customers with and
     * without the features they read (no age, no occupation, no tags, no activity).
     */
    @Test
    void variablesLookedUpWhenReadMatchTheSameSegmentsAsTheWholeActivation() {
        String rules = RULES + """
                  - name: everything
                    label: {zh: 全部变量, en: Every variable}
                    expression: >-
                      features.gender == "F" || features.contribution > 500.0 || features.loanOutstanding > 0
                      || features.fees365 > 5 || features.activityAmount365 > 1000.5 || features.daysSinceLastActivity > 200
                      || features.tenureDays > 600 || features.linkedAccounts > 2 || features.openLinkedAccounts > 1
                      || features.netAssets < 0.0 || features.investmentDaysAtBank > 300 || features.investmentPurchasesAtBank > 2
                      || features.clv > 10000.0 || features.annualIncome > 300000.0 || features.education == "master"
                      || features.cashAmount365 > 0.0 || features.creditAmount365 > 0.0 || features.crossBorderCount365 > 0
                  - name: missing-or-not
                    label: {zh: 缺失特征, en: Missing features}
                    expression: 'features.occupation == "engineer" || "价格敏感" in features.tags || features.age > 60'
                  - name: by-codes
                    label: {zh: 按类别, en: By codes}
                    expression: 'dimensions.riskLevel == "C3" && dimensions.lifeStage != "RETIREMENT" || dimensions.valueClass == "CORE"'
                """;
        CompiledSegments compiled = CompiledSegments.compile(SegmentRulesYaml.parse(rules, "rules.yaml"), "rules.yaml");
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        CustomerBaseGenerator generator = new CustomerBaseGenerator(GeneratorSettings.of(2000, 20260930L, asOf));
        List<CustomerFeatures> customers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            customers.add(features(i, generator.customer(i).profile()));
        }
        ClassificationEngine engine = new ClassificationEngine(PolicyYaml.defaults());
        PopulationStatistics.Collector collector = PopulationStatistics.collector(engine.policy());
        customers.forEach(collector::add);
        PopulationStatistics statistics = collector.build();
        Map<String, Integer> sizes = new java.util.TreeMap<>();
        int withoutAge = 0;
        for (CustomerFeatures f : customers) {
            Classification c = engine.classify(f, asOf, statistics);
            List<SegmentRule> whole = compiled.matching(SegmentVariables.of(c.features(), ClassificationDocument.codes(c)));
            assertThat(compiled.matching(SegmentVariables.of(c))).as(c.customerId()).isEqualTo(whole);
            whole.forEach(r -> sizes.merge(r.name(), 1, Integer::sum));
            withoutAge += c.features().get("age") == null ? 1 : 0;
        }
        // the customers exercise each expression both ways, and missing features
        assertThat(sizes).containsKeys("everything", "missing-or-not", "by-codes", "card-holders");
        assertThat(sizes.values()).allMatch(n -> n < 2000);
        assertThat(withoutAge).isPositive();
    }

    private static CustomerFeatures features(int i, Profile p) {
        return new CustomerFeatures(p.customerId(), p.typeOrIndividual(), p.birthDate(), p.gender(), p.region(),
                i % 7 == 0 ? 0 : 1 + i % 3, i % 7 == 0 ? 0 : 1, i % 7 == 0 ? null : 30 + i * 3,
                BigDecimal.valueOf(i * 1370L, 2), BigDecimal.ZERO, BigDecimal.valueOf(i % 5 * 1000L), BigDecimal.valueOf(i % 11),
                null, i % 13, BigDecimal.valueOf(i * 17L), i % 13 == 0 ? null : i % 400,
                i % 3 == 0 ? List.of("DEPOSIT", "CARD") : List.of("DEPOSIT"), i % 9 * 100L, i % 4, p);
    }

    @Test
    void theStandardMacrosWorkOverListsAsCelDefinesThem() {
        String rules = """
                version: 1
                segments:
                  - name: golfers
                    label: {zh: 高尔夫爱好者, en: Golfers}
                    priority: 1
                    expression: 'features.tags.exists(t, t == "高尔夫") && features.productTypesHeld.all(p, p != "LOAN")'
                """;
        CompiledSegments compiled = CompiledSegments.compile(SegmentRulesYaml.parse(rules, "rules.yaml"), "rules.yaml");
        assertThat(compiled.matching(SegmentVariables.of(Map.of("tags", List.of("高尔夫", "旅行"), "productTypesHeld", List.of("CARD")),
                Map.of("aumTier", "MASS")))).extracting(SegmentRule::name).containsExactly("golfers");
        assertThat(compiled.matching(SegmentVariables.of(Map.of("tags", List.of("旅行"), "productTypesHeld", List.of("CARD")),
                Map.of("aumTier", "MASS")))).isEmpty();
    }

    @Test
    void aMissingFeatureDoesNotMatch() {
        CompiledSegments compiled = CompiledSegments.compile(SegmentRulesYaml.parse(RULES, "rules.yaml"), "rules.yaml");
        assertThat(compiled.matching(SegmentVariables.of(Map.of("productTypesHeld", List.of()), Map.of("aumTier", "AFFLUENT"))))
                .isEmpty();
    }

    @Test
    void rejectsAnUnknownFeatureWithTheSegmentNameAndPosition() {
        String rules = RULES.replace("features.age < 35", "features.agee < 35");
        assertThatThrownBy(() -> CompiledSegments.compile(SegmentRulesYaml.parse(rules, "rules.yaml"), "rules.yaml"))
                .isInstanceOf(InvalidSegmentRules.class)
                .hasMessageContaining("rules.yaml")
                .hasMessageContaining("segment 'young-affluent' (line 6, column 1)")
                .hasMessageContaining("features.agee");
    }

    @Test
    void refusesACodeTheDimensionDoesNotHaveNamingItAndTheCodesThatExist() {
        String rules = RULES.replace("dimensions.aumTier == \"AFFLUENT\"", "dimensions.aumTier == \"AFFLUEN\"");
        assertThatThrownBy(() -> CompiledSegments.compile(SegmentRulesYaml.parse(rules, "rules.yaml"), "rules.yaml"))
                .isInstanceOfSatisfying(InvalidSegmentRules.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).segment()).isEqualTo("young-affluent");
                    assertThat(e.problems().get(0).text().zh()).contains("没有代码“AFFLUEN”", "AFFLUENT", "MASS")
                            .doesNotContain("has no code");
                    assertThat(e.problems().get(0).message()).contains("has no code 'AFFLUEN'", "AFFLUENT", "MASS")
                            .doesNotContain("没有代码");
                    assertThat(e.problems().get(0).column()).isEqualTo(22);
                });
        for (String wrong : new String[]{"'PRIVAT' == dimensions.aumTier", "dimensions.loyalty in ['LOYAL', 'LOYL']",
                "dimensions.aumTier != \"mass\""}) {
            assertThat(CompiledSegments.check(new SegmentRule("s", io.clientlens.code.Label.of("s", "s"), 0, wrong, 1))).as(wrong).isNotNull();
        }
        for (String right : new String[]{"dimensions.aumTier == 'UNKNOWN'", "dimensions.loyalty in ['LOYAL', 'CHURNED']",
                "dimensions.region == 'Praha'", "dimensions.customerType != \"\""}) {
            assertThat(CompiledSegments.check(new SegmentRule("s", io.clientlens.code.Label.of("s", "s"), 0, right, 1))).as(right).isNull();
        }
    }

    @Test
    void rejectsAnUnknownFunctionAndANonBooleanResult() {
        String rules = RULES.replace("features.age < 35 && ", "frobnicate(features.age) && ")
                .replace("'\"CARD\" in features.productTypesHeld && features.aum > 1000'", "'features.aum * 2.0'");
        assertThatThrownBy(() -> CompiledSegments.compile(SegmentRulesYaml.parse(rules, "rules.yaml"), "rules.yaml"))
                .isInstanceOfSatisfying(InvalidSegmentRules.class, e -> {
                    assertThat(e.problems()).extracting(InvalidSegmentRules.Problem::segment)
                            .containsExactly("card-holders", "young-affluent");
                    assertThat(e.problems().get(0).message()).contains("must be true or false").contains("double");
                    assertThat(e.problems().get(1).message()).contains("frobnicate");
                });
    }

    @Test
    void rejectsUnknownKeysAndMissingLabelsNamingTheLine() {
        String rules = RULES.replace("    priority: 5\n", "    priority: 5\n    colour: red\n");
        assertThatThrownBy(() -> SegmentRulesYaml.parse(rules, "rules.yaml"))
                .hasMessageContaining("segment 'card-holders' (line 10)").hasMessageContaining("unknown key 'colour'");
    }

    @Test
    void assessmentAndGeographyDimensionsAndTheKycFeaturesCanBeUsed() {
        String rules = """
                version: 4
                segments:
                  - name: northern-growth-engineers
                    label: {zh: 北方积极型工程师, en: Northern growth engineers}
                    priority: 1
                    expression: 'dimensions.riskLevel == "C4" && dimensions.geoZone == "NORTH" && features.occupation == "engineer"'
                  - name: price-sensitive-high-clv
                    label: {zh: 价格敏感的高价值客户, en: Price-sensitive high value}
                    priority: 2
                    expression: '"价格敏感" in features.tags && dimensions.clvClass == "HIGH" && features.clv > 10000.0
                      && features.annualIncome >= 500000.0 && features.education == "MASTER" && dimensions.demand != "LOW"'
                """;
        CompiledSegments compiled = CompiledSegments.compile(SegmentRulesYaml.parse(rules, "rules.yaml"), "rules.yaml");
        Map<String, Object> vars = SegmentVariables.of(
                Map.of("occupation", "engineer", "tags", List.of("价格敏感", "环保"), "clv", new java.math.BigDecimal("56105.44"),
                        "annualIncome", new java.math.BigDecimal("600000"), "education", "MASTER"),
                Map.of("riskLevel", "C4", "geoZone", "NORTH", "clvClass", "HIGH", "demand", "LATENT"));
        assertThat(compiled.matching(vars)).extracting(SegmentRule::name)
                .containsExactly("northern-growth-engineers", "price-sensitive-high-clv");
        Map<String, Object> south = SegmentVariables.of(Map.of("occupation", "engineer", "tags", List.of()),
                Map.of("riskLevel", "C4", "geoZone", "SOUTH", "clvClass", "HIGH", "demand", "LATENT"));
        assertThat(compiled.matching(south)).isEmpty();
    }
}
