package io.clientlens.app.needs;

import io.clientlens.app.refusal.NotFound;
import io.clientlens.needs.Need;
import io.clientlens.needs.NeedKind;
import io.clientlens.needs.NeedRules;
import io.clientlens.needs.NeedStatus;
import io.clientlens.needs.NewNeed;
import io.clientlens.needs.PlanningArea;
import io.clientlens.needs.Transition;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientlens.staff.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The needs register in PostgreSQL. Every status change is checked by {@link NeedRules} and
 * written together with its history row in one transaction; a refused change writes nothing.
 */
@Repository
public class NeedsRegister {
    private final JdbcClient jdbc;

    NeedsRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a need the caller has checked ({@link NewNeed#problems()} empty) for an existing customer. */
    @Transactional
    public Need add(String customerId, NewNeed n, Actor actor) {
        long id = jdbc.sql("""
                        insert into need (customer_id, title, area, expectation, voice, nature, source, source_ref, importance,
                                          urgency, cost, leads_to_proposal, identified_by)
                        values (:customer, :title, :area, :expectation, :voice, :nature, :source, :sourceRef, :importance,
                                :urgency, :cost, :proposal, :user) returning need_id
                        """)
                .param("customer", customerId).param("title", n.title().strip())
                .param("area", n.area() == null ? null : n.area().name()).param("expectation", n.expectation().name())
                .param("voice", n.voice().name()).param("nature", n.nature().name()).param("source", n.source().name())
                .param("sourceRef", n.sourceRef()).param("importance", n.importance()).param("urgency", n.urgency())
                .param("cost", n.cost()).param("proposal", n.leadsToProposal()).param("user", actor.user())
                .query(Long.class).single();
        event(id, null, NeedStatus.IDENTIFIED, actor, null);
        return find(id).orElseThrow();
    }

    public Optional<Need> find(long id) {
        return jdbc.sql("select * from need where need_id = :id").param("id", id).query(NeedsRegister::need).optional();
    }

    /** The customer's needs in priority order (open first; urgency, importance, cost). */
    public List<Need> ranked(String customerId) {
        return NeedRules.ranked(jdbc.sql("select * from need where customer_id = :c").param("c", customerId)
                .query(NeedsRegister::need).list());
    }

    /** Moves a need of the customer, or says why not; the row is locked so two reviewers cannot race. */
    @Transactional
    public Transition move(String customerId, long id, NeedStatus to, Actor actor, String note) {
        Need need = jdbc.sql("select * from need where need_id = :id and customer_id = :c for update")
                .param("id", id).param("c", customerId).query(NeedsRegister::need).optional()
                .orElseThrow(() -> new NotFound("need", customerId + "/" + id));
        Transition t = NeedRules.move(need, to, actor, Instant.now());
        if (t instanceof Transition.Moved moved) {
            jdbc.sql("update need set status = :s, reviewed_by = :r, updated_at = now() where need_id = :id")
                    .param("s", to.name()).param("r", moved.need().reviewedBy()).param("id", id).update();
            event(id, need.status(), to, actor, note);
            return new Transition.Moved(find(id).orElseThrow(), need.status());
        }
        return t;
    }

    public List<NeedEvent> history(long id) {
        return jdbc.sql("select from_status, to_status, actor, actor_role, note, at from need_event where need_id = :id order by event_id")
                .param("id", id).query((rs, i) -> new NeedEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant().toString())).list();
    }

    /**
     * One move of a need: from status (null when it was identified) to status, by whom in which role, the note, when
     * (ISO instant). The field order is the API's (docs/API.md).
     */
    @JsonPropertyOrder({"from", "to", "actor", "role", "note", "at"})
    public record NeedEvent(String from, String to, String actor, String role, String note, String at) {
    }

    private void event(long id, NeedStatus from, NeedStatus to, Actor actor, String note) {
        jdbc.sql("insert into need_event (need_id, from_status, to_status, actor, actor_role, note) values (:id, :f, :t, :a, :r, :n)")
                .param("id", id).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("a", actor.user()).param("r", actor.role().name()).param("n", note).update();
    }

    private static Need need(ResultSet rs, int row) throws SQLException {
        String area = rs.getString("area");
        return new Need(rs.getLong("need_id"), rs.getString("customer_id"), rs.getString("title"),
                area == null ? null : PlanningArea.valueOf(area),
                NeedKind.Expectation.valueOf(rs.getString("expectation")), NeedKind.Voice.valueOf(rs.getString("voice")),
                NeedKind.Nature.valueOf(rs.getString("nature")), NeedKind.Source.valueOf(rs.getString("source")),
                rs.getString("source_ref"), rs.getInt("importance"), rs.getInt("urgency"), rs.getBigDecimal("cost"),
                rs.getBoolean("leads_to_proposal"), NeedStatus.valueOf(rs.getString("status")), rs.getString("identified_by"),
                rs.getString("reviewed_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
