package io.clientlens.app.segment;

import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Custom segment rules kept in the database; callers check expressions before saving. */
@Repository
public class SegmentRuleStore {
    private final JdbcClient jdbc;

    SegmentRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SegmentRule> all() {
        return jdbc.sql("select name, label_zh, label_en, priority, expression from segment_rule order by priority, name")
                .query((rs, n) -> new SegmentRule(rs.getString(1), Label.of(rs.getString(2), rs.getString(3)), rs.getInt(4),
                        rs.getString(5), 0))
                .list();
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
