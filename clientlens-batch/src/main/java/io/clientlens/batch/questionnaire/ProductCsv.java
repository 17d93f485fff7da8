package io.clientlens.batch.questionnaire;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.TypedAmount;
import io.clientlens.policy.Policy;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.ProductRisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The product catalogue as CSV: {@code code,name,risk,type,experiencedOnly,minAmount,derivative}
 * and optionally {@code termMonths} and {@code highMarketRisk} (true, false, or empty to leave it to
 * the policy; a derivative is always of high market risk, see docs/SUITABILITY.md). All rows or none:
 * one bad row rejects the file, naming each problem by line and column.
 */
public final class ProductCsv {
    public static final List<String> COLUMNS = List.of("code", "name", "risk", "type", "experiencedOnly", "minAmount", "derivative");
    private static final String TERM = "termMonths";
    private static final String HIGH_MARKET_RISK = "highMarketRisk";
    /** The optional columns after the required ones, each at most once, in any order. */
    public static final List<String> OPTIONAL_COLUMNS = List.of(TERM, HIGH_MARKET_RISK);
    private static final String HEADER = String.join(",", COLUMNS) + "[," + TERM + "][," + HIGH_MARKET_RISK + "]";

    private ProductCsv() {
    }

    public static List<Product> parse(String text, String source) {
        return parse(text, source, Policy.Validation.V1.maxAmount());
    }

    /** The catalogue, every amount below {@code maxAmount} (the policy's {@code validation.maxAmount}). */
    public static List<Product> parse(String text, String source, BigDecimal maxAmount) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> header = null;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                if (header == null) {
                    header = record.getFields().stream().map(String::trim).toList();
                    if (!validHeader(header)) {
                        problems.add(new FieldProblem("line 1", "表头应为 " + HEADER, "expected the header " + HEADER));
                        break;
                    }
                    continue;
                }
                Product p = row(record.getFields(), header, "line " + line, problems, maxAmount);
                if (p != null && !codes.add(p.code())) {
                    problems.add(new FieldProblem("line " + line + ".code", "产品代码“" + p.code() + "”重复", "product code '" + p.code() + "' appears twice"));
                } else if (p != null) {
                    products.add(p);
                }
            }
        } catch (CsvParseException e) {
            problems.add(new FieldProblem("(file)", "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null && problems.isEmpty()) {
            problems.add(new FieldProblem("line 1", "文件为空", "the file is empty"));
        }
        if (!problems.isEmpty()) {
            throw new DocumentInvalid(source, problems);
        }
        return products;
    }

    private static boolean validHeader(List<String> header) {
        if (header.size() < COLUMNS.size() || !header.subList(0, COLUMNS.size()).equals(COLUMNS)) {
            return false;
        }
        List<String> optional = header.subList(COLUMNS.size(), header.size());
        return OPTIONAL_COLUMNS.containsAll(optional) && optional.stream().distinct().count() == optional.size();
    }

    private static Product row(List<String> fields, List<String> header, String where, List<FieldProblem> problems,
                               BigDecimal maxAmount) {
        int columns = header.size();
        if (fields.size() != columns) {
            problems.add(new FieldProblem(where, "应有 " + columns + " 列，实有 " + fields.size(), "expected " + columns + " columns, found " + fields.size()));
            return null;
        }
        int before = problems.size();
        String code = required(fields.get(0), where + ".code", problems);
        if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
            problems.add(new FieldProblem(where + ".code", "代码应为1–32个字母、数字、_ 或 -", "expected 1–32 letters, digits, _ or -"));
        }
        String name = required(fields.get(1), where + ".name", problems);
        ProductRisk risk = risk(fields.get(2).trim(), where + ".risk", problems);
        String type = required(fields.get(3), where + ".type", problems);
        Boolean experiencedOnly = yesNo(fields.get(4), where + ".experiencedOnly", problems);
        BigDecimal min = amount(fields.get(5), where + ".minAmount", problems, maxAmount);
        Boolean derivative = yesNo(fields.get(6), where + ".derivative", problems);
        int termAt = header.indexOf(TERM);
        Integer term = termAt < 0 ? null : term(fields.get(termAt), where + "." + TERM, problems);
        int highAt = header.indexOf(HIGH_MARKET_RISK);
        Boolean high = highAt < 0 || fields.get(highAt).isBlank() ? null : yesNo(fields.get(highAt), where + "." + HIGH_MARKET_RISK, problems);
        if (Boolean.TRUE.equals(derivative) && Boolean.FALSE.equals(high)) {
            problems.add(new FieldProblem(where + "." + HIGH_MARKET_RISK, "衍生品总是高市场风险产品：应为 true 或留空",
                    "a derivative is always of high market risk: expected true or nothing"));
        }
        return problems.size() > before ? null
                : new Product(code, name, risk, type.toUpperCase(java.util.Locale.ROOT), experiencedOnly, min, derivative, high, term);
    }

    private static String required(String value, String field, List<FieldProblem> problems) {
        if (value.isBlank()) {
            problems.add(new FieldProblem(field, "不能为空", "must not be empty"));
            return null;
        }
        return value.trim();
    }

    private static ProductRisk risk(String value, String field, List<FieldProblem> problems) {
        try {
            return ProductRisk.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "“" + value + "”不是产品风险等级，应为 R1–R5", "'" + value + "' is not a product risk rating; expected R1 to R5"));
            return null;
        }
    }

    private static Boolean yesNo(String value, String field, List<FieldProblem> problems) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        problems.add(new FieldProblem(field, "应为 true 或 false，实为“" + value + "”", "expected true or false, found '" + value + "'"));
        return null;
    }

    private static BigDecimal amount(String value, String field, List<FieldProblem> problems, BigDecimal maxAmount) {
        TypedAmount.Result typed = TypedAmount.parse(value, maxAmount); // 50000, "50,000", 5万 as in the other forms
        if (typed instanceof TypedAmount.Result.Read read) {
            return read.amount();
        }
        problems.add(((TypedAmount.Result.Refused) typed).problem(field));
        return null;
    }

    private static Integer term(String value, String field, List<FieldProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            int months = Integer.parseInt(value.trim());
            if (months > 0) {
                return months;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "应为正整数（月）或留空", "expected a positive whole number of months or nothing"));
        return null;
    }
}
