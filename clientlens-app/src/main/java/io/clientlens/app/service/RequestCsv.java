package io.clientlens.app.service;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.customer.FieldProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Service requests from a file (docs/SERVICE.md "Importing service requests"): UTF-8 CSV with the header
 * {@code externalRef,customerId,channel,type,subject,description,createdAt}; the last two may be empty. Every problem
 * is reported with its line and column; a file with any problem imports nothing.
 */
final class RequestCsv {
    static final List<String> COLUMNS = List.of("externalRef", "customerId", "channel", "type", "subject", "description", "createdAt");

    private RequestCsv() {
    }

    /** A row and its line number. */
    record Row(long line, NewRequest request) {
    }

    static List<Row> parse(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        boolean header = false;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                List<String> f = record.getFields();
                if (!header) {
                    if (!f.stream().map(String::trim).toList().equals(COLUMNS)) {
                        problems.add(new FieldProblem("line 1", "表头应为 " + String.join(",", COLUMNS), "expected the header " + String.join(",", COLUMNS)));
                        break;
                    }
                    header = true;
                    continue;
                }
                if (f.size() != COLUMNS.size()) {
                    problems.add(new FieldProblem("line " + line, "应有 " + COLUMNS.size() + " 列，实有 " + f.size(),
                            "expected " + COLUMNS.size() + " columns, found " + f.size()));
                    continue;
                }
                String ref = f.get(0).strip();
                if (ref.isEmpty()) {
                    problems.add(new FieldProblem("line " + line + ".externalRef", "必填：来源系统的编号", "required: the reference in the source system"));
                } else if (!refs.add(ref)) {
                    problems.add(new FieldProblem("line " + line + ".externalRef", "编号“" + ref + "”在文件中重复", "'" + ref + "' appears twice in the file"));
                }
                if (f.get(1).isBlank()) {
                    problems.add(new FieldProblem("line " + line + ".customerId", "必填", "required"));
                }
                rows.add(new Row(line, new NewRequest(f.get(1).strip(), f.get(2).strip(), f.get(3).strip(), f.get(4), blank(f.get(5)), ref,
                        blank(f.get(6)))));
            }
        } catch (CsvParseException e) {
            problems.add(new FieldProblem("(file)", "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!header && problems.isEmpty()) {
            problems.add(new FieldProblem("line 1", "文件为空", "the file is empty"));
        }
        if (!problems.isEmpty()) {
            throw new ServiceInputInvalid(problems);
        }
        return rows;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
