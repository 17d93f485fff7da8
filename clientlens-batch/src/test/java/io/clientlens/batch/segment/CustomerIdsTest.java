package io.clientlens.batch.segment;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerIdsTest {
    private static String id(String line) {
        return CustomerIds.of(line.getBytes(StandardCharsets.UTF_8), "customers.jsonl", 7);
    }

    @Test
    void readsTheIdWhereverItIsAmongTheTopLevelFields() {
        assertThat(id("{\"customerId\":\"C000001\",\"name\":\"王小明\"}")).isEqualTo("C000001");
        assertThat(id("{ \"customerId\" : \"客户-1\" }")).isEqualTo("客户-1");
        assertThat(id("{\"family\":[{\"customerId\":\"NOT-ME\"}],\"sources\":{},\"customerId\":\"C2\"}")).isEqualTo("C2");
    }

    @Test
    void unescapesAnIdWithAnEscape() {
        assertThat(id("{\"customerId\":\"C\\u0031\\\"x\"}")).isEqualTo("C1\"x");
    }

    @Test
    void namesTheLineOfADocumentWithoutAnId() {
        assertThatThrownBy(() -> id("{\"name\":\"王\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers.jsonl line 7")
                .hasMessageContaining("customerId");
        assertThatThrownBy(() -> id("{\"customerId\":\"\"}")).hasMessageContaining("line 7").hasMessageContaining("non-empty");
        assertThatThrownBy(() -> id("{\"customerId\":12}")).hasMessageContaining("line 7").hasMessageContaining("text");
        assertThatThrownBy(() -> id("[1,2]")).hasMessageContaining("line 7").hasMessageContaining("JSON object");
        assertThatThrownBy(() -> id("{\"customerId\" \"C1\"}")).hasMessageContaining("line 7").hasMessageContaining("not valid JSON");
    }
}
