package io.clientlens.batch.aml;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.clientlens.aml.ComplianceFlags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ComplianceFlags} of a file batch: {@code aml-flags.csv} in the input directory (docs/generic-layout.md),
 * one row per flagged customer with {@code customerId}, {@code openSuspiciousReport} and {@code confirmedWatchListHit}
 * ({@code true} or {@code false}). Without the file nobody is flagged. Flags are few (customers under a case or
 * matched on a list), so they are held in memory.
 */
public final class ComplianceFlagsFile {
    public static final String FILE = "aml-flags.csv";
    private static final List<String> HEADER = List.of("customerId", "openSuspiciousReport", "confirmedWatchListHit");

    private ComplianceFlagsFile() {
    }

    public static ComplianceFlags read(Path directory) {
        Map<String, ComplianceFlags.Flags> flags = entries(directory);
        return flags.isEmpty() ? ComplianceFlags.NONE : id -> flags.getOrDefault(id, ComplianceFlags.Flags.NONE);
    }

    /** The flags of every customer the file names (none without the file), by customer id. */
    public static Map<String, ComplianceFlags.Flags> entries(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            return Map.of();
        }
        Map<String, ComplianceFlags.Flags> flags = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : csv) {
                if (!row.getHeader().equals(HEADER)) {
                    throw new IllegalArgumentException(file + ": expected the columns " + String.join(",", HEADER)
                            + ", found " + String.join(",", row.getHeader()));
                }
                long line = row.getStartingLineNumber();
                String id = row.getField("customerId").strip();
                if (id.isEmpty()) {
                    throw new IllegalArgumentException(file + " line " + line + ": customerId is required");
                }
                flags.put(id, new ComplianceFlags.Flags(yesNo(row, "openSuspiciousReport", file, line),
                        yesNo(row, "confirmedWatchListHit", file, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return flags;
    }

    private static boolean yesNo(NamedCsvRecord row, String column, Path file, long line) {
        String value = row.getField(column).strip();
        return switch (value) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new IllegalArgumentException(file + " line " + line + ": " + column + ": expected true or false, found \""
                    + value + "\"");
        };
    }
}
