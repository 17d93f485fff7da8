package io.clientlens.batch.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import io.clientlens.importing.NotUtf8Text;
import io.clientlens.importing.Utf8Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * The profile document of docs/profile.schema.json (schema: {@code docs/profile.schema.json}) read onto
 * and written from {@link Profile}.
 *
 * <p>Reading is strict because a silently dropped or coerced field would become a wrong KYC
 * fact: unknown fields, numbers given as text (and the reverse), fractional counts, numeric
 * enum codes and non-ISO dates are all rejected with the JSON path and what was expected.
 * Amounts are read as {@link java.math.BigDecimal} without passing through {@code double}.
 * Writing omits missing (null) values and keeps the record component order, so
 * {@code read(write(p))} equals {@code p}.
 */
public final class ProfileJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // isChild() and friends are behaviour, not document fields
            .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // the tree keeps 0.50 as 0.50, so the scale survives and round trips stay equal
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultLeniency(false)
            .addModule(new SimpleModule("iso-dates").setDeserializerModifier(new IsoDates()))
            // a mobile or id given as a number has already lost its leading zeros or digits
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .changeDefaultPropertyInclusion(any -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            // an empty sources map reads back as empty, so leaving it out keeps documents short
            .withConfigOverride(Map.class, map -> map.setInclude(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)))
            .build();

    /**
     * Reads one document from a parser this class owns, so that it can tell for itself what
     * follows: the next element of an array, or junk after a single document.
     */
    private static final ObjectReader ELEMENTS = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ProfileJson() {
    }

    public static Profile read(String json) {
        // a parser straight over the string: no reader and no 8K buffer for each of a batch's documents
        String text = withoutBom(json);
        try (JsonParser parser = ELEMENTS.createParser(text)) {
            return read(parser, "JSON");
        }
    }

    /** Reads one document; {@code sourceName} names it in the problems (a file name, a request). */
    public static Profile read(Reader json, String sourceName) {
        try (JsonParser parser = ELEMENTS.createParser(skipBom(new BufferedReader(json)))) {
            return read(parser, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Profile read(JsonParser parser, String sourceName) {
        JsonNode document;
        try {
            document = parser.nextToken() == null ? null : ELEMENTS.<JsonNode>readValue(parser);
            if (parser.nextToken() != null) {
                throw new ProfileInvalid(sourceName, List.of(contentAfterDocument(parser)));
            }
        } catch (JacksonException e) {
            throw new ProfileInvalid(sourceName, List.of(JsonProblems.of(e)));
        }
        return bind(document, sourceName);
    }

    public static String write(Profile profile) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
    }

    /** Compact, on one line: a line of a JSON Lines file. */
    public static String writeLine(Profile profile) {
        return MAPPER.writeValueAsString(profile);
    }

    /**
     * Reads a JSON Lines file, one document per line (blank lines are skipped). Each bad line
     * gives one issue per problem, with the JSON path as the column; the other lines are read.
     */
    public static void readLines(Path file, Consumer<Profile> good, Consumer<ImportIssue> bad) {
        readLinesLocated(file, (profile, line) -> good.accept(profile), bad);
    }

    /** As {@link #readLines}, also telling the line each profile starts at. */
    public static void readLinesLocated(Path file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        String name = file.toString();
        try (BufferedReader lines = new BufferedReader(Utf8Text.reader(java.nio.file.Files.newInputStream(file)))) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String text = line;
                if (!text.isBlank()) {
                    deliver(() -> read(new StringReader(text), name), name, lineNumber, good, bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a {@code .json} file holding one document or an array of documents. A bad document
     * in an array is reported at the line where it starts and the others are still read; broken
     * JSON syntax ends the file there, because nothing after it can be trusted.
     */
    public static void readDocuments(Path file, Consumer<Profile> good, Consumer<ImportIssue> bad) {
        readDocumentsLocated(file, (profile, line) -> good.accept(profile), bad);
    }

    /** As {@link #readDocuments}, also telling the line each profile starts at. */
    public static void readDocumentsLocated(Path file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        String name = file.toString();
        try (Reader reader = new BufferedReader(Utf8Text.reader(java.nio.file.Files.newInputStream(file)));
             JsonParser parser = ELEMENTS.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return; // an empty file holds no profile: the caller says so
            }
            if (first != JsonToken.START_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode document = ELEMENTS.<JsonNode>readValue(parser);
                deliver(() -> bind(document, name), name, line, good, bad);
                if (parser.nextToken() != null) {
                    bad.accept(new ImportIssue(name, parser.currentTokenLocation().getLineNr(), null,
                            contentAfterDocument(parser).reason()));
                }
                return;
            }
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode document = ELEMENTS.<JsonNode>readValue(parser);
                deliver(() -> bind(document, name), name, line, good, bad);
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof NotUtf8Text notText) {
                throw new UncheckedIOException(notText); // the file as a whole, not a JSON problem at some line
            }
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            bad.accept(new ImportIssue(name, line, null, JsonProblems.of(e).reason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Profile bind(JsonNode document, String sourceName) {
        List<ProfileProblem> problems = new ArrayList<>(DocumentChecks.problems(document));
        if (DocumentChecks.customerIdMissing(problems)) {
            throw new ProfileInvalid(sourceName, problems); // binding would only repeat it
        }
        try {
            Profile profile = MAPPER.treeToValue(document, Profile.class);
            if (problems.isEmpty()) {
                return profile;
            }
        } catch (JacksonException e) {
            ProfileProblem problem = JsonProblems.of(e);
            if (problems.stream().noneMatch(p -> p.path().equals(problem.path()))) {
                problems.add(problem);
            }
        }
        throw new ProfileInvalid(sourceName, problems);
    }

    private static ProfileProblem contentAfterDocument(JsonParser parser) {
        long line = parser.currentTokenLocation().getLineNr();
        long column = parser.currentTokenLocation().getColumnNr();
        return new ProfileProblem("", "文档之后有多余内容（第 " + line + " 行第 " + column + " 列）；每个文件或每行只能有一个文档",
                "unexpected content after the document at line " + line + ", column " + column
                        + "; expected one document (use an array or JSON Lines for several)");
    }

    private static void deliver(Supplier<Profile> reading, String file, long line,
                                ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        Profile profile;
        try {
            profile = reading.get();
        } catch (ProfileInvalid invalid) {
            invalid.problems().forEach(p ->
                    bad.accept(new ImportIssue(file, line, p.path().isEmpty() ? null : p.path(), p.reason())));
            return;
        }
        good.accept(profile, line);
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
