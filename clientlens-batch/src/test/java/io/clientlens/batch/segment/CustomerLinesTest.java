package io.clientlens.batch.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerLinesTest {
    @TempDir
    Path tmp;

    private record Seen(String text, long lineNumber, long ordinal) {
    }

    private List<Seen> read(String content) throws IOException {
        Path file = tmp.resolve("customers.jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<Seen> seen = new ArrayList<>();
        try (CustomerLines lines = new CustomerLines(file)) {
            while (lines.next()) {
                seen.add(new Seen(new String(lines.line(), StandardCharsets.UTF_8), lines.lineNumber(), lines.ordinal()));
            }
        }
        return seen;
    }

    @Test
    void skipsBlankLinesButCountsThemInLineNumbers() throws IOException {
        assertThat(read("{\"a\":1}\n\n  \t\n{\"b\":\"王\"}\r\n\r\n{\"c\":3}"))
                .containsExactly(new Seen("{\"a\":1}", 1, 1), new Seen("{\"b\":\"王\"}", 4, 2), new Seen("{\"c\":3}", 6, 3));
    }

    @Test
    void readsAnEmptyFileAsNoDocuments() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }

    @Test
    void readsLinesLongerThanItsBufferAndAcrossBufferEdges() throws IOException {
        String longValue = "x".repeat(3 * (1 << 20) + 17);
        StringBuilder content = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            String doc = "{\"customerId\":\"C" + i + "\",\"note\":\"" + "y".repeat(i % 97) + "\"}";
            expected.add(doc);
            content.append(doc).append('\n');
            if (i == 20_000) {
                String big = "{\"customerId\":\"BIG\",\"note\":\"" + longValue + "\"}";
                expected.add(big);
                content.append(big).append('\n');
            }
        }
        List<Seen> seen = read(content.toString());
        assertThat(seen).extracting(Seen::text).containsExactlyElementsOf(expected);
        assertThat(seen.get(seen.size() - 1).ordinal()).isEqualTo(expected.size());
    }
}
