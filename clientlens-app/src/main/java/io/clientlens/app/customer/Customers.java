package io.clientlens.app.customer;

import io.clientlens.batch.json.Json;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.clock.Now;
import io.clientlens.batch.export.StoredClassification;
import io.clientlens.code.Dimension;
import io.clientlens.customer.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The customers in the database: profiles and their classifications in the latest run. */
@Repository
public class Customers {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Now now;

    private final io.clientlens.app.aml.WatchLists watchLists;

    Customers(JdbcClient jdbc, AuditTrail audit, Now now, io.clientlens.app.aml.WatchLists watchLists) {
        this.watchLists = watchLists;
        this.jdbc = jdbc;
        this.audit = audit;
        this.now = now;
    }

    public Optional<Profile> profile(String customerId) {
        return jdbc.sql("select profile::text from customer where customer_id = :id").param("id", customerId)
                .query(String.class).optional().map(ProfileDocuments::fromJson);
    }

    public boolean exists(String customerId) {
        return jdbc.sql("select count(*) from customer where customer_id = :id").param("id", customerId)
                .query(Long.class).single() > 0;
    }

    /** As {@link #save(Profile, ChangedBy)} by the local operator (the command line, test data). */
    @Transactional
    public boolean save(Profile p) {
        return save(p, ChangedBy.localOperator(ChangedBy.COMMAND_LINE, null));
    }

    /**
     * Inserts or replaces the profile; returns true when the customer was new. A change of a stored profile is an
     * audit record {@code PROFILE_CHANGE} in the same transaction: who, when, through what, which fields, before and
     * after (masked, {@link ProfileChanges}). A new customer and a profile saved unchanged record nothing.
     */
    @Transactional
    public boolean save(Profile p, ChangedBy by) {
        Optional<String> before = jdbc.sql("select profile::text from customer where customer_id = :id for update")
                .param("id", p.customerId()).query(String.class).optional();
        jdbc.sql("""
                        insert into customer (customer_id, customer_type, branch_id, relationship_manager, birth_date, gender,
                                              region, profile)
                        values (:id, :type, :branch, :rm, :birth, :gender, :region, cast(:profile as jsonb))
                        on conflict (customer_id) do update set customer_type = excluded.customer_type,
                            branch_id = excluded.branch_id, relationship_manager = excluded.relationship_manager,
                            birth_date = excluded.birth_date, gender = excluded.gender, region = excluded.region,
                            profile = excluded.profile, updated_at = now()
                        where (customer.profile, customer.customer_type) is distinct from (excluded.profile, excluded.customer_type)
                        """)
                .param("id", p.customerId())
                .param("type", p.typeOrIndividual().name())
                .param("branch", p.branch())
                .param("rm", p.relationshipManager())
                .param("birth", p.birthDate())
                .param("gender", p.gender() == null ? null : p.gender().name())
                .param("region", p.region())
                .param("profile", ProfileDocuments.toJson(p))
                .update();
        if (before.isPresent()) {
            String after = jdbc.sql("select profile::text from customer where customer_id = :id").param("id", p.customerId())
                    .query(String.class).single();
            List<ProfileChanges.Change> changes = ProfileChanges.between(before.get(), after);
            if (!changes.isEmpty()) {
                audit.append(AuditTrail.PROFILE_CHANGE, now.get(), by.user(), by.role(), p.customerId(),
                        profileSubject(p.customerId()), "CHANGED", by.inputs(changes));
            }
        }
        // a new or changed profile is screened against the watch lists (docs/AML.md, "Screening")
        watchLists.screenAfterCommit(List.of(p.customerId()));
        return before.isEmpty();
    }

    /** The audit record's subject for a change of this customer's profile. */
    public static String profileSubject(String customerId) {
        return "customer:" + customerId + ":profile";
    }

