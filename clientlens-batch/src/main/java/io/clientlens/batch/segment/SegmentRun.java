package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record of one segment run (run.json): id, as-of, policy and rules versions, the input and
 * its fingerprint, where the results are, how long it took and the counts per dimension and code
 * and per custom segment.
 */
public record SegmentRun(String id, String asOf, String policyVersion, String rulesVersion, String input,
                         String inputFingerprint, String out, String startedAt, double seconds, long customers,
                         Map<String, Map<String, Long>> counts, Map<String, Long> segments) {

    public static final String FILE = "run.json";

    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("asOf", asOf);
        doc.put("policyVersion", policyVersion);
        doc.put("rulesVersion", rulesVersion);
        doc.put("input", input);
        doc.put("inputFingerprint", inputFingerprint);
        doc.put("out", out);
        doc.put("startedAt", startedAt);
        doc.put("seconds", seconds);
        doc.put("customers", customers);
        doc.put("counts", counts);
        doc.put("segments", segments);
        return doc;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Json.write(document()) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static SegmentRun read(Path file) {
        try {
            Map<String, Object> d = Json.read(Files.readString(file, StandardCharsets.UTF_8));
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            ((Map<String, Map<String, Number>>) d.get("counts")).forEach((dim, codes) -> {
                Map<String, Long> c = new LinkedHashMap<>();
                codes.forEach((code, n) -> c.put(code, n.longValue()));
                counts.put(dim, c);
            });
            Map<String, Long> segments = new LinkedHashMap<>();
            ((Map<String, Number>) d.get("segments")).forEach((s, n) -> segments.put(s, n.longValue()));
            return new SegmentRun((String) d.get("id"), (String) d.get("asOf"), (String) d.get("policyVersion"),
                    (String) d.get("rulesVersion"), (String) d.get("input"), (String) d.get("inputFingerprint"),
                    (String) d.get("out"), (String) d.get("startedAt"), ((Number) d.get("seconds")).doubleValue(),
                    ((Number) d.get("customers")).longValue(), counts, segments);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run record " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a segment run record: " + e.getMessage(), e);
        }
    }

    public Path results() {
        return Path.of(out).resolve(SegmentRunner.PARQUET);
    }
}
