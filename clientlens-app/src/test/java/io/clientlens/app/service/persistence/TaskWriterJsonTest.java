package io.clientlens.app.service.persistence;

import io.clientlens.batch.json.Json;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written JSON of a task's inputs reads back as what was written, whatever the characters. */
class TaskWriterJsonTest {
    @Test
    void quotesBackslashesAndControlCharactersSurvive() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("title", "子女\"教育\"金\\缺口\n第二行\t");
        inputs.put("amount", "500000.00");
        inputs.put("empty", "");
        String json = TaskWriter.json(inputs);
        assertThat(Json.read(json)).isEqualTo(Map.copyOf(inputs));
        assertThat(TaskWriter.json(Map.of())).isEqualTo("{}");
    }
}
