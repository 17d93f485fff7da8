package io.clientlens.batch.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A JSON document kept as it was recorded (the inputs a decision saw, stored as jsonb): carried through typed records whole
 * and written back exactly as read, in the stored key order. Nothing decides on its content; code that needs a value from
 * it reads a typed field of its own instead.
 */
public record JsonDocument(Object tree) {

    /** Read as part of a larger document: whatever JSON stands there, as {@link Json#read} gives it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JsonDocument of(Object tree) {
        return new JsonDocument(tree);
    }

    /** The document of a stored JSON text (an object, an array or a scalar). */
    public static JsonDocument parse(String json) {
        return new JsonDocument(Json.read("{\"d\":" + json + "}").get("d"));
    }

    @JsonValue
    public Object tree() {
        return tree;
    }

    /** The document as JSON text. */
    public String text() {
        return Json.write(tree);
    }
}
