package io.clientlens.app.service.persistence;

import io.clientlens.service.ServiceFacts;
import io.clientlens.service.ServicePolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the facts of the task rules (task-facts.sql) for every customer or a few, streaming: one customer at a
 * time reaches the consumer, so the memory used does not grow with the number of customers.
 */
public final class TaskFacts {
    /** The statement without its comment lines (they name the parameters, which are replaced below). */
    private static final String SQL = read("task-facts.sql").lines().filter(line -> !line.strip().startsWith("--"))
            .collect(java.util.stream.Collectors.joining("\n"));
    private static final String UNIT = String.valueOf((char) 31);
    private static final String RECORD = String.valueOf((char) 30);

    private TaskFacts() {
    }

    /** Where and what to read: the run whose classes count, its as-of date, and the policy's windows. */
    public record Query(long runId, LocalDate asOf, ServicePolicy policy, Collection<String> postingCategories, int approvalDaysBack) {
    }

    /** Whose book a customer is in: the RM and branch its tasks carry (either may be null). */
    public record Owner(String rmId, String branchId) {
    }

    /**
     * What the AML module's periodic review is due from (read here for everyone at once, handed to its port): the rating
     * of the run, the last review compliance recorded, the opening of the customer's first account as owner.
     */
    public record AmlFacts(String rating, LocalDate lastReview, LocalDate firstOpened) {
    }

    /** One customer's facts, owner and AML review facts. */
    public record Row(ServiceFacts facts, Owner owner, AmlFacts aml) {
    }

    /**
     * Streams the facts of {@code ids} (null: every customer) to {@code each}, on the caller's connection and transaction;
     * returns the milliseconds the statement took before the first customer was streamed.
     */
    public static long read(Connection c, Query q, Collection<String> ids, Consumer<Row> each) throws SQLException {
        var r = q.policy().reminders();
        String sql = SQL;
        for (String alias : List.of("x", "c")) {
            sql = sql.replace("{only:" + alias + "}", ids == null ? "" : "and " + alias + ".customer_id = any (?)");
        }
        // named parameters by hand: the statement is large and read once per computation
        List<Object> params = new ArrayList<>();
        StringBuilder positional = new StringBuilder();
        int at = 0;
        var m = java.util.regex.Pattern.compile(":(run|asOf|window|postings|maturing|maturityUntil|decidedFrom|tiers|highEnd)\\b|= any \\(\\?\\)")
                .matcher(sql);
        while (m.find()) {
            positional.append(sql, at, m.start());
            if (m.group(1) == null) {
                positional.append("= any (?)");
                params.add(ids);
            } else {
                positional.append('?');
                params.add(switch (m.group(1)) {
                    case "run" -> q.runId();
                    case "asOf" -> q.asOf();
                    case "window" -> r.largeMovement().windowDays();
                    case "postings" -> String.join(UNIT, q.postingCategories());
                    case "maturing" -> String.join(UNIT, r.maturingProductTypes());
                    case "maturityUntil" -> q.asOf().plusDays(r.maturityDaysAhead());
                    case "decidedFrom" -> q.asOf().minusDays(q.approvalDaysBack());
                    case "tiers" -> String.join(UNIT, new java.util.TreeSet<>(r.largeMovement().aumTiers()));
                    case "highEnd" -> r.largeMovement().highEndTargets();
                    default -> throw new IllegalStateException(m.group(1));
                });
            }
            at = m.end();
        }
        positional.append(sql.substring(at));
        // Into a temporary table first, then streamed: the statement itself runs as a whole (in parallel where PostgreSQL
        // can), which a cursor reading it in slices would prevent.
        long start = System.nanoTime();
        try (var s = c.createStatement()) {
            s.execute("drop table if exists service_facts");
        }
        try (PreparedStatement ps = c.prepareStatement("create temp table service_facts on commit drop as " + positional)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Collection<?> list) {
                    ps.setArray(i + 1, c.createArrayOf("text", list.toArray()));
                } else if (p instanceof LocalDate d) {
                    ps.setObject(i + 1, d);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            ps.executeUpdate();
        }
        long sqlMillis = (System.nanoTime() - start) / 1_000_000;
        try (PreparedStatement ps = c.prepareStatement("select * from service_facts")) {
            ps.setFetchSize(2_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(new Row(facts(rs, q.asOf()), new Owner(rs.getString("rm_id"), rs.getString("branch_id")),
                            new AmlFacts(rs.getString("aml_risk"), rs.getObject("aml_last_review", LocalDate.class),
                                    rs.getObject("first_opened", LocalDate.class))));
                }
            }
        }
        return sqlMillis;
    }

    private static ServiceFacts facts(ResultSet rs, LocalDate asOf) throws SQLException {
        String tenure = rs.getString("tenure_days");
        LocalDate since = tenure != null ? asOf.minusDays(Long.parseLong(tenure)) : rs.getObject("recorded_on", LocalDate.class);
        String highEnd = rs.getString("high_end");
        String aum = rs.getString("aum");
        return ServiceFacts.builder(rs.getString("customer_id"))
                .birthDate(rs.getObject("birth_date", LocalDate.class))
                .gender(rs.getString("gender"))
                .retired(rs.getString("retired") == null ? null : Boolean.valueOf(rs.getString("retired")))
                .children(items(rs.getString("children")).stream().map(LocalDate::parse).toList())
                .serviceClass(rs.getString("service_class"))
                .aumTier(rs.getString("aum_tier"))
                .highEndTarget("YES".equals(highEnd))
                .aum(aum == null ? null : new BigDecimal(aum))
                .relationshipSince(since)
                .lastContact(rs.getObject("last_contact", LocalDate.class))
                .assessments(items(rs.getString("assessments")).stream().map(TaskFacts::assessment).toList())
                .holdings(items(rs.getString("holdings")).stream().map(TaskFacts::holding).toList())
                .flows(rs.getBigDecimal("inflow"), rs.getBigDecimal("outflow"))
                .acceptedNeeds(items(rs.getString("needs")).stream().map(TaskFacts::need).toList())
                .decisions(items(rs.getString("decisions")).stream().map(TaskFacts::decision).toList())
                .build();
    }

    private static List<String> items(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(RECORD, -1));
    }

    private static String[] fields(String item, int count) {
        return item.split(UNIT, count);
    }

    private static ServiceFacts.RiskAssessment assessment(String item) {
        String[] f = fields(item, 3);
        return new ServiceFacts.RiskAssessment(Long.parseLong(f[0]), LocalDate.parse(f[1]), "true".equals(f[2]));
    }

    private static ServiceFacts.MaturingHolding holding(String item) {
        String[] f = fields(item, 5);
        return new ServiceFacts.MaturingHolding(f[0], f[1].isEmpty() ? null : f[1], f[2], f[3].isEmpty() ? null : new BigDecimal(f[3]),
                LocalDate.parse(f[4]));
    }

    private static ServiceFacts.AcceptedNeed need(String item) {
        String[] f = fields(item, 3);
        return new ServiceFacts.AcceptedNeed(Long.parseLong(f[0]), f[2], LocalDate.parse(f[1]));
    }

    private static ServiceFacts.ApprovalDecision decision(String item) {
        String[] f = fields(item, 6);
        return new ServiceFacts.ApprovalDecision(Long.parseLong(f[0]), f[1], "true".equals(f[2]), LocalDate.parse(f[3]), f[4], f[5]);
    }

    private static String read(String name) {
        try (var in = TaskFacts.class.getResourceAsStream("/io/clientlens/app/service/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
