package io.clientlens.batch.segment;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * The {@code customerId} of one customers.jsonl document, without reading the rest of it. The
 * whole document is checked later, when the profile is read for classification.
 */
public final class CustomerIds {
    private static final byte[] LEADING = "{\"customerId\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.shared();

    private CustomerIds() {
    }

    /**
     * @throws IllegalArgumentException naming the line when the document is not a JSON object
     *                                  with a text {@code customerId} among its top-level fields
     */
    public static String of(byte[] line, String file, long lineNumber) {
        String fast = leading(line);
        return fast != null ? fast : parsed(line, file, lineNumber);
    }

    /**
     * Writers of this layout (the generator, the Berka conversion, profile exports) put the id
     * first; such a line gives its id without a parser unless the id holds an escape.
     */
    private static String leading(byte[] line) {
        if (line.length <= LEADING.length) {
            return null;
        }
        for (int i = 0; i < LEADING.length; i++) {
            if (line[i] != LEADING[i]) {
                return null;
            }
        }
        for (int i = LEADING.length; i < line.length; i++) {
            byte b = line[i];
            if (b == '\\' || (b >= 0 && b < ' ')) {
                return null;
            }
            if (b == '"') {
                return i == LEADING.length ? null : new String(line, LEADING.length, i - LEADING.length, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String parsed(byte[] line, String file, long lineNumber) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(file, lineNumber, "a JSON object");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("customerId".equals(name)) {
                    if (value != JsonToken.VALUE_STRING || parser.getString().isBlank()) {
                        throw invalid(file, lineNumber, "customerId as non-empty text");
                    }
                    return parser.getString();
                }
                parser.skipChildren();
            }
            throw invalid(file, lineNumber, "a customerId field");
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " line " + lineNumber + ": not valid JSON ("
                    + e.getOriginalMessage() + "); expected one profile document per line (docs/generic-layout.md)", e);
        }
    }

    private static IllegalArgumentException invalid(String file, long lineNumber, String expected) {
        return new IllegalArgumentException(file + " line " + lineNumber + ": expected " + expected
                + " (one profile document per line, docs/generic-layout.md)");
    }
}
