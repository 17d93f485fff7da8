package io.clientlens.app.service.persistence;

import io.clientlens.policy.Policy;
import io.clientlens.service.ServicePolicy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The benchmark's baseline (task-baseline.sql): the reminders in plain SQL, into the temporary table
 * {@code baseline_tasks (task_key, kind, customer_id, due_on)} of the caller's transaction, AML reviews included
 * (due by the run's amlRisk from the last review or the first account's opening, docs/AML.md).
 */
public final class TaskBaseline {
    private static final String SQL = read();

    private TaskBaseline() {
    }

    /** Computes the reminders at the run's as-of date; returns how many. */
    public static int compute(Connection c, long runId, LocalDate asOf, Policy policy, ServicePolicy service) throws SQLException {
        var r = service.reminders();
        var m = r.largeMovement();
        var months = service.contactPlan().monthsByClass();
        MapSqlParameterSource p = new MapSqlParameterSource("run", runId).addValue("asOf", asOf)
                .addValue("validity", policy.suitability().assessmentValidityMonths())
                .addValue("reminderDays", policy.suitability().reminderDaysBeforeExpiry())
                .addValue("faceToFace", policy.suitability().faceToFaceRequired())
                .addValue("birthdayDays", r.birthdayDaysAhead()).addValue("lifeDays", r.lifeEventDaysAhead())
                .addValue("childAges", c.createArrayOf("int", r.childAges().toArray()))
                .addValue("customerAges", c.createArrayOf("int", r.customerAges().toArray()))
                .addValue("retM", r.retirementAgeByGender().get("M")).addValue("retF", r.retirementAgeByGender().get("F"))
                .addValue("maturityDays", r.maturityDaysAhead())
                .addValue("maturing", c.createArrayOf("text", r.maturingProductTypes().toArray()))
                .addValue("window", m.windowDays()).addValue("minAmount", m.minAmount()).addValue("share", m.minShareOfAum())
                .addValue("tiers", c.createArrayOf("text", m.aumTiers().toArray())).addValue("highEnd", m.highEndTargets())
                .addValue("postings", c.createArrayOf("text", List.copyOf(policy.activity().bankPostingCategories()).toArray()))
                .addValue("approvalDays", r.approvalOutcomeDays()).addValue("needsDays", r.needsReviewDays())
                .addValue("mA", months.get("A")).addValue("mB", months.get("B")).addValue("mC", months.get("C"))
                .addValue("amlLow", policy.aml().dueDiligence().monthsFor("LOW"))
                .addValue("amlMedium", policy.aml().dueDiligence().monthsFor("MEDIUM"))
                .addValue("amlHigh", policy.aml().dueDiligence().monthsFor("HIGH"))
                .addValue("amlAhead", r.amlReviewDaysAhead());
        NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
        sql.update(SQL, p);
        return sql.getJdbcTemplate().queryForObject("select count(*) from baseline_tasks", Integer.class);
    }

    private static String read() {
        try (var in = TaskBaseline.class.getResourceAsStream("/io/clientlens/app/service/task-baseline.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
