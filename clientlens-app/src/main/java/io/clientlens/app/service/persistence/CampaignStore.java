package io.clientlens.app.service.persistence;

import io.clientlens.app.security.Scope;
import io.clientlens.app.service.Campaign;
import io.clientlens.app.service.CampaignMember;
import io.clientlens.app.service.Page;
import io.clientlens.service.CampaignResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Campaigns and their members; member figures are limited to a viewer's scope. */
@Repository
public class CampaignStore {
    private static final String COLUMNS = "c.campaign_id, c.name, c.kind, c.product_code, c.segment, c.starts_on, c.ends_on, c.cost, "
            + "c.revenue_rate, c.branch_id, c.created_by, c.created_role, c.created_at, c.policy_version, "
            + "(select count(*) from campaign_member m where m.campaign_id = c.campaign_id) as members";
    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, String kind, String product, String segment, LocalDate from, LocalDate to, BigDecimal cost,
                       BigDecimal rate, String branch, String by, String role, Instant at, String policy) {
        return jdbc.sql("""
                        insert into campaign (name, kind, product_code, segment, starts_on, ends_on, cost, revenue_rate, branch_id, created_by,
                                              created_role, created_at, policy_version)
                        values (:name, :kind, :product, :segment, :from, :to, :cost, :rate, :branch, :by, :role, :at, :policy) returning campaign_id""")
                .param("name", name).param("kind", kind).param("product", product).param("segment", segment).param("from", from)
                .param("to", to).param("cost", cost).param("rate", rate).param("branch", branch).param("by", by).param("role", role)
                .param("at", Timestamp.from(at)).param("policy", policy).query(Long.class).single();
    }

    /** Invites the given customers that exist in the scope; returns how many were invited. */
    public int invite(long campaignId, Collection<String> customerIds, Scope.Filter scope, Instant at) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where cu.customer_id = any (:ids)");
        params.put("ids", customerIds.toArray(String[]::new));
        TaskStore.scoped(where, scope, params);
        return jdbc.sql("insert into campaign_member (campaign_id, customer_id, invited_at) select :id, cu.customer_id, :at from customer cu"
                        + where + " on conflict do nothing")
                .params(params).param("id", campaignId).param("at", Timestamp.from(at)).update();
    }

    /** Of the given ids, those that are customers in the scope. */
    /** Whether the catalogue lists the code or a customer holds a product of it: what a campaign's conversions count. */
    public boolean productKnown(String productCode) {
        return jdbc.sql("select exists (select 1 from product where product_code = :code) "
                        + "or exists (select 1 from holding where product_code = :code)")
                .param("code", productCode).query(Boolean.class).single();
    }

    public List<String> existing(Collection<String> customerIds, Scope.Filter scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where cu.customer_id = any (:ids)");
        params.put("ids", customerIds.toArray(String[]::new));
        TaskStore.scoped(where, scope, params);
        return jdbc.sql("select cu.customer_id from customer cu" + where).params(params).query(String.class).list();
    }

    public Optional<Campaign> find(long id, String branch) {
        return jdbc.sql("select " + COLUMNS + " from campaign c where c.campaign_id = :id"
                        + (branch == null ? "" : " and (c.branch_id is null or c.branch_id = :branch)"))
                .param("id", id).params(branch == null ? Map.of() : Map.of("branch", branch)).query(CampaignStore::campaign).optional();
    }

    /** Campaigns the branch sees (null: every one), optionally of one kind, newest first. */
    public Page<Campaign> page(String branch, String kind, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = " where true";
        if (branch != null) {
            where += " and (c.branch_id is null or c.branch_id = :branch)";
            params.put("branch", branch);
        }
        if (kind != null) {
            where += " and c.kind = :kind";
            params.put("kind", kind);
        }
        long total = jdbc.sql("select count(*) from campaign c" + where).params(params).query(Long.class).single();
        List<Campaign> items = jdbc.sql("select " + COLUMNS + " from campaign c" + where + " order by c.campaign_id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(CampaignStore::campaign).list();
        return new Page<>(items, page, size, total);
    }

    /** Members in the scope by response. */
    public Map<CampaignResponse, Long> responses(long campaignId, Scope.Filter scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where m.campaign_id = :id");
        params.put("id", campaignId);
        TaskStore.scoped(where, scope, params);
        Map<CampaignResponse, Long> counts = new EnumMap<>(CampaignResponse.class);
        jdbc.sql("select m.response, count(*) from campaign_member m join customer cu on cu.customer_id = m.customer_id" + where + " group by 1")
                .params(params).query(rs -> {
                    counts.put(CampaignResponse.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Members in the scope who opened the product within the window: [customers, amount]. */
    public Object[] conversions(Campaign c, Scope.Filter scope) {
        if (c.productCode() == null) {
            return new Object[]{0L, BigDecimal.ZERO};
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where m.campaign_id = :id");
        params.put("id", c.campaignId());
        TaskStore.scoped(where, scope, params);
        return jdbc.sql("select count(distinct m.customer_id), coalesce(sum(h.amount), 0) from campaign_member m "
                        + "join customer cu on cu.customer_id = m.customer_id join holding h on h.customer_id = m.customer_id "
                        + "and h.product_code = :product and h.opened between :from and :to" + where)
                .params(params).param("product", c.productCode()).param("from", c.startsOn()).param("to", c.endsOn())
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getBigDecimal(2)}).single();
    }

    public Page<CampaignMember> members(Campaign c, Scope.Filter scope, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where m.campaign_id = :id");
        params.put("id", c.campaignId());
        TaskStore.scoped(where, scope, params);
        long total = jdbc.sql("select count(*) from campaign_member m join customer cu on cu.customer_id = m.customer_id" + where)
                .params(params).query(Long.class).single();
        List<CampaignMember> items = jdbc.sql("""
                        select m.customer_id, cu.customer_type, cu.profile ->> 'name', m.response, m.responded_at, m.responded_by,
                               exists (select 1 from holding h where h.customer_id = m.customer_id and h.product_code = :product
                                       and h.opened between :from and :to)
                        from campaign_member m join customer cu on cu.customer_id = m.customer_id""" + where
                        + " order by m.customer_id limit :size offset :offset")
                .params(params).param("product", c.productCode() == null ? "" : c.productCode()).param("from", c.startsOn())
                .param("to", c.endsOn()).param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> new CampaignMember(rs.getString(1), Names.shown(rs.getString(2), rs.getString(3)),
                        CampaignResponse.valueOf(rs.getString(4)), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6), rs.getBoolean(7))).list();
        return new Page<>(items, page, size, total);
    }

    /** The member if invited and in the scope. */
    public Optional<CampaignMember> member(Campaign c, String customerId, Scope.Filter scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where m.campaign_id = :id and m.customer_id = :customer");
        params.put("id", c.campaignId());
        params.put("customer", customerId);
        TaskStore.scoped(where, scope, params);
        return jdbc.sql("select m.customer_id, cu.customer_type, cu.profile ->> 'name', m.response, m.responded_at, m.responded_by "
                        + "from campaign_member m join customer cu on cu.customer_id = m.customer_id" + where)
                .params(params).query((rs, i) -> new CampaignMember(rs.getString(1), Names.shown(rs.getString(2), rs.getString(3)),
                        CampaignResponse.valueOf(rs.getString(4)), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6), false)).optional();
    }

    public void respond(long campaignId, String customerId, CampaignResponse response, String by, Instant at) {
        jdbc.sql("update campaign_member set response = :r, responded_at = :at, responded_by = :by where campaign_id = :id and customer_id = :c")
                .param("r", response.name()).param("at", Timestamp.from(at)).param("by", by).param("id", campaignId).param("c", customerId)
                .update();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getTimestamp(13).toInstant(), rs.getString(14), rs.getLong(15));
    }
}
