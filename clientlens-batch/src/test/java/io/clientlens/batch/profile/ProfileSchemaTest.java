package io.clientlens.batch.profile;

import io.clientlens.customer.FactGroup;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds docs/profile.schema.json to the records it describes, so that neither can change
 * without the other: same field names at every level, same enum codes, same value types.
 */
class ProfileSchemaTest {
    private static final JsonNode SCHEMA = JsonMapper.shared().readTree(schemaFile().toFile());

    @Test
    void isJsonSchemaDraft2020() {
        assertThat(SCHEMA.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void describesExactlyTheRecordFieldsWithTheirTypesAndEnumCodes() {
        List<String> mismatches = new ArrayList<>();

        compareRecord(Profile.class, SCHEMA, "", mismatches);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void keysSourcesByFactGroup() {
        List<String> keys = new ArrayList<>();
        SCHEMA.at("/properties/sources/propertyNames/enum").forEach(k -> keys.add(k.asString()));

        assertThat(keys).containsExactly(Arrays.stream(FactGroup.values()).map(FactGroup::key).toArray(String[]::new));
    }

    @Test
    void describesEveryFieldInEnglishAndChinese() {
        List<String> undescribed = new ArrayList<>();

        collectUndescribed(SCHEMA, "", undescribed);

        assertThat(undescribed).isEmpty();
    }

    @Test
    void domainExampleUsesOnlyFieldsOfTheSchema() {
        JsonNode example = JsonMapper.shared().readTree(ProfileFixture.domainExampleJson());
        List<String> unknown = new ArrayList<>();

        collectUnknownFields(example, SCHEMA, "", unknown);

        assertThat(unknown).isEmpty();
        assertThat(ProfileJson.read(ProfileFixture.domainExampleJson()).customerId()).isEqualTo("C0001");
    }

    private static void compareRecord(Class<?> record, JsonNode schema, String path, List<String> mismatches) {
        JsonNode object = resolve(schema);
        JsonNode properties = object.path("properties");
        Set<String> fields = new LinkedHashSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> fields.add(c.getName()));
        Set<String> described = new LinkedHashSet<>(properties.propertyNames());
        if (!fields.equals(described)) {
            mismatches.add(path + ": " + record.getSimpleName() + " has " + fields + ", schema has " + described);
        }
        if (!object.path("additionalProperties").isBoolean() || object.path("additionalProperties").asBoolean()) {
            mismatches.add(path + ": additionalProperties must be false");
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (properties.has(component.getName())) {
                String fieldPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                compareValue(component.getGenericType(), properties.get(component.getName()), fieldPath, mismatches);
            }
        }
    }

    private static void compareValue(Type type, JsonNode schema, String path, List<String> mismatches) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        JsonNode value = resolve(schema);
        if (raw.isRecord()) {
            expectType(value, "object", path, mismatches);
            compareRecord(raw, value, path, mismatches);
        } else if (List.class.isAssignableFrom(raw)) {
            expectType(value, "array", path, mismatches);
            compareValue(typeArgument(type, 0), value.path("items"), path + "[]", mismatches);
        } else if (Map.class.isAssignableFrom(raw)) {
            expectType(value, "object", path, mismatches);
            compareValue(typeArgument(type, 1), value.path("additionalProperties"), path + ".*", mismatches);
        } else if (raw.isEnum()) {
            List<String> codes = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> described = new ArrayList<>();
            value.path("enum").forEach(code -> described.add(code.asString()));
            if (!codes.equals(described)) {
                mismatches.add(path + ": enum " + codes + ", schema " + described);
            }
        } else if (raw == BigDecimal.class) {
            expectType(value, "number", path, mismatches);
            expectNotNegative(value, path, mismatches);
        } else if (raw == Integer.class) {
            expectType(value, "integer", path, mismatches);
            expectNotNegative(value, path, mismatches);
        } else if (raw == LocalDate.class) {
            expectType(value, "string", path, mismatches);
            if (!value.path("format").asString().equals("date")) {
                mismatches.add(path + ": a date needs format date");
            }
        } else if (raw == String.class) {
            expectType(value, "string", path, mismatches);
        } else if (raw == Boolean.class) {
            expectType(value, "boolean", path, mismatches);
        } else {
            mismatches.add(path + ": no schema rule for " + raw.getName());
        }
    }

    private static void expectType(JsonNode schema, String type, String path, List<String> mismatches) {
        if (!schema.path("type").asString().equals(type)) {
            mismatches.add(path + ": expected type " + type + ", schema says " + schema.path("type"));
        }
    }

    private static void expectNotNegative(JsonNode schema, String path, List<String> mismatches) {
        if (!schema.has("minimum") || schema.get("minimum").asInt() != 0) {
            mismatches.add(path + ": needs minimum 0");
        }
    }

    private static void collectUndescribed(JsonNode schema, String path, List<String> undescribed) {
        JsonNode properties = schema.path("properties");
        for (String name : properties.propertyNames()) {
            JsonNode property = properties.get(name);
            String description = property.path("description").asString("");
            // "English / 中文": a slash between, and at least one CJK character after it
            if (!description.matches("(?s)[^/]*\\p{IsLatin}.* / .*\\p{IsHan}.*")) {
                undescribed.add(path + name + ": \"" + description + "\"");
            }
            collectUndescribed(resolve(property), path + name + ".", undescribed);
            collectUndescribed(resolve(resolve(property).path("items")), path + name + "[].", undescribed);
        }
    }

    private static void collectUnknownFields(JsonNode document, JsonNode schema, String path, List<String> unknown) {
        JsonNode object = resolve(schema);
        if (document.isArray()) {
            document.forEach(element -> collectUnknownFields(element, object.path("items"), path + "[]", unknown));
        } else if (document.isObject()) {
            for (String name : document.propertyNames()) {
                String field = path.isEmpty() ? name : path + "." + name;
                if (!object.path("properties").has(name)) {
                    unknown.add(field);
                } else {
                    collectUnknownFields(document.get(name), object.path("properties").get(name), field, unknown);
                }
            }
        }
    }

    /** Follows a local {@code $ref} such as {@code #/$defs/amount}. */
    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#") ? SCHEMA.at(ref.substring(1)) : schema;
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    /** The repository root's docs folder, found by walking up from the module directory. */
    private static Path schemaFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/profile.schema.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/profile.schema.json not found above " + Path.of("").toAbsolutePath());
    }
}