    /** The customer's stored classification in a run: features and dimensions as exported. */
    public Optional<StoredClassification> classification(long runId, String customerId) {
        return jdbc.sql("select r.as_of, r.policy_version, c.features::text, c.dimensions::text from classification c "
                        + "join classification_run r using (run_id) where c.run_id = :run and c.customer_id = :id")
                .param("run", runId).param("id", customerId)
                .query((rs, i) -> StoredClassification.read(customerId, rs.getDate(1).toLocalDate().toString(), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional();
    }

    /**
     * One page of customers with their codes in the run, filtered by dimension codes
     * (e.g. {@code aumTier=AFFLUENT}), ordered by customer id.
     */
    public Page page(long runId, Map<Dimension, String> filters, int page, int size) {
        return page(runId, filters, page, size, null, null);
    }

    /** As {@link #page(long, Map, int, int)}, restricted to one branch and/or one RM's customers when not null. */
    public Page page(long runId, Map<Dimension, String> filters, int page, int size, String branch, String rm) {
        return page(runId, filters, Criteria.NONE, page, size, branch, rm);
    }

    /**
     * What staff type into a search: the exact customer id, the start of the stored (clear) name,
     * the exact mobile number, the exact resident ID number (a final x in either case); null or blank
     * means no condition. Each condition has its index (primary key, V6__ui_search.sql,
     * V11__resident_id_search.sql), so a search stays fast over a large customer table.
     */
    public record Criteria(String customerId, String namePrefix, String mobile, String residentId) {
        public static final Criteria NONE = new Criteria(null, null, null, null);

        public Criteria {
            customerId = blankToNull(customerId);
            namePrefix = blankToNull(namePrefix);
            mobile = blankToNull(mobile);
            residentId = blankToNull(residentId) == null ? null : residentId.strip().toUpperCase(java.util.Locale.ROOT);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** As {@link #page(long, Map, int, int, String, String)}, further narrowed by what was searched for. */
    public Page page(long runId, Map<Dimension, String> filters, Criteria criteria, int page, int size, String branch, String rm) {
        return page(runId, filters, criteria, null, page, size, branch, rm);
    }

    /**
     * As {@link #page(long, Map, Criteria, int, int, String, String)}, limited to the given customer ids when not null
     * (a custom segment's members): one array parameter, so the count and the paging stay in SQL with the other conditions.
     */
    public Page page(long runId, Map<Dimension, String> filters, Criteria criteria, List<String> onlyIds, int page, int size,
                     String branch, String rm) {
        Map<String, String> wanted = new LinkedHashMap<>();
        filters.forEach((d, code) -> wanted.put(d.code(), code));
        String filterJson = Json.write(wanted);
        StringBuilder where = new StringBuilder(" where c.run_id = :run");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", runId);
        if (!wanted.isEmpty()) {
            where.append(" and c.codes @> cast(:f as jsonb)");
            params.put("f", filterJson);
        }
        if (branch != null) {
            where.append(" and cu.branch_id = :branch");
            params.put("branch", branch);
        }
        if (rm != null) {
            where.append(" and cu.relationship_manager = :rm");
            params.put("rm", rm);
        }
        if (onlyIds != null) {
            where.append(" and c.customer_id = any(:ids)");
            params.put("ids", onlyIds.toArray(String[]::new));
        }
        if (criteria.customerId() != null) {
            where.append(" and c.customer_id = :cid");
            params.put("cid", criteria.customerId());
        }
        if (criteria.namePrefix() != null) {
            where.append(" and cu.profile->>'name' like :name escape '\\'");
            params.put("name", criteria.namePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (criteria.mobile() != null) {
            where.append(" and cu.profile->>'mobile' = :mobile");
            params.put("mobile", criteria.mobile());
        }
        if (criteria.residentId() != null) {
            where.append(" and cu.profile->>'residentId' = :residentId");
            params.put("residentId", criteria.residentId());
        }
        // The customer table only when a condition is on it: counting and paging over the classification's primary
        // key alone is several times faster than through the join at 100,000 customers.
        boolean onCustomer = branch != null || rm != null || criteria.namePrefix() != null || criteria.mobile() != null
                || criteria.residentId() != null;
        String from = onCustomer ? "classification c join customer cu using (customer_id)" : "classification c";
        long total = jdbc.sql("select count(*) from " + from + where)
                .params(params).query(Long.class).single();
        List<Row> rows = new ArrayList<>();
        // The page's keys first, then the documents of those 50 only: with the columns in the same query, PostgreSQL
        // would read every skipped customer's profile too (2 s for page 1,000 of 100,000 customers instead of ms).
        jdbc.sql("with keys as (select c.customer_id from " + from + where
                        + " order by c.customer_id limit :size offset :offset) "
                        + "select c.customer_id, cu.customer_type, cu.profile->>'name' as name, cu.branch_id, c.codes::text, "
                        + "cu.profile->>'mobile' as mobile from keys join classification c on c.run_id = :run "
                        + "and c.customer_id = keys.customer_id join customer cu on cu.customer_id = keys.customer_id "
                        + "order by c.customer_id")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(rs -> {
                    Map<String, Object> codes = Json.read(rs.getString(5));
                    Map<String, String> asText = new LinkedHashMap<>();
                    codes.forEach((k, v) -> asText.put(k, String.valueOf(v)));
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), asText, rs.getString(6)));
                });
        return new Page(rows, page, size, total);
    }

    public long count() {
        return jdbc.sql("select count(*) from customer").query(Long.class).single();
    }

    /** A customer in a list; {@code name} and {@code mobile} are clear text here and must be masked before they leave the server. */
    public record Row(String customerId, String type, String name, String branch, Map<String, String> codes, String mobile) {
    }

    public record Page(List<Row> rows, int page, int size, long total) {
    }
}
