package io.clientlens.spark;

import io.clientlens.aml.AmlActivity;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.profile.ProfileJson;
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
 * the profile document supplies type, birth date, gender and region; custom segments are evaluated
 * on the result. The policy and rules travel as their YAML texts and are read once per partition.
 */
final class PartitionClassifier implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The input columns, in this order. */
    static final String COLUMNS = "customer_id, line, document, linked_accounts, open_linked_accounts, tenure_days, aum, "
            + "overdrawn, loan_outstanding, fees, activity_count, activity_amount, days_since_last_activity, product_types, "
            + "investment_days, investment_purchases, imported_contribution, assessments, open_needs, need_areas, "
            + "cash_amount, credit_amount, cross_border_count, open_suspicious_report, confirmed_watch_list_hit";

    private final String policyYaml;
    private final String currency;
    private final String rulesYaml;
    private final ShippedStatistics statistics;
    private final LocalDate asOf;
    private final String source;
    private final boolean documents;

    PartitionClassifier(String policyYaml, String currency, String rulesYaml, ShippedStatistics statistics, LocalDate asOf,
                        String source, boolean documents) {
        this.policyYaml = policyYaml;
        this.currency = currency;
        this.rulesYaml = rulesYaml;
        this.statistics = statistics;
        this.asOf = asOf;
        this.source = source;
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
                        : segments.matching(SegmentVariables.of(c.features(), ClassificationDocument.codes(c)));
                String document = documents
                        ? new String(ClassificationDocument.utf8(c, g -> writeSegments(g, in)), StandardCharsets.UTF_8) : null;
                return ResultSchema.row(c, in.stream().map(SegmentRule::name).toList(), document);
            }
        };
    }

    private CustomerFeatures features(Row r) {
        String customerId = r.getString(0);
        Profile profile;
        try {
            profile = ProfileJson.read(r.getString(2));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + " line " + r.getLong(1) + ": customer " + customerId + ": "
                    + e.getMessage(), e);
        }
        return new CustomerFeatures(customerId, profile.typeOrIndividual(), profile.birthDate(), profile.gender(),
                profile.region(), r.getInt(3), r.getInt(4), nullableInt(r, 5), r.getDecimal(6), r.getDecimal(7),
                r.getDecimal(8), r.getDecimal(9), r.isNullAt(16) ? null : r.getDecimal(16), r.getInt(10), r.getDecimal(11),
                nullableInt(r, 12), strings(r, 13), r.getLong(14), r.getInt(15), profile,
                new AmlActivity(r.getDecimal(20), r.getDecimal(21), r.getInt(22), new ComplianceFlags.Flags(
                        !r.isNullAt(23) && r.getBoolean(23), !r.isNullAt(24) && r.getBoolean(24))),
                AdvisoryRecords.of(strings(r, 17), r.isNullAt(18) ? 0 : r.getInt(18), strings(r, 19)));
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
