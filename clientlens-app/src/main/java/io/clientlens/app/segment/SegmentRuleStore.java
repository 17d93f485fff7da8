package io.clientlens.app.segment;

import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.regex.Pattern;

/** Custom segment rules kept in the database; callers check expressions before saving. */
@Repository
public class SegmentRuleStore {
    private final JdbcClient jdbc;

    SegmentRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // the rating's code, however the expression reaches it (dimensions.amlRisk, dimensions["amlRisk"])
    private static final Pattern AML_RATING = Pattern.compile("\\bamlRisk\\b");

    /** Every stored rule, for the work no user sees (sizes computed in advance, exports on the server's command line). */
    public List<SegmentRule> all() {
        return jdbc.sql("select name, label_zh, label_en, priority, expression from segment_rule order by priority, name")
                .query((rs, n) -> new SegmentRule(rs.getString(1), Label.of(rs.getString(2), rs.getString(3)), rs.getInt(4),
                        rs.getString(5), 0))
                .list();
    }

    /**
     * The stored rules the signed-in user may use. A rule that reads the AML rating is left out for the roles that work
     * with the customer and may not see it: its members, or even its name, would tell them what compliance knows.
     */
    public List<SegmentRule> visible() {
        return all().stream().filter(SegmentRuleStore::mayUse).toList();
    }

    /** Whether the signed-in user may use the rule (see {@link #visible()}). */
    public static boolean mayUse(SegmentRule rule) {
        return !readsAmlRating(rule) || io.clientlens.app.aml.AmlVisibility.currentUserMaySeeAmlRating();
    }

    /** Whether the rule's expression reads the AML rating. */
    public static boolean readsAmlRating(SegmentRule rule) {
        return AML_RATING.matcher(rule.expression()).find();
    }

    /** Creates or replaces; true when it was new. */
    public boolean save(SegmentRule rule) {
        int existing = jdbc.sql("select count(*) from segment_rule where name = ?").param(rule.name()).query(Integer.class).single();
        jdbc.sql("insert into segment_rule (name, label_zh, label_en, priority, expression) values (?, ?, ?, ?, ?) "
                        + "on conflict (name) do update set label_zh = excluded.label_zh, label_en = excluded.label_en, "
                        + "priority = excluded.priority, expression = excluded.expression, updated_at = now()")
                .params(rule.name(), rule.label().zh(), rule.label().en(), rule.priority(), rule.expression()).update();
        return existing == 0;
    }

    public boolean delete(String name) {
        return jdbc.sql("delete from segment_rule where name = ?").param(name).update() > 0;
    }
}
