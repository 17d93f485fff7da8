package io.clientlens.batch.export;

import io.clientlens.batch.json.Json;
import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed document must be byte for byte the document built from maps (docs/SEGMENTS.md). */
class ClassificationDocumentTest {

    private static Classification classification() {
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
    void streamedDocumentIsTheMapDocument() {
        Classification c = classification();
        String maps = Json.write(MapDocument.of(c));
        assertThat(ClassificationDocument.json(c, null)).isEqualTo(maps);
        assertThat(new String(ClassificationDocument.utf8(c, null), StandardCharsets.UTF_8)).isEqualTo(maps);
    }

    @Test
    void streamedPartsAreTheMapParts() {
        Classification c = classification();
        assertThat(ClassificationDocument.featuresJson(c))
                .isEqualTo(Json.write(MapDocument.of(c).get("features")));
        assertThat(ClassificationDocument.dimensionsJson(c))
                .isEqualTo(Json.write(MapDocument.dimensions(c)));
    }

    @Test
    void extraFieldsGoAtTheEndOfTheObject() {
        String json = ClassificationDocument.json(classification(), g -> g.writeStringProperty("more", "yes"));
        assertThat(json).endsWith("},\"more\":\"yes\"}");
    }
}
