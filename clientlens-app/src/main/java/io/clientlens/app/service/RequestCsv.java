package io.clientlens.app.service;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.customer.FieldProblem;
import io.clientlens.importing.FileRefused;
import io.clientlens.importing.NotUtf8Text;
import io.clientlens.importing.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Service requests from a file (docs/SERVICE.md "Importing service requests"): UTF-8 CSV whose header names the columns
 * {@code externalRef,customerId,channel,type,subject} and, if wanted, {@code description} and {@code createdAt}, in any
 * order. Every problem is reported with its line and column; a file with any problem imports nothing.
 */
final class RequestCsv {
    static final List<String> REQUIRED = List.of("externalRef", "customerId", "channel", "type", "subject");
    static final List<String> OPTIONAL = List.of("description", "createdAt");
    private static final List<String> ALL = java.util.stream.Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();

    private RequestCsv() {
    }

    /** A row and its line number. */
    record Row(long line, NewRequest request) {
    }

    /** The rows of a file as uploaded; a file that is not UTF-8 is refused at the line of its first bad byte. */
    static List<Row> parse(byte[] file) {
        String text;
        try {
            text = Utf8Text.decode(file);
        } catch (NotUtf8Text notText) {
            throw new ServiceInputInvalid("line " + notText.line(), notText.reason().zh(), notText.reason().en());
        }
        return parse(text);
    }

    static List<Row> parse(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        Columns columns = null;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                List<String> f = record.getFields();
                if (columns == null) {
                    columns = Columns.of(line, f, problems);
                    if (!problems.isEmpty()) {
                        break;
                    }
                    continue;
                }
                Row row = row(line, f, columns, refs, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (CsvParseException e) {
            problems.add(new FieldProblem("(file)", "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new FieldProblem("line 1", FileRefused.NO_ROWS.zh(), FileRefused.NO_ROWS.en()));
        }
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
        return rows;
    }

    private static Row row(long line, List<String> f, Columns columns, Set<String> refs, List<FieldProblem> problems) {
        if (f.size() != columns.count()) {
            problems.add(new FieldProblem("line " + line, "应有 " + columns.count() + " 列，实有 " + f.size(),
                    "expected " + columns.count() + " columns, found " + f.size()));
            return null;
        }
        String ref = columns.value(f, "externalRef").strip();
        if (ref.isEmpty()) {
            problems.add(new FieldProblem("line " + line + ".externalRef", "必填：来源系统的编号", "required: the reference in the source system"));
        } else if (!refs.add(ref)) {
            problems.add(new FieldProblem("line " + line + ".externalRef", "编号“" + ref + "”在文件中重复", "'" + ref + "' appears twice in the file"));
        }
        String customerId = columns.value(f, "customerId");
        if (customerId.isBlank()) {
            problems.add(new FieldProblem("line " + line + ".customerId", "必填", "required"));
        }
        return new Row(line, new NewRequest(customerId.strip(), columns.value(f, "channel").strip(), columns.value(f, "type").strip(),
                columns.value(f, "subject"), blank(columns.value(f, "description")), ref, blank(columns.value(f, "createdAt"))));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Where each column is, read from the header by name (any case, blanks around ignored; a blank header cell, as a
     * spreadsheet's trailing comma leaves, names no column). An unknown or repeated name, or a required one missing,
     * refuses the file: every row would be read wrongly.
     */
    private record Columns(Map<String, Integer> positions, int count) {
        static Columns of(long line, List<String> header, List<FieldProblem> problems) {
            Map<String, Integer> positions = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String given = header.get(i).strip();
                String name = known(given);
                if (name == null && !given.isEmpty()) {
                    unknown.add(given);
                } else if (name != null && positions.putIfAbsent(name, i) != null) {
                    repeated.add(given);
                }
            }
            List<String> missing = REQUIRED.stream().filter(name -> !positions.containsKey(name)).toList();
            headerProblems("line " + line, unknown, repeated, missing).forEach(problems::add);
            return new Columns(positions, header.size());
        }

        private static List<FieldProblem> headerProblems(String where, List<String> unknown, List<String> repeated, List<String> missing) {
            List<FieldProblem> problems = new ArrayList<>();
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem(where, "未知的列：" + String.join("、", unknown) + "；可用的列为 " + String.join(",", REQUIRED)
                        + "（必填）与 " + String.join(",", OPTIONAL) + "（可省略）", "unknown column " + String.join(", ", unknown)
                        + "; the columns are " + String.join(",", REQUIRED) + " (required) and " + String.join(",", OPTIONAL) + " (optional)"));
            }
            if (!repeated.isEmpty()) {
                problems.add(new FieldProblem(where, "列重复：" + String.join("、", repeated), "column given twice: " + String.join(", ", repeated)));
            }
            if (!missing.isEmpty()) {
                problems.add(new FieldProblem(where, "缺少必填的列：" + String.join("、", missing),
                        "missing the required column " + String.join(", ", missing)));
            }
            return problems;
        }

        /** The cell of {@code column} in {@code fields}; empty when the file has no such column. */
        String value(List<String> fields, String column) {
            Integer at = positions.get(column);
            return at == null ? "" : fields.get(at);
        }

        private static String known(String given) {
            return ALL.stream().filter(name -> name.equalsIgnoreCase(given)).findFirst().orElse(null);
        }
    }
}
