package io.clientlens.app.customer;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.customer.ProfileForm.Field;
import io.clientlens.app.customer.ProfileForm.Group;
import io.clientlens.app.customer.ProfileForm.Rows;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Profile;
import io.clientlens.customer.TypedAmount;
import io.clientlens.identity.Masking;
import org.springframework.stereotype.Service;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of a stored profile through the {@link ProfileForm}: the form's text becomes a profile
 * document over the stored one (facts the form does not show are kept), and that document is
 * checked by {@link ProfileValidation} exactly as a document PUT over REST. Nothing is saved while
 * any field is wrong.
 */
@Service
public class ProfileEdits {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]");
    private static final Pattern PATH_PART = Pattern.compile("^([^\\[]+)((?:\\[\\d+])*)$");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final int MAX_ROWS = 30;
    // the document's validation stops at the first value it cannot bind; each retry without it finds the next

    private final Customers customers;

    private BigDecimal maxAmount = io.clientlens.policy.Policy.Validation.V1.maxAmount();

    /** The policy's bound on amounts, when the application has a policy (docs/POLICY.md). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void policy(io.clientlens.policy.Policy policy) {
        maxAmount = policy.validation().maxAmount();
    }

    ProfileEdits(Customers customers) {
        this.customers = customers;
    }

    /** The form's text per field name (identity fields masked) and how many rows each repeated group shows. */
    public record FormValues(Map<String, String> values, Map<String, Integer> rows) {
        public String get(String field) {
            return values.getOrDefault(field, "");
        }
    }

    /** The result of a save: the stored profile, or the form as submitted with the problems by field name. */
    public sealed interface Outcome {
        record Saved(Profile profile) implements Outcome {
        }

        /** {@code general} holds problems that belong to no single field of the form. */
        record Rejected(FormValues form, Map<String, List<FieldProblem>> byField, List<FieldProblem> general) implements Outcome {
        }
    }

    /** The form filled from the stored profile, birth date, address and employer in clear. */
    public static FormValues formOf(Profile stored) {
        return formOf(stored, true);
    }

    /**
     * The form filled from the stored profile; without {@code detailsInClear} the birth date, address and employer
     * are masked ({@link ProfileForm#DETAIL_MASKS}) and kept as stored when sent back unchanged.
     */
    public static FormValues formOf(Profile stored, boolean detailsInClear) {
        JsonNode doc = tree(stored);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Group g : ProfileForm.GROUPS) {
            for (Field f : g.fields()) {
                String text = text(at(doc, f.path()));
                if (!detailsInClear && text != null && ProfileForm.DETAIL_MASKS.containsKey(f.path())) {
                    values.put(f.path(), ProfileForm.DETAIL_MASKS.get(f.path()).apply(text));
                    continue;
                }
                values.put(f.path(), f.kind() != ProfileForm.Kind.IDENTITY ? text
                        : f.path().equals("name") ? Masking.customerName(text, stored.typeOrIndividual())
                        : ProfileForm.MASKS.get(f.path()).apply(text));
            }
            if (g.rows() != null) {
                JsonNode array = doc.get(g.rows().array());
                int storedRows = array != null && array.isArray() ? array.size() : 0;
                for (int i = 0; i < storedRows; i++) {
                    for (Field f : g.rows().fields()) {
                        values.put(g.rows().path(i, f), text(array.get(i).get(f.path())));
                    }
                }
                rows.put(g.rows().array(), storedRows + ProfileForm.BLANK_ROWS);
            }
            values.put(g.sourceField(), text(at(doc, "sources." + g.group().key() + ".source")));
        }
        return new FormValues(values, rows);
    }

    /**
     * The form as submitted; unknown parameters are ignored. A field that was not sent at all is
     * left out (and its fact left as stored), unlike a field sent empty, which removes the fact.
     */
    public static FormValues submitted(Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Group g : ProfileForm.GROUPS) {
            g.fields().forEach(f -> putIfSent(values, f.path(), parameters));
            putIfSent(values, g.sourceField(), parameters);
            if (g.rows() != null) {
                int count = rowCount(g.rows(), parameters);
                for (int i = 0; i < count; i++) {
                    for (Field f : g.rows().fields()) {
                        values.put(g.rows().path(i, f), parameters.getOrDefault(g.rows().path(i, f), ""));
                    }
                }
                if (count > 0) {
                    rows.put(g.rows().array(), count);
                }
            }
        }
        return new FormValues(values, rows);
    }

    private static void putIfSent(Map<String, String> values, String field, Map<String, String> parameters) {
        if (parameters.containsKey(field)) {
            values.put(field, parameters.get(field));
        }
    }

    /** Checks the submitted form against the stored profile and saves it when every field is right. */
    public Outcome save(Profile stored, Map<String, String> parameters, LocalDate today) {
        FormValues form = submitted(parameters);
        Map<String, String> rowOrigins = new LinkedHashMap<>();
        ObjectNode document = document(tree(stored), form, today, rowOrigins);
        // an amount that is not one is explained by TypedAmount (what it expects), not again by the document's check
        List<FieldProblem> problems = new ArrayList<>(unreadableAmounts(form));
        Set<String> unreadable = new HashSet<>();
        problems.forEach(p -> unreadable.add(p.field()));
        List<FieldProblem> found = new ArrayList<>();
        Profile valid = validate(document, found, maxAmount);
        found.stream().filter(p -> !unreadable.contains(formField(p.field(), rowOrigins))).forEach(problems::add);
        if (valid != null) {
            customers.residentIdTakenFor(valid, Actors.current()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return rejected(form, problems, rowOrigins);
        }
        customers.save(valid, ChangedBy.user(Actors.current(), ChangedBy.WEB_FORM));
        return new Outcome.Saved(valid);
    }

    /** The amount fields of the form whose text is not an amount ({@link TypedAmount}), by form field name. */
    static List<FieldProblem> unreadableAmounts(FormValues form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Group g : ProfileForm.GROUPS) {
            for (Field f : g.fields()) {
                unreadableAmount(form, f, f.path()).ifPresent(problems::add);
            }
            if (g.rows() != null) {
                for (int i = 0; i < form.rows().getOrDefault(g.rows().array(), 0); i++) {
                    for (Field f : g.rows().fields()) {
                        unreadableAmount(form, f, g.rows().path(i, f)).ifPresent(problems::add);
                    }
                }
            }
        }
        return problems;
    }

    private static Optional<FieldProblem> unreadableAmount(FormValues form, Field field, String name) {
        String text = form.get(name);
        if (field.kind() != ProfileForm.Kind.AMOUNT || text.isBlank()
                || !(TypedAmount.parse(text) instanceof TypedAmount.Result.Refused refused)) {
            return Optional.empty();
        }
        return Optional.of(refused.problem(name));
    }

    /** The new document: the stored one with every form field set from the form's text. */
    static ObjectNode document(JsonNode stored, FormValues form, LocalDate today, Map<String, String> rowOrigins) {
        ObjectNode doc = (ObjectNode) stored.deepCopy();
        for (Group g : ProfileForm.GROUPS) {
            for (Field f : g.fields()) {
                if (form.values().containsKey(f.path())) {
                    put(doc, f.path(), value(f, form.get(f.path()), text(at(stored, f.path()))));
                }
            }
            if (g.rows() != null && form.rows().containsKey(g.rows().array())) {
                putRows(doc, stored, g.rows(), form, rowOrigins);
            }
            g.documentKeys().forEach(key -> {
                JsonNode node = doc.get(key);
                if (node != null && node.isObject() && node.isEmpty()) {
                    doc.remove(key); // a group with no facts is missing, not present and empty
                }
            });
        }
        doc.set("sources", sources(stored, doc, form, today));
        return doc;
    }

    private static void putRows(ObjectNode doc, JsonNode stored, Rows rows, FormValues form, Map<String, String> rowOrigins) {
        JsonNode storedArray = stored.get(rows.array());
        ArrayNode array = NODES.arrayNode();
        int count = form.rows().getOrDefault(rows.array(), 0);
        for (int i = 0; i < count; i++) {
            JsonNode base = storedArray != null && storedArray.isArray() && i < storedArray.size() ? storedArray.get(i) : null;
            ObjectNode row = base != null && base.isObject() ? (ObjectNode) base.deepCopy() : NODES.objectNode();
            boolean any = false;
            for (Field f : rows.fields()) {
                String text = form.get(rows.path(i, f));
                any |= !text.isBlank();
                put(row, f.path(), value(f, text, null));
            }
            if (any) { // a row with every field cleared is removed
                rowOrigins.put(rows.array() + "[" + array.size() + "]", rows.array() + "[" + i + "]");
                array.add(row);
            }
        }
        if (!array.isEmpty() || storedArray != null) {
            doc.set(rows.array(), array); // an empty list stays on record as "none", as it was
        } else {
            doc.remove(rows.array());
        }
    }

    /**
     * Whether two values of the document hold the same facts: numbers by value (300000 and the form's 300000.00 are one
     * amount), and nothing on record alike however it is written (missing, null, an empty text, list or group). So a
     * group saved untouched keeps the day its facts were collected.
     */
    static boolean sameFacts(JsonNode a, JsonNode b) {
        if (nothing(a) || nothing(b)) {
            return nothing(a) && nothing(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.HashSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            return names.stream().allMatch(n -> sameFacts(a.get(n), b.get(n)));
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameFacts(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Nothing on record: missing, null, an empty text or list, or a group whose every fact is nothing. */
    private static boolean nothing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isString() && node.asString().isEmpty())
                || (node.isArray() && node.isEmpty())
                || (node.isObject() && node.propertyNames().stream().allMatch(n -> nothing(node.get(n))));
    }

    /** Each group's source as chosen; its date is today when the group's facts or its source changed. */
    private static ObjectNode sources(JsonNode stored, ObjectNode doc, FormValues form, LocalDate today) {
        ObjectNode sources = NODES.objectNode();
        JsonNode before = stored.get("sources");
        for (Group g : ProfileForm.GROUPS) {
            JsonNode previous = before == null ? null : before.get(g.group().key());
            if (!form.values().containsKey(g.sourceField())) {
                if (previous != null) {
                    sources.set(g.group().key(), previous.deepCopy()); // not sent: left as recorded
                }
                continue;
            }
            String channel = form.get(g.sourceField()).strip();
            if (channel.isEmpty()) {
                continue;
            }
            boolean factsChanged = g.documentKeys().stream().anyMatch(k -> !sameFacts(stored.get(k), doc.get(k)));
            boolean sameSource = previous != null && channel.equals(text(previous.get("source")));
            String collectedOn = !factsChanged && sameSource && previous.get("collectedOn") != null
                    ? text(previous.get("collectedOn")) : today.toString();
            ObjectNode source = NODES.objectNode();
            source.put("source", channel);
            source.put("collectedOn", collectedOn);
            sources.set(g.group().key(), source);
        }
        return sources;
    }

    /**
     * Every problem of the document, found by the same validation as a REST PUT: after a problem
     * the offending value is taken out and the document checked again, so that one wrong amount
     * does not hide a wrong resident ID.
     */
    static Profile validate(ObjectNode document, List<FieldProblem> problems, BigDecimal maxAmount) {
        // The reader stops at some problems (a field of the wrong type hides the checks behind it), and the profile checks
        // (identity numbers, bounds) need a readable document: each round reads the document without the fields found
        // wrong so far, until it reads or nothing more can be taken out. Every round removes a field, so there are at
        // most as many rounds as fields on the form.
        ObjectNode attempt = document.deepCopy();
        while (true) {
            ProfileValidation.Checked checked = ProfileValidation.check(JSON.writeValueAsString(attempt), maxAmount);
            if (checked instanceof ProfileValidation.Checked.Valid valid) {
                return problems.isEmpty() ? valid.profile() : null;
            }
            if (checked instanceof ProfileValidation.Checked.Invalid invalid) {
                problems.addAll(invalid.problems());
                return null;
            }
            List<FieldProblem> unreadable = ((ProfileValidation.Checked.Unreadable) checked).problems();
            problems.addAll(unreadable);
            boolean removedAny = false;
            for (FieldProblem p : unreadable) {
                removedAny |= remove(attempt, p.field());
            }
            if (!removedAny) {
                return null;
            }
        }
    }

    private static Outcome.Rejected rejected(FormValues form, List<FieldProblem> problems, Map<String, String> rowOrigins) {
        Map<String, List<FieldProblem>> byField = new LinkedHashMap<>();
        List<FieldProblem> general = new ArrayList<>();
        for (FieldProblem p : problems) {
            String field = formField(p.field(), rowOrigins);
            if (form.values().containsKey(field)) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(p);
            } else {
                general.add(p);
            }
        }
        return new Outcome.Rejected(form, byField, general);
    }

    /** The form field a document path belongs to: rows renumbered as on the form, a source's parts to its select. */
    static String formField(String path, Map<String, String> rowOrigins) {
        if (path.startsWith("sources.")) {
            String[] parts = path.split("\\.");
            return parts.length >= 2 ? "sources." + parts[1] : path;
        }
        Matcher row = ROW.matcher(path);
        if (row.find()) {
            String origin = rowOrigins.get(row.group());
            return origin == null ? path : origin + path.substring(row.end());
        }
        return path;
    }

    private static int rowCount(Rows rows, Map<String, String> parameters) {
        int count = 0;
        String prefix = rows.array() + "[";
        for (String name : parameters.keySet()) {
            if (name.startsWith(prefix)) {
                Matcher m = ROW.matcher(name);
                if (m.find() && m.group(2).length() <= 2) {
                    count = Math.max(count, Integer.parseInt(m.group(2)) + 1);
                }
            }
        }
        return Math.min(count, MAX_ROWS);
    }

    /**
     * The document value of a field's text; null removes the fact. Text that is not a number is
     * passed on as text, so that the document's validation says what the field expects.
     */
    static JsonNode value(Field field, String text, String storedText) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        UnaryOperator<String> detail = ProfileForm.DETAIL_MASKS.get(field.path());
        if (detail != null && storedText != null && t.equals(detail.apply(storedText))) {
            return NODES.stringNode(storedText); // the masked value sent back: keep what is stored
        }
        return switch (field.kind()) {
            case IDENTITY -> NODES.stringNode(storedText != null && t.equals(ProfileForm.MASKS.get(field.path()).apply(storedText))
                    ? storedText : t);
            case AMOUNT -> TypedAmount.parse(t) instanceof TypedAmount.Result.Read read ? NODES.numberNode(read.amount())
                    : NODES.stringNode(t);
            case COUNT -> whole(t).<JsonNode>map(NODES::numberNode)
                    .orElseGet(() -> decimal(t).<JsonNode>map(NODES::numberNode).orElse(NODES.stringNode(t)));
            case BOOLEAN -> t.equals("true") || t.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(t)) : NODES.stringNode(t);
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                for (String item : t.split("[,，;；、]")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
                yield list;
            }
            case TEXT, DATE, CODE -> NODES.stringNode(t);
        };
    }

    private static Optional<BigDecimal> decimal(String t) {
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<BigInteger> whole(String t) {
        return t.matches("-?\\d{1,12}") ? Optional.of(new BigInteger(t)) : Optional.empty();
    }

    private static JsonNode tree(Profile profile) {
        return JSON.readTree(ProfileDocuments.toJson(profile));
    }

    /** The node at a dotted path without rows ({@code income.salary}), or null. */
    private static JsonNode at(JsonNode doc, String path) {
        JsonNode node = doc;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static void put(ObjectNode doc, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (child == null || !child.isObject()) {
                if (value == null) {
                    return;
                }
                child = NODES.objectNode();
                parent.set(parts[i], child);
            }
            parent = (ObjectNode) child;
        }
        if (value == null) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.set(parts[parts.length - 1], value);
        }
    }

    /** Removes the value at a document path such as {@code family[1].birthDate}; false when there is none. */
    static boolean remove(JsonNode doc, String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = PATH_PART.matcher(part);
            if (!m.matches()) {
                return false;
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.parseInt(index.group(1)));
            }
        }
        JsonNode node = doc;
        for (int i = 0; i < steps.size() - 1 && node != null; i++) {
            node = steps.get(i) instanceof Integer n ? node.get(n) : node.get((String) steps.get(i));
        }
        Object last = steps.get(steps.size() - 1);
        if (node instanceof ObjectNode object && last instanceof String name && object.has(name)) {
            object.remove(name);
            return true;
        }
        if (node instanceof ArrayNode array && last instanceof Integer n && n < array.size()) {
            array.set(n, NODES.nullNode());
            return true;
        }
        return false;
    }

    /** A value as the form shows it: numbers plain, lists joined with commas. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return String.join(", ", items);
        }
        return node.isString() ? node.asString() : node.toString();
    }
}
