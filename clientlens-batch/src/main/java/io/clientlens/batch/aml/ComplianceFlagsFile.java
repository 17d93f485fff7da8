package io.clientlens.batch.aml;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.importing.NotUtf8Text;
import io.clientlens.importing.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        // strictly UTF-8: a customer id read with a replacement character would flag nobody, silently
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(Utf8Text.reader(Files.newInputStream(file)))) {
            for (NamedCsvRecord row : csv) {
                if (!row.getHeader().equals(HEADER)) {
                    throw new InputRejected(Label.of(file + "：列应为 " + String.join(",", HEADER) + "，实为 "
                            + String.join(",", row.getHeader()), file + ": expected the columns " + String.join(",", HEADER)
                            + ", found " + String.join(",", row.getHeader())));
                }
                long line = row.getStartingLineNumber();
                String id = row.getField("customerId").strip();
                if (id.isEmpty()) {
                    throw new InputRejected(Label.of(file + " 第 " + line + " 行：customerId（客户号）不能为空",
                            file + " line " + line + ": customerId is required"));
                }
                flags.put(id, new ComplianceFlags.Flags(yesNo(row, "openSuspiciousReport", file, line),
                        yesNo(row, "confirmedWatchListHit", file, line)));
            }
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return flags;
    }

    private static boolean yesNo(NamedCsvRecord row, String column, Path file, long line) {
        String value = row.getField(column).strip();
        return switch (value) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new InputRejected(Label.of(file + " 第 " + line + " 行：" + column + " 应为 true 或 false（或留空），实为“"
                    + value + "”", file + " line " + line + ": " + column + ": expected true or false, found \"" + value + "\""));
        };
    }

    private static InputRejected unreadable(Path file, Throwable failure) {
        if (failure instanceof NotUtf8Text notText) {
            return new InputRejected(Label.of(file + "：" + notText.reason().zh(), file + ": " + notText.reason().en()), notText);
        }
        return new InputRejected(Label.of("无法读取 " + file + "：" + failure.getMessage(),
                "cannot read " + file + ": " + failure.getMessage()), failure);
    }
}
