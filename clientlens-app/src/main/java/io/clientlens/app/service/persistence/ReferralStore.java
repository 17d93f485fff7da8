package io.clientlens.app.service.persistence;

import io.clientlens.app.service.Page;
import io.clientlens.app.service.Referral;
import io.clientlens.service.ReferralOutcome;
import io.clientlens.service.ReferralState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored referrals, read by who may see them: the staff who referred, the RM referred to, the branch's supervisor. */
@Repository
public class ReferralStore {
    private static final String COLUMNS = "r.referral_id, r.customer_id, cu.customer_type, cu.profile ->> 'name', r.referred_by, r.branch_id, "
            + "r.to_rm, r.note, r.state, r.outcome, r.follow_up_note, r.created_at, r.accepted_at, r.followed_up_at, r.closed_at";
    private static final String FROM = " from referral r join customer cu on cu.customer_id = r.customer_id";
    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an RM has this id: an RM user of ClientLens, or the RM of some customer. */
    public boolean rmKnown(String rmId) {
        return jdbc.sql("select exists (select 1 from app_user where role = 'RM' and rm_id = :rm) "
                + "or exists (select 1 from customer where relationship_manager = :rm)").param("rm", rmId).query(Boolean.class).single();
    }

    /** Who sees what: {@code referredBy} (sales staff), {@code toRm} (an RM), {@code branch} (a supervisor); null: everyone's. */
    public record Visibility(String referredBy, String toRm, String branch) {
        String where(Map<String, Object> params) {
            StringBuilder w = new StringBuilder(" where true");
            if (referredBy != null) {
                w.append(" and r.referred_by = :by");
                params.put("by", referredBy);
            }
            if (toRm != null) {
                w.append(" and r.to_rm = :rm");
                params.put("rm", toRm);
            }
            if (branch != null) {
                w.append(" and r.branch_id = :branch");
                params.put("branch", branch);
            }
            return w.toString();
        }
    }

    public long insert(String customerId, String by, String role, String branch, String toRm, String note, Instant at) {
        return jdbc.sql("""
                        insert into referral (customer_id, referred_by, referred_role, branch_id, to_rm, note, state, created_at, updated_at)
                        values (:c, :by, :role, :branch, :rm, :note, 'REFERRED', :at, :at) returning referral_id""")
                .param("c", customerId).param("by", by).param("role", role).param("branch", branch).param("rm", toRm).param("note", note)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public Page<Referral> page(Visibility v, ReferralState state, int page, int size) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        String where = v.where(params) + (state == null ? "" : " and r.state = :state");
        if (state != null) {
            params.put("state", state.name());
        }
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Referral> items = jdbc.sql("select " + COLUMNS + FROM + where + " order by r.referral_id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(ReferralStore::referral).list();
        return new Page<>(items, page, size, total);
    }

    public Optional<Referral> find(long id, Visibility v) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        String where = v.where(params) + " and r.referral_id = :id";
        params.put("id", id);
        return jdbc.sql("select " + COLUMNS + FROM + where).params(params).query(ReferralStore::referral).optional();
    }

    public Optional<ReferralState> lockState(long id) {
        return jdbc.sql("select state from referral where referral_id = :id for update").param("id", id).query(String.class).optional()
                .map(ReferralState::valueOf);
    }

    public void move(long id, ReferralState to, ReferralOutcome outcome, String note, Instant at) {
        String column = switch (to) {
            case ACCEPTED, DECLINED -> "accepted_at";
            case FOLLOWED_UP -> "followed_up_at";
            default -> "closed_at";
        };
        jdbc.sql("update referral set state = :state, " + column + " = :at, outcome = coalesce(:outcome, outcome), "
                        + "follow_up_note = coalesce(:note, follow_up_note), updated_at = :at where referral_id = :id")
                .param("state", to.name()).param("at", Timestamp.from(at)).param("outcome", outcome == null ? null : outcome.name())
                .param("note", note).param("id", id).update();
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getLong(1), rs.getString(2), Names.shown(rs.getString(3), rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), ReferralState.valueOf(rs.getString(9)),
                rs.getString(10) == null ? null : ReferralOutcome.valueOf(rs.getString(10)), rs.getString(11), instant(rs, 12), instant(rs, 13),
                instant(rs, 14), instant(rs, 15));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
