package io.clientlens.batch.profile;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import io.clientlens.importing.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Reads profiles from a CSV file: UTF-8 with or without a byte order mark (Excel writes one),
 * comma-separated, a header row naming the columns of {@code docs/import-columns.md}. A file that is
 * not UTF-8 fails with {@link io.clientlens.importing.NotUtf8Text} as the cause.
 */
public final class ProfileCsvReader {
    private ProfileCsvReader() {
    }

    public static void read(Path file, Consumer<Profile> good, Consumer<ImportIssue> bad) {
        readLocated(file, (profile, line) -> good.accept(profile), bad);
    }

    /** As {@link #read}, also telling the line (or sheet row) each profile came from. */
    public static void readLocated(Path file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        TableRows rows = new TableRows(file.toString(), good, bad);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(Utf8Text.reader(java.nio.file.Files.newInputStream(file)))) {
            for (CsvRecord record : csv) {
                if (rows.expectsHeader()) {
                    rows.header(record.getStartingLineNumber(), record.getFields());
                } else if (rows.rejected()) {
                    return;
                } else {
                    rows.row(record.getStartingLineNumber(), cells(record.getFields()));
                }
            }
        } catch (CsvParseException broken) {
            rows.fileProblem(0, new ProfileProblem("", "CSV 格式错误，其后内容未读取：" + broken.getMessage(),
                    "malformed CSV, nothing after it was read: " + broken.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Cell> cells(List<String> fields) {
        return fields.stream().map(field -> field.isBlank() ? null : (Cell) new Cell.Text(field)).toList();
    }
}
