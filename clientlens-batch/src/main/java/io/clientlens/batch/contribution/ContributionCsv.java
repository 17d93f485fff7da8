package io.clientlens.batch.contribution;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.importing.ImportIssue;
import io.clientlens.importing.Utf8Text;
import io.clientlens.policy.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The bank's own annual profit contribution per customer, from its profitability system: a CSV
 * with the header {@code customerId,contribution} (also 客户号,利润贡献). When present, this figure
 * replaces the estimate in the Pareto classification (docs/POLICY.md). Negative figures are valid
 * (loss-making customers); a figure is refused at its line unless it lies strictly between minus and plus the
 * policy's {@code validation.maxAmount}.
 */
public final class ContributionCsv {
    private static final List<String> ID = List.of("customerid", "客户号");
    private static final List<String> AMOUNT = List.of("contribution", "利润贡献");
    /** The database keeps a figure in numeric(18, 2): 16 digits before the decimal point. */
    private static final BigDecimal COLUMN_LIMIT = BigDecimal.TEN.pow(16);

    private ContributionCsv() {
    }

    public record Contribution(long line, String customerId, BigDecimal amount) {
    }

    /** Reads {@code file} with the bound of policy v1, for readers given no policy. */
    public static void read(Path file, Consumer<Contribution> good, Consumer<ImportIssue> bad) {
        read(file, Policy.Validation.V1.maxAmount(), good, bad);
    }

    /** Reads {@code file}; {@code maxAmount} is the policy's {@code validation.maxAmount}. */
    public static void read(Path file, BigDecimal maxAmount, Consumer<Contribution> good, Consumer<ImportIssue> bad) {
        String name = file.getFileName().toString();
        BigDecimal bound = maxAmount.min(COLUMN_LIMIT);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Utf8Text.reader(java.nio.file.Files.newInputStream(file)))) {
            int idColumn = -1;
            int amountColumn = -1;
            boolean header = true;
            for (CsvRecord row : csv) {
                long line = row.getStartingLineNumber();
                if (header) {
                    List<String> names = row.getFields().stream()
                            .map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
                    idColumn = indexOf(names, ID);
                    amountColumn = indexOf(names, AMOUNT);
                    if (idColumn < 0 || amountColumn < 0) {
                        bad.accept(new ImportIssue(name, line, null,
                                "the header must name the columns customerId and contribution, found " + row.getFields()
                                        + " / 表头须包含 customerId（客户号）和 contribution（利润贡献）列"));
                        return;
                    }
                    header = false;
                    continue;
                }
                if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
                    continue;
                }
                readRow(name, line, row, idColumn, amountColumn, bound, good, bad);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void readRow(String name, long line, CsvRecord row, int idColumn, int amountColumn, BigDecimal bound,
                                Consumer<Contribution> good, Consumer<ImportIssue> bad) {
        if (row.getFieldCount() <= Math.max(idColumn, amountColumn)) {
            bad.accept(new ImportIssue(name, line, null, "expected " + (Math.max(idColumn, amountColumn) + 1)
                    + " fields, found " + row.getFieldCount() + " / 字段数不足"));
            return;
        }
        String id = row.getField(idColumn).trim();
        String amount = row.getField(amountColumn).trim().replace(",", "");
        if (id.isEmpty()) {
            bad.accept(new ImportIssue(name, line, "customerId", "is empty / 客户号为空"));
            return;
        }
        BigDecimal figure;
        try {
            figure = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            bad.accept(new ImportIssue(name, line, "contribution", "'" + amount
                    + "' is not a number; expected an amount like 1234.56 / 不是有效金额"));
            return;
        }
        if (!withinRange(figure, bound)) {
            bad.accept(new ImportIssue(name, line, "contribution", outOfRange(bound, amount)));
            return;
        }
        good.accept(new Contribution(line, id, figure));
    }

    /** Strictly between -bound and bound, also once rounded to cents as the database stores it. */
    private static boolean withinRange(BigDecimal figure, BigDecimal bound) {
        return figure.abs().compareTo(bound) < 0
                && figure.setScale(2, RoundingMode.HALF_UP).abs().compareTo(bound) < 0;
    }

    private static String outOfRange(BigDecimal bound, String found) {
        String max = String.format("%,d", bound.toBigInteger());
        return "must lie between -" + max + " and " + max + ", both excluded (policy validation.maxAmount), found '" + found
                + "' / 利润贡献应在 -" + max + " 与 " + max + " 元之间（不含两端，政策 validation.maxAmount），实为“" + found + "”";
    }

    private static int indexOf(List<String> names, List<String> accepted) {
        for (int i = 0; i < names.size(); i++) {
            if (accepted.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
