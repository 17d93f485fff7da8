package io.clientlens.batch.segment;

import io.clientlens.code.InputRejected;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The result files a segment run writes (docs/SEGMENTS.md, "Outputs"): classifications.parquet
 * always (the run registry, diff, export and explain read it), classifications.jsonl, the export
 * document with labels and reasons, only when asked for.
 */
public enum ResultFormat {
    PARQUET, JSONL;

    /** The default: Parquet only. */
    public static final Set<ResultFormat> DEFAULT = Set.of(PARQUET);

    /**
     * Parses {@code parquet}, {@code jsonl} or {@code parquet,jsonl} (any order, any case); Parquet
     * is always part of the result.
     *
     * @throws IllegalArgumentException naming the option and what was expected
     */
    public static Set<ResultFormat> parse(String text) {
        Set<ResultFormat> formats = EnumSet.of(PARQUET);
        if (text == null || text.isBlank()) {
            throw new InputRejected("--output：应为 parquet、jsonl 或 parquet,jsonl，实为空",
                    "--output: expected parquet, jsonl or parquet,jsonl, was empty");
        }
        for (String part : text.split(",")) {
            switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "parquet" -> formats.add(PARQUET);
                case "jsonl" -> formats.add(JSONL);
                default -> throw new InputRejected("--output：应为 parquet、jsonl 或 parquet,jsonl，实为 " + text,
                        "--output: expected parquet, jsonl or parquet,jsonl, was " + text);
            }
        }
        return Set.copyOf(formats);
    }
}
