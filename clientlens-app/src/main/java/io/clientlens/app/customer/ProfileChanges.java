package io.clientlens.app.customer;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.identity.Masking;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What changed between two versions of a customer's profile document, field by field, with personal identifiers
 * masked as everywhere else (docs/SECURITY.md): names surname + *, resident ID numbers first 4 + last 1, mobiles
 * first 3 + last 4, e-mail addresses first letter + domain, birth dates to the year, addresses to the city, employers
 * as *. Amounts and other facts are shown as they are.
 *
 * <p>A field is a path in the document ({@code mobile}, {@code income.salary}, {@code family[1].birthDate},
 * {@code sources.income.collectedOn}); a list of plain values ({@code hobbies}) is one field. A missing value is
 * null, an empty list the empty text. Numbers are compared by value, as the database compares stored documents,
 * so {@code 300000} and {@code 300000.00} are no change. Both documents are first read as profiles and written again,
 * so that the differences are of the facts and not of how a document was written: a stored document that leaves out
 * the investment product types and the same profile saved with an empty list of them hold the same facts.
 */
public final class ProfileChanges {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    // birth dates (the customer's and the family's) to the year, the address to the city and the employer hidden, as the
    // masked views show them: the trail is read by roles that see these only masked
    private static final Map<String, UnaryOperator<String>> MASKS = masks();

    private static Map<String, UnaryOperator<String>> masks() {
        Map<String, UnaryOperator<String>> masks = new java.util.HashMap<>(ProfileForm.DETAIL_MASKS);
        masks.putAll(Map.of("name", Masking::name, "legalRepresentative", Masking::name, "residentId", Masking::residentId,
                "mobile", Masking::mobile, "email", Masking::email));
        return Map.copyOf(masks);
    }

    private ProfileChanges() {
    }

    /** One changed field: masked before and after; null where the value was or is missing. */
    public record Change(String field, String before, String after) {
        public Map<String, Object> asMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("field", field);
            m.put("before", before);
            m.put("after", after);
            return m;
        }
    }

    /** The changes from {@code before} to {@code after} (profile documents as JSON), in field order; empty when none. */
    public static List<Change> between(String before, String after) {
        JsonNode old = JSON.readTree(asProfile(before));
        JsonNode now = JSON.readTree(asProfile(after));
        boolean company = "CORPORATE".equals(text(now.get("type"))) || "CORPORATE".equals(text(old.get("type")));
        Map<String, JsonNode> a = flat(old);
        Map<String, JsonNode> b = flat(now);
        Set<String> fields = new TreeSet<>(ProfileChanges::byPosition);
        fields.addAll(a.keySet());
        fields.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode x = a.get(field);
            JsonNode y = b.get(field);
            if (!same(x, y)) {
                changes.add(new Change(field, shown(field, x, company), shown(field, y, company)));
            }
        }
        return changes;
    }

    /** The document as the profile it holds is written; as it is when it is no longer a valid profile. */
    private static String asProfile(String document) {
        try {
            return ProfileDocuments.toJson(ProfileDocuments.fromJson(document));
        } catch (RuntimeException notAProfile) {
            return document;
        }
    }

    /** Leaves by path; a list of plain values is one leaf. */
    private static Map<String, JsonNode> flat(JsonNode doc) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        flat(doc, "", leaves);
        return leaves;
    }

    private static void flat(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flat(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty() && (node.get(0).isObject() || node.get(0).isArray())) {
            for (int i = 0; i < node.size(); i++) {
                flat(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static boolean same(JsonNode x, JsonNode y) {
        if (x == null || y == null) {
            return x == y;
        }
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return Objects.equals(value(x), value(y));
    }

    private static String shown(String field, JsonNode node, boolean company) {
        if (node == null) {
            return null;
        }
        String value = value(node);
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        if (field.equals("name") && company) {
            return value; // a company's name is public, as its USCC
        }
        UnaryOperator<String> mask = MASKS.get(last);
        return mask == null ? value : mask.apply(value);
    }

    private static String value(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return String.join(", ", items);
        }
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue();
            return d.toPlainString();
        }
        return node.isString() ? node.asString() : node.toString();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }

    // the facts by name, family[2] before family[10], then where the facts came from (sources.*)
    private static int byPosition(String a, String b) {
        boolean sourceA = a.startsWith("sources.");
        boolean sourceB = b.startsWith("sources.");
        return sourceA != sourceB ? Boolean.compare(sourceA, sourceB) : pad(a).compareTo(pad(b));
    }

    private static String pad(String path) {
        return java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path)
                .replaceAll(m -> "[" + "0".repeat(Math.max(0, 6 - m.group(1).length())) + m.group(1) + "]");
    }
}
