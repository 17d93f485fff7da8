package io.clientlens.batch.export;

import io.clientlens.batch.json.Json;
import io.clientlens.classify.Classification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed document must be byte for byte the document built from maps (docs/SEGMENTS.md). */
class ClassificationDocumentTest {

    /** Every kind of feature value and a known, a text and an unknown dimension. */
    private static Classification classification() {
        return StoredClassificationTest.classification();
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
