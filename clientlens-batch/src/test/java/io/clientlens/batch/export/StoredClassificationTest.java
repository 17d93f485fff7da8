package io.clientlens.batch.export;

import io.clientlens.batch.json.Json;
import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored classification read back as a record writes the same JSON as the map it replaced (the stored texts read with
 * {@link Json#read}), so the customer API shows it as before; and its typed parts say what the document says.
 */
class StoredClassificationTest {

    static Classification classification() {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("age", 39);
        features.put("gender", "M");
        features.put("aum", new BigDecimal("612000.00"));
        features.put("fees365", new BigDecimal("12.50"));
        features.put("contribution", null);
        features.put("investmentDays", 400L);
        features.put("productTypesHeld", Set.of("FUND", "DEPOSIT", "BOND"));
        features.put("birthDate", LocalDate.of(1987, 1, 31));
        features.put("retired", Boolean.FALSE);
        features.put("share", 0.25d);
        features.put("list", List.of(new BigDecimal("1.50"), "x"));
        features.put("name", "王小明 \"quoted\" \\ \n");
        Map<Dimension, DimensionResult> dims = new EnumMap<>(Dimension.class);
        dims.put(Dimension.AUM_TIER, DimensionResult.of(Dimension.AUM_TIER, "MASS",
                Map.of("aum", new BigDecimal("1E+3")), new Reason("below", "资产 612,000 元 → 大众客户", "AUM 612,000 CNY → Mass")));
        dims.put(Dimension.REGION, DimensionResult.of(Dimension.REGION, "北京市", Map.of("region", "北京市"),
                new Reason("profile", "档案", "profile")));
        dims.put(Dimension.LOYALTY, DimensionResult.unknown(Dimension.LOYALTY, Map.of(),
                new Reason("noQuestionnaire", "无问卷", "no questionnaire on file")));
        return new Classification("C0001", LocalDate.of(2026, 9, 30), "v1", features, dims);
    }

    @Test
    void writesTheSameJsonAsTheMapItReplaced() {
        Classification c = classification();
        String features = ClassificationDocument.featuresJson(c);
        String dimensions = ClassificationDocument.dimensionsJson(c);
        Map<String, Object> asMap = new LinkedHashMap<>();
        asMap.put("customerId", "C0001");
        asMap.put("asOf", "2026-09-30");
        asMap.put("policyVersion", "v1");
        asMap.put("features", Json.read(features));
        asMap.put("dimensions", Json.read(dimensions));
        StoredClassification stored = StoredClassification.read("C0001", "2026-09-30", "v1", features, dimensions);
        assertThat(Json.write(stored)).isEqualTo(Json.write(asMap));
        assertThat(Json.write(stored.features())).isEqualTo(features);
        assertThat(Json.write(stored.dimensions())).isEqualTo(dimensions);
    }

    @Test
    void readsTheDimensionsAndFeaturesItHolds() {
        Classification c = classification();
        StoredClassification stored = StoredClassification.read("C0001", "2026-09-30", "v1", ClassificationDocument.featuresJson(c),
                ClassificationDocument.dimensionsJson(c));
        StoredClassification.StoredDimension aum = stored.dimension(Dimension.AUM_TIER).orElseThrow();
        assertThat(aum.code()).isEqualTo("MASS");
        assertThat(aum.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("below");
            assertThat(r.in(Language.EN)).isEqualTo("AUM 612,000 CNY → Mass");
        });
        assertThat(new BigDecimal(String.valueOf(stored.feature("aum")))).isEqualByComparingTo("612000");
        assertThat(stored.feature("nothing")).isNull();
        assertThat(stored.without(Dimension.AUM_TIER).dimension(Dimension.AUM_TIER)).isEmpty();
        assertThat(stored.without(Dimension.AUM_TIER).dimensions().keySet()).containsExactly(Dimension.REGION.code(), Dimension.LOYALTY.code());
    }
}
