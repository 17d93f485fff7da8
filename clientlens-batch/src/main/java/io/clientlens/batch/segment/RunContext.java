package io.clientlens.batch.segment;

import io.clientlens.batch.json.Json;
import io.clientlens.classify.ParetoCut;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.classify.QuintileCuts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a segment run keeps so that any customer's explanation can be rendered later, exactly as
 * the run would have written it: the currency of the reasons and the population statistics
 * (explain.json, a few hundred bytes), and per customer the inputs of the classifiers
 * (inputs.parquet: the feature row, the advisory records and the profile columns).
 */
record RunContext(String currency, PopulationStatistics statistics) {

    /**
     * The select that writes inputs.parquet: feature columns, advisory columns, then the profile columns prefixed p_;
     * the feature rows already joined with the advisory records in {@code run_rows} (the run's classifying input).
     */
    static String inputsSelect() {
        StringBuilder select = new StringBuilder("select ");
        for (String c : FeatureRow.COLUMNS.split(", ")) {
            select.append("f.").append(c).append(", ");
        }
        select.append("f.assessments, f.open_needs, f.need_areas, ")
                .append("coalesce(k.open_suspicious_report, false) as aml_open_suspicious_report, ")
                .append("coalesce(k.confirmed_watch_list_hit, false) as aml_confirmed_watch_list_hit");
        for (String c : ProfileTable.COLUMNS) {
            select.append(", p.").append(c).append(" as p_").append(c);
        }
        return select.append(" from run_rows f ")
                .append("left join in_aml_flags k on k.customer_id = f.customer_id ")
                .append("join profiles p on p.ordinal = f.ordinal").toString();
    }

    /** The columns of inputs.parquet in the order {@link FeatureRow#read} then {@link ProfileTable#read} expect. */
    static String inputsColumns() {
        StringBuilder columns = new StringBuilder(FeatureRow.COLUMNS).append(", assessments, open_needs, need_areas, ")
                .append("aml_open_suspicious_report, aml_confirmed_watch_list_hit");
        for (String c : ProfileTable.COLUMNS) {
            columns.append(", p_").append(c);
        }
        return columns.toString();
    }

    /** The first column of the profile in a row of {@link #inputsColumns()} (1-based). */
    static int profileColumn() {
        return flagsColumn() + 2;
    }

    /** The first of the two compliance flags (docs/AML.md) in a row of {@link #inputsColumns()} (1-based). */
    static int flagsColumn() {
        return FeatureRow.COLUMNS.split(", ").length + 4;
    }

    static void write(Path file, String currency, PopulationStatistics s) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("currency", currency);
        doc.put("pareto", pareto(s.pareto()));
        doc.put("recency", cuts(s.recency()));
        doc.put("frequency", cuts(s.frequency()));
        doc.put("monetary", cuts(s.monetary()));
        doc.put("clv", pareto(s.clv()));
        Files.writeString(file, Json.write(doc) + "\n", StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static RunContext read(Path file) {
        try {
            Map<String, Object> d = Json.read(Files.readString(file, StandardCharsets.UTF_8));
            return new RunContext((String) d.get("currency"), new PopulationStatistics(
                    pareto((Map<String, Object>) d.get("pareto")), cuts((List<String>) d.get("recency")),
                    cuts((List<String>) d.get("frequency")), cuts((List<String>) d.get("monetary")),
                    pareto((Map<String, Object>) d.get("clv"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // Amounts are kept as exact decimal text so that they read back with the same value and scale.
    private static Map<String, Object> pareto(ParetoCut p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totalPositive", p.totalPositive().toString());
        m.put("lastA", ranked(p.lastA()));
        m.put("lastB", ranked(p.lastB()));
        m.put("customers", p.customers());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static ParetoCut pareto(Map<String, Object> m) {
        return new ParetoCut(new BigDecimal((String) m.get("totalPositive")), ranked((Map<String, Object>) m.get("lastA")),
                ranked((Map<String, Object>) m.get("lastB")), ((Number) m.get("customers")).intValue());
    }

    private static Map<String, Object> ranked(ParetoCut.Ranked r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerId", r.customerId());
        m.put("contribution", r.contribution().toString());
        return m;
    }

    private static ParetoCut.Ranked ranked(Map<String, Object> m) {
        return m == null ? null : new ParetoCut.Ranked((String) m.get("customerId"), new BigDecimal((String) m.get("contribution")));
    }

    private static List<String> cuts(QuintileCuts q) {
        return q.cuts().stream().map(BigDecimal::toString).toList();
    }

    private static QuintileCuts cuts(List<String> texts) {
        List<BigDecimal> cuts = new ArrayList<>();
        texts.forEach(t -> cuts.add(new BigDecimal(t)));
        return new QuintileCuts(cuts);
    }
}
