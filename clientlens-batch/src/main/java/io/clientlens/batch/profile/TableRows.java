package io.clientlens.batch.profile;

import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * What the CSV and Excel readers share once cells are read: the first row is the header, every
 * later row becomes a profile or is skipped with one issue per bad cell. A bad header rejects
 * the whole file before any row, since every row would be read wrongly.
 */
final class TableRows {
    private final String file;
    private final ObjLongConsumer<Profile> good;
    private final Consumer<ImportIssue> bad;
    private ProfileColumns columns;
    private boolean rejected;

    TableRows(String file, ObjLongConsumer<Profile> good, Consumer<ImportIssue> bad) {
        this.file = file;
        this.good = good;
        this.bad = bad;
    }

    /** True until the header row has been taken. */
    boolean expectsHeader() {
        return columns == null;
    }

    /** The first non-empty row; {@code line} is its 1-based line or row number in the file. */
    void header(long line, List<String> names) {
        columns = ProfileColumns.forHeader(names);
        columns.problems().forEach(p -> report(line, p));
        rejected = !columns.problems().isEmpty();
    }

    /** Every later row, cells by position with null for an empty cell. */
    void row(long line, List<Cell> cells) {
        if (rejected) {
            return;
        }
        ProfileColumns.Row row = columns.read(cells);
        if (row.good()) {
            good.accept(row.profile(), line);
        } else {
            row.problems().forEach(p -> report(line, p));
        }
    }

    /** True when the header was rejected: the rest of the file need not be read. */
    boolean rejected() {
        return rejected;
    }

    void fileProblem(long line, ProfileProblem problem) {
        report(line, problem);
    }

    private void report(long line, ProfileProblem problem) {
        bad.accept(new ImportIssue(file, line, problem.path().isEmpty() ? null : problem.path(), problem.reason()));
    }
}
