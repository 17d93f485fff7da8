package io.clientlens.batch.rules;

import org.junit.jupiter.api.Test;

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
}
