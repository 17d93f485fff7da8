package io.clientlens.app.service.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps the figures of every book (branch, RM, service class) for a classification run: customers, AUM, new
 * customers (not in the run before) and lost ones (churned now, not before). Written once per run, when its tasks
 * are computed; the workbench reads a few rows instead of every customer's classification.
 */
public final class BookStore {
    private BookStore() {
    }

    public static void snapshot(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into service_book (run_id, branch_id, rm_id, service_class, customers, aum, new_customers, lost_customers)
                select k.run_id, coalesce(cu.branch_id, ''), coalesce(cu.relationship_manager, ''), coalesce(k.codes ->> 'serviceClass', 'UNKNOWN'),
                       count(*), coalesce(sum(cast(k.features ->> 'aum' as numeric)), 0),
                       count(*) filter (where prev.run_id is not null and p.customer_id is null),
                       count(*) filter (where prev.run_id is not null and k.codes ->> 'loyalty' = 'CHURNED'
                                        and coalesce(p.codes ->> 'loyalty', '') <> 'CHURNED')
                from classification k
                join customer cu on cu.customer_id = k.customer_id
                left join (select max(run_id) as run_id from classification_run where status = 'DONE' and run_id < ?) prev on true
                left join classification p on p.run_id = prev.run_id and p.customer_id = k.customer_id
                where k.run_id = ?
                group by 1, 2, 3, 4
                on conflict do nothing""")) {
            ps.setLong(1, runId);
            ps.setLong(2, runId);
            ps.executeUpdate();
        }
    }
}
