package io.clientlens.batch.profile;

import io.clientlens.customer.Profile;
import io.clientlens.importing.FileRefused;
import io.clientlens.importing.ImportIssue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/** Reads a profile file of any supported kind, chosen by its extension. */
public final class ProfileFiles {
    private ProfileFiles() {
    }

    /**
     * {@code .csv} and {@code .xlsx}: a table by column header; {@code .json}: one profile
     * document or an array of them; {@code .jsonl}: JSON Lines, one document per line.
     *
     * @throws IllegalArgumentException for any other extension, before reading anything
     * @throws FileRefused when the file holds no profile and no problem: an empty file, or a header alone
     */
    public static void read(Path file, Consumer<Profile> good, Consumer<ImportIssue> bad) {
        readLocated(file, (profile, line) -> good.accept(profile), bad);
    }

    /** As {@link #read}, also telling the line (or sheet row) each profile came from. */
    public static void readLocated(Path file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        boolean[] delivered = {false};
        readByKind(file, (profile, line) -> {
            delivered[0] = true;
            good.accept(profile, line);
        }, issue -> {
            delivered[0] = true;
            bad.accept(issue);
        });
        if (!delivered[0]) {
            throw FileRefused.noRows();
        }
    }

    private static void readByKind(Path file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            ProfileCsvReader.readLocated(file, good, bad);
        } else if (name.endsWith(".xlsx")) {
            ProfileXlsxReader.readLocated(file, good, bad);
        } else if (name.endsWith(".jsonl")) {
            ProfileJson.readLinesLocated(file, good, bad);
        } else if (name.endsWith(".json")) {
            ProfileJson.readDocumentsLocated(file, good, bad);
        } else {
            throw new IllegalArgumentException(file + ": cannot read this kind of file; expected .csv, .xlsx, .json or .jsonl (save old .xls workbooks as .xlsx)"
                    + " / 不支持的文件类型；应为 .csv、.xlsx、.json 或 .jsonl（旧版 .xls 请另存为 .xlsx）");
        }
    }
}
