package io.clientlens.app.importing;

import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileChanges;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The audit records {@code PROFILE_CHANGE} of an import, in its transaction: before the staged customers are merged,
 * the stored profiles that the merge will change are kept aside; after it, each is compared with what was stored,
 * and every profile that changed is one record (who, when, the file, which fields, before and after, masked). New
 * customers and profiles imported unchanged record nothing, so re-running an import adds no record.
 */
final class ProfileChangeLog implements StagedTable.MergeWatch {
    private final ChangedBy by;
    private long recorded;

    ProfileChangeLog(ChangedBy by) {
        this.by = by;
    }

    @Override
    public void beforeMerge(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("create temp table if not exists stage_customer_before (customer_id text primary key, profile jsonb not null) "
                    + "on commit drop");
            s.execute("truncate stage_customer_before");
            // only the profiles about to change: an unchanged re-import copies nothing
            s.execute("insert into stage_customer_before select c.customer_id, c.profile from customer c "
                    + "where exists (select 1 from stage_customer s where s.customer_id = c.customer_id "
                    + "and s.profile is distinct from c.profile)");
        }
    }

    @Override
    public void afterMerge(Connection c) throws SQLException {
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        try (var s = c.createStatement(); var rs = s.executeQuery("select b.customer_id, b.profile::text, c.profile::text "
                + "from stage_customer_before b join customer c using (customer_id) "
                + "where b.profile is distinct from c.profile order by b.customer_id")) {
            while (rs.next()) {
                String customerId = rs.getString(1);
                List<ProfileChanges.Change> changes = ProfileChanges.between(rs.getString(2), rs.getString(3));
                if (!changes.isEmpty()) {
                    AuditTrail.append(c, AuditTrail.PROFILE_CHANGE, at, by.user(), by.role(), customerId,
                            Customers.profileSubject(customerId), "CHANGED", by.inputs(changes));
                    recorded++;
                }
            }
        }
    }

    long recorded() {
        return recorded;
    }
}
