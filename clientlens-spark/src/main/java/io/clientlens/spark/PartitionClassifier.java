package io.clientlens.spark;

import io.clientlens.aml.AmlActivity;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.batch.rules.SegmentRulesYaml;
import io.clientlens.batch.rules.SegmentVariables;
import io.clientlens.classify.AdvisoryRecords;
import io.clientlens.classify.Classification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import tools.jackson.core.JsonGenerator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Classifies the customers of one partition with the core engine, as the DuckDB path's workers do:
 * the profile (a document, or prepared columns) supplies type, birth date, gender and region; custom
 * segments are evaluated on the result. The policy and rules travel as their YAML texts and are read once per partition.
 */
final class PartitionClassifier implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /**
     * The features and flags read from each input row, in this order; the profile's columns follow them. The
     * features are named by their table, f (run_features): some profile columns have the same names.
     */
    static final String FEATURE_COLUMNS = "customer_id, f.linked_accounts, f.open_linked_accounts, f.tenure_days, f.aum, "
            + "f.overdrawn, f.loan_outstanding, f.fees, f.activity_count, f.activity_amount, f.days_since_last_activity, "
            + "f.product_types, f.investment_days, f.investment_purchases, f.imported_contribution, assessments, open_needs, "
            + "need_areas, f.cash_amount, f.credit_amount, f.cross_border_count, open_suspicious_report, "
            + "confirmed_watch_list_hit";
    /** The position of the profile's first column ({@link ProfileSource#columns}) in an input row. */
    static final int PROFILE = FEATURE_COLUMNS.split(",").length;

    private final String policyYaml;
    private final String currency;
    private final String rulesYaml;
    private final ShippedStatistics statistics;
    private final LocalDate asOf;
    private final ProfileSource profiles;
    private final boolean documents;

    PartitionClassifier(String policyYaml, String currency, String rulesYaml, ShippedStatistics statistics, LocalDate asOf,
                        ProfileSource profiles, boolean documents) {
        this.policyYaml = policyYaml;
        this.currency = currency;
        this.rulesYaml = rulesYaml;
        this.statistics = statistics;
        this.asOf = asOf;
        this.profiles = profiles;
        this.documents = documents;
    }

    static Policy policy(String yaml) {
        return yaml == null ? PolicyYaml.defaults() : PolicyYaml.parse(yaml, "policy");
    }

    static SegmentRules rules(String yaml) {
        return yaml == null ? SegmentRules.NONE : SegmentRulesYaml.parse(yaml, "rules");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        ClassificationEngine engine = new ClassificationEngine(policy(policyYaml).withCurrency(currency));
        CompiledSegments segments = CompiledSegments.compile(rules(rulesYaml), "rules");
        PopulationStatistics population = statistics.statistics();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                Classification c = engine.classify(features(r), asOf, population);
                List<SegmentRule> in = segments.isEmpty() ? List.of()
                        : segments.matching(SegmentVariables.of(c));
                String document = documents
                        ? new String(ClassificationDocument.utf8(c, g -> writeSegments(g, in)), StandardCharsets.UTF_8) : null;
                return ResultSchema.row(c, in.stream().map(SegmentRule::name).toList(), document);
            }
        };
    }

    private CustomerFeatures features(Row r) {
        Profile profile = profiles.read(r, PROFILE);
        return new CustomerFeatures(r.getString(0), profile.typeOrIndividual(), profile.birthDate(), profile.gender(),
                profile.region(), r.getInt(1), r.getInt(2), nullableInt(r, 3), r.getDecimal(4), r.getDecimal(5),
                r.getDecimal(6), r.getDecimal(7), r.isNullAt(14) ? null : r.getDecimal(14), r.getInt(8), r.getDecimal(9),
                nullableInt(r, 10), strings(r, 11), r.getLong(12), r.getInt(13), profile,
                new AmlActivity(r.getDecimal(18), r.getDecimal(19), r.getInt(20), new ComplianceFlags.Flags(
                        !r.isNullAt(21) && r.getBoolean(21), !r.isNullAt(22) && r.getBoolean(22))),
                AdvisoryRecords.of(strings(r, 15), r.isNullAt(16) ? 0 : r.getInt(16), strings(r, 17)));
    }

    /** The features the population statistics need, from a row of {@link SparkSegmentRunner#STATISTICS_COLUMNS}. */
    static CustomerFeatures statistics(Row r) {
        return new CustomerFeatures(r.getString(0), io.clientlens.customer.CustomerType.INDIVIDUAL, null, null, null, 1,
                r.getInt(7), nullableInt(r, 8), r.getDecimal(1), null, r.getDecimal(2), r.getDecimal(3),
                r.isNullAt(10) ? null : r.getDecimal(10), r.getInt(4), r.getDecimal(5), nullableInt(r, 6), strings(r, 9),
                0, 0, null);
    }

    private static Integer nullableInt(Row r, int i) {
        return r.isNullAt(i) ? null : r.getInt(i);
    }

    private static List<String> strings(Row r, int i) {
        return r.isNullAt(i) ? List.of() : r.<String>getList(i).stream().map(String::valueOf).toList();
    }

    /** The "segments" field of a JSON Lines document: name, label (zh, en) and priority of each. */
    private static void writeSegments(JsonGenerator g, List<SegmentRule> in) {
        g.writeArrayPropertyStart("segments");
        for (SegmentRule rule : in) {
            g.writeStartObject();
            g.writeStringProperty("name", rule.name());
            g.writeName("label");
            ClassificationDocument.writeLabel(g, rule.label());
            g.writeNumberProperty("priority", rule.priority());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
