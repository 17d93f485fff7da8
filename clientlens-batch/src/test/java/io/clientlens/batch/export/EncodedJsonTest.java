package io.clientlens.batch.export;

import io.clientlens.batch.json.Json;
import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-encoded parts of the document must write the bytes the generator writes for the plain values. */
class EncodedJsonTest {

    @Test
    void everyCodeOfEveryDimensionIsEncodedAndWritesTheMapDocument() {
        for (Dimension d : Dimension.values()) {
            assertThat(EncodedJson.name(d).getValue()).isEqualTo(d.code());
            for (String code : EncodedJson.codesOf(d)) {
                EncodedJson.Value value = EncodedJson.value(d, code, d.labelOf(code));
                assertThat(value).as("%s %s", d, code).isNotNull();
                assertThat(value.code().getValue()).isEqualTo(code);
                assertThat(value.labelObject().getValue())
                        .isEqualTo(Json.write(Map.of("zh", d.labelOf(code).zh())).replace("}", "")
                                + ",\"en\":" + Json.write(d.labelOf(code).en()) + "}");
                assertSameAsMaps(classification(d, code, d.labelOf(code)));
            }
        }
    }

    @Test
    void aLabelOtherThanTheDimensionsOwnIsWrittenAsItIs() {
        Label own = Dimension.AUM_TIER.labelOf("MASS");
        Label other = Label.of("另一个 \"标签\"", "Other \\ label");
        assertThat(EncodedJson.value(Dimension.AUM_TIER, "MASS", other)).isNull();
        assertThat(EncodedJson.value(Dimension.AUM_TIER, "MASS", own)).isNotNull();
        assertThat(EncodedJson.value(Dimension.REGION, "北京市", Dimension.REGION.labelOf("北京市"))).isNull();
        Classification c = classification(Dimension.AUM_TIER, "MASS", other);
        assertSameAsMaps(c);
        assertThat(ClassificationDocument.json(c, null)).contains("另一个 \\\"标签\\\"");
    }

    @Test
    void namesThroughTheCacheAndItsCollisionsWriteTheSameBytes() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < 3 * EncodedJson.NAME_SLOTS; i++) {
            inputs.put("name" + i + (i % 7 == 0 ? " \"q\" 名" : ""), i);
        }
        Map<Dimension, DimensionResult> dims = new EnumMap<>(Dimension.class);
        dims.put(Dimension.AUM_TIER, DimensionResult.of(Dimension.AUM_TIER, "MASS", inputs, new Reason("r", "中", "en")));
        Classification c = new Classification("C1", LocalDate.of(2026, 9, 30), "v1", inputs, dims);
        for (int round = 0; round < 3; round++) {
            assertSameAsMaps(c);
        }
    }

    @Test
    void numberTextIsTheTextOfThePlainValue() {
        String[] cases = {"0", "0.00", "0E+2", "0E-9", "10", "-10", "100.00", "-100.00", "105.0", "5.00", "612000.00",
                "612000.50", "1E+3", "-1E+3", "1.0E-7", "0.0000001", "1000000000000000000000.000", "0.10", "10.10",
                "99999999999999999999999999990.0", "-0.50", "20", "2E+1", "0.000000100"};
        for (String text : cases) {
            BigDecimal b = new BigDecimal(text);
            assertThat(ClassificationDocument.numberText(b)).as(text).isEqualTo(mapText(b));
        }
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            BigInteger unscaled = BigInteger.valueOf(random.nextLong() >> random.nextInt(64));
            if (random.nextBoolean()) {
                unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(5)));
            }
            BigDecimal b = new BigDecimal(unscaled, random.nextInt(14) - 4);
            assertThat(ClassificationDocument.numberText(b)).as("%s", b).isEqualTo(mapText(b));
        }
    }

    /** The number as the map document writes it (plainValue, then the mapper). */
    private static String mapText(BigDecimal b) {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("n", b);
        Classification c = new Classification("C1", LocalDate.of(2026, 9, 30), "v1", features, new EnumMap<>(Dimension.class));
        String json = Json.write(MapDocument.of(c).get("features"));
        return json.substring("{\"n\":".length(), json.length() - 1);
    }

    private static Classification classification(Dimension d, String code, Label label) {
        Map<Dimension, DimensionResult> dims = new EnumMap<>(Dimension.class);
        dims.put(d, new DimensionResult(d, code, label, Map.of("x", new BigDecimal("10.00")),
                java.util.List.of(new Reason("r", "理由 \"引号\"", "reason"))));
        return new Classification("C1", LocalDate.of(2026, 9, 30), "v1", Map.of("aum", BigDecimal.ONE), dims);
    }

    private static void assertSameAsMaps(Classification c) {
        String maps = Json.write(MapDocument.of(c));
        assertThat(ClassificationDocument.json(c, null)).isEqualTo(maps);
        assertThat(new String(ClassificationDocument.utf8(c, null), StandardCharsets.UTF_8)).isEqualTo(maps);
    }
}
