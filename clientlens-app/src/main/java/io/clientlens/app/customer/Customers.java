package io.clientlens.app.customer;

import io.clientlens.batch.json.Json;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.clock.Now;
import io.clientlens.app.classify.RunQueries;
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
import io.clientlens.customer.FieldProblem;

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

    /**
     * A resident ID belongs to one customer: the problem when another customer's profile already holds the one
     * {@code p} gives. The other customer is named only to a user whose scope covers them; to anyone else a customer
     * outside their scope is not there, so it is "another customer".
     */
    public Optional<FieldProblem> residentIdTakenFor(Profile p, io.clientlens.app.security.SignedInUser user) {
        if (p.residentId() == null || p.residentId().isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select customer_id, branch_id, relationship_manager from customer "
                        + "where profile ->> 'residentId' = :rid and customer_id <> :id order by customer_id limit 1")
                .param("rid", p.residentId()).param("id", p.customerId())
                .query((rs, n) -> io.clientlens.app.security.Scope.covers(user, rs.getString(2), rs.getString(3))
                        ? new FieldProblem("residentId", "该身份证号已属于客户 " + rs.getString(1) + "；一个身份证号只应属于一位客户，请核实",
                        "this resident ID is already that of customer " + rs.getString(1) + "; one resident ID belongs to one customer: check it")
                        : new FieldProblem("residentId", "该身份证号已属于另一位客户；一个身份证号只应属于一位客户，请核实",
                        "this resident ID is already that of another customer; one resident ID belongs to one customer: check it"))
                .optional();
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
        return page(runId, new Query(filters, criteria, onlyIds, Extra.NONE, Sort.DEFAULT), page, size, branch, rm);
    }

    /**
     * The columns a list may be sorted by, each one SQL expression (never text from the request): the user names a key,
     * the key names the expression. Ties are broken by the customer id in the same direction, so that paging is stable.
     * The AUM has an index per run (V65__customer_list_sort.sql); the others sort the rows of one run in memory.
     */
    public enum SortKey {
        CUSTOMER_ID("customerId", "c.customer_id", false),
        AUM("aum", "(c.features->>'aum')::numeric", false),
        RISK_LEVEL("riskLevel", "c.codes->>'riskLevel'", false),
        SERVICE_CLASS("serviceClass", "c.codes->>'serviceClass'", false),
        LAST_CONTACT("lastContact", "n.last_contact", true),
        BRANCH("branch", "cu.branch_id", true),
        RM("rm", "cu.relationship_manager", true);

        private final String code;
        private final String expression;
        private final boolean needsJoin;

        SortKey(String code, String expression, boolean needsJoin) {
            this.code = code;
            this.expression = expression;
            this.needsJoin = needsJoin;
        }

        public String code() {
            return code;
        }

        public static Optional<SortKey> byCode(String code) {
            for (SortKey k : values()) {
                if (k.code.equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        String orderBy(boolean descending) {
            String dir = descending ? " desc" : " asc";
            // the indexed keys keep PostgreSQL's null order (an index scan serves them); the others put unknowns last
            String nulls = this == CUSTOMER_ID || this == AUM ? "" : " nulls last";
            return expression + dir + nulls + (this == CUSTOMER_ID ? "" : ", c.customer_id" + dir);
        }
    }

    /** A sort order of a list. */
    public record Sort(SortKey key, boolean descending) {
        public static final Sort DEFAULT = new Sort(SortKey.CUSTOMER_ID, false);
    }

    /**
     * Conditions a chart's drill-down adds: the RM of the customers (for those who see several RMs' books) and the R and
     * F quintile scores of the RFM grid (1–5); null means no condition.
     */
    public record Extra(String rm, Integer rfmR, Integer rfmF) {
        public static final Extra NONE = new Extra(null, null, null);
    }

    /** Everything a list is narrowed and ordered by. */
    public record Query(Map<Dimension, String> filters, Criteria criteria, List<String> onlyIds, Extra extra, Sort sort) {
    }

    /** One page of the list: {@code branch} and {@code rm} are the signed-in user's scope (null: no restriction). */
    public Page page(long runId, Query query, int page, int size, String branch, String rm) {
        return page(runId, null, query, page, size, branch, rm);
    }

    /**
     * As {@link #page(long, Query, int, int, String, String)} in a finished run: the number of customers a query
     * finds over the run's classifications alone is counted once and kept (see {@link #COUNTS_KEPT}).
     */
    public Page page(RunQueries.RunInfo run, Query query, int page, int size, String branch, String rm) {
        return page(run.runId(), run.runId() + "@" + run.finishedAt(), query, page, size, branch, rm);
    }

    /**
     * How many counts are kept. The rows of a run are written in the transaction that creates it and never change
     * after, so a count that reads the classification table alone (codes, drill-down scores, the customer id) stays
     * true for as long as the run exists; one that reads the customer table (scope, RM, name, phone number, resident
     * ID) or a segment's members is counted every time, since profiles and rules change. A run is known by its id and
     * finishing time together (ids start again in an emptied database). Counting the 100,000 customers of a run takes
     * milliseconds on every page otherwise.
     */
    static final int COUNTS_KEPT = 256;

    private final Map<String, Long> counts = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > COUNTS_KEPT;
        }
    });

    private Page page(long runId, String runStamp, Query query, int page, int size, String branch, String rm) {
        Map<String, String> wanted = new LinkedHashMap<>();
        query.filters().forEach((d, code) -> wanted.put(d.code(), code));
        Criteria criteria = query.criteria();
        List<String> onlyIds = query.onlyIds();
        Extra extra = query.extra();
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
        if (extra.rm() != null) {
            where.append(" and cu.relationship_manager = :chosenRm");
            params.put("chosenRm", extra.rm());
        }
        if (extra.rfmR() != null) {
            where.append(" and c.dimensions->'rfmSegment'->'inputs'->>'R' = :rfmR");
            params.put("rfmR", String.valueOf(extra.rfmR()));
        }
        if (extra.rfmF() != null) {
            where.append(" and c.dimensions->'rfmSegment'->'inputs'->>'F' = :rfmF");
            params.put("rfmF", String.valueOf(extra.rfmF()));
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
        boolean onCustomer = branch != null || rm != null || extra.rm() != null || criteria.namePrefix() != null
                || criteria.mobile() != null || criteria.residentId() != null;
        String from = onCustomer ? "classification c join customer cu using (customer_id)" : "classification c";
        String countSql = "select count(*) from " + from + where;
        String countKey = runStamp == null || onCustomer || onlyIds != null ? null : runStamp + " " + countSql + " " + params;
        Long known = countKey == null ? null : counts.get(countKey);
        long total = known != null ? known : jdbc.sql(countSql).params(params).query(Long.class).single();
        if (countKey != null && known == null) {
            counts.put(countKey, total);
        }
        Sort sort = query.sort();
        String sortedFrom = from;
        if (sort.key().needsJoin && !onCustomer) {
            sortedFrom += " join customer cu using (customer_id)";
        }
        if (sort.key() == SortKey.LAST_CONTACT) {
            sortedFrom += " left join (select customer_id, max(occurred_on) as last_contact from interaction_note group by customer_id) n"
                    + " using (customer_id)";
        }
        // The page's keys first, then the documents of those 50 only: with the columns in the same query, PostgreSQL
        // would read every skipped customer's profile too (2 s for page 1,000 of 100,000 customers instead of ms).
        List<String> keys = jdbc.sql("select c.customer_id from " + sortedFrom + where + " order by "
                        + sort.key().orderBy(sort.descending()) + " limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(String.class).list();
        Map<String, Row> byId = new java.util.HashMap<>();
        jdbc.sql("select c.customer_id, cu.customer_type, cu.profile->>'name' as name, cu.branch_id, c.codes::text, "
                        + "cu.profile->>'mobile' as mobile, c.features->>'aum' as aum, cu.relationship_manager, "
                        + "(select max(x.occurred_on) from interaction_note x where x.customer_id = c.customer_id) as last_contact "
                        + "from classification c join customer cu using (customer_id) "
                        + "where c.run_id = :run and c.customer_id = any(:keys)")
                .param("run", runId).param("keys", keys.toArray(String[]::new))
                .query(rs -> {
                    Map<String, Object> codes = Json.read(rs.getString(5));
                    Map<String, String> asText = new LinkedHashMap<>();
                    codes.forEach((k, v) -> asText.put(k, String.valueOf(v)));
                    String aum = rs.getString(7);
                    java.sql.Date contact = rs.getDate(9);
                    byId.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), asText,
                            rs.getString(6), aum == null ? null : new java.math.BigDecimal(aum), rs.getString(8),
                            contact == null ? null : contact.toLocalDate()));
                });
        List<Row> rows = keys.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new Page(rows, page, size, total);
    }

    /** The relationship managers of the customers within a scope ({@code branch} null: all), for a filter's choices. */
    public List<String> relationshipManagers(String branch) {
        if (branch != null) { // one branch's customers, found through its index: a few thousand rows at most
            return jdbc.sql("select distinct relationship_manager from customer where relationship_manager is not null"
                            + " and branch_id = :branch order by 1")
                    .param("branch", branch).query(String.class).list();
        }
        // The whole bank: one probe of the RM index per RM instead of reading every customer on every list page.
        return jdbc.sql("""
                        with recursive rm(name) as (
                            (select relationship_manager from customer where relationship_manager is not null
                             order by relationship_manager limit 1)
                            union all
                            select (select c.relationship_manager from customer c where c.relationship_manager > rm.name
                                    order by c.relationship_manager limit 1)
                            from rm where rm.name is not null)
                        select name from rm where name is not null""")
                .query(String.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from customer").query(Long.class).single();
    }

    /** A customer in a list; {@code name} and {@code mobile} are clear text here and must be masked before they leave the server. */
    public record Row(String customerId, String type, String name, String branch, Map<String, String> codes, String mobile,
                      java.math.BigDecimal aum, String relationshipManager, java.time.LocalDate lastContact) {
    }

    public record Page(List<Row> rows, int page, int size, long total) {
    }
}
