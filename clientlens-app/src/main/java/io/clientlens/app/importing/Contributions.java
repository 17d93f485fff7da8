package io.clientlens.app.importing;

import io.clientlens.app.db.TableStatistics;
import io.clientlens.batch.contribution.ContributionCsv;
import io.clientlens.importing.FileRefused;
import io.clientlens.importing.ImportIssue;
import io.clientlens.policy.Policy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores the bank's own profit figures; an unknown customer, or a figure outside the policy's
 * {@code validation.maxAmount}, is a problem at its line, not a new customer or a failed import.
 */
@Service
public class Contributions {
    private final JdbcClient jdbc;
    private final TableStatistics statistics;
    private final BigDecimal maxAmount;

    Contributions(JdbcClient jdbc, TableStatistics statistics, Policy policy) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.maxAmount = policy.validation().maxAmount();
    }

    /** @throws FileRefused when the file is empty or holds only its header */
    @Transactional
    public Imports.Result load(Path file, boolean strict) {
        List<ImportIssue> issues = new ArrayList<>();
        long[] updated = {0};
        long[] unchanged = {0};
        ContributionCsv.read(file, maxAmount, c -> {
            int changed = jdbc.sql("update customer set imported_contribution = :amount, updated_at = now() "
                            + "where customer_id = :id and imported_contribution is distinct from :amount")
                    .param("amount", c.amount()).param("id", c.customerId()).update();
            if (changed == 1) {
                updated[0]++;
            } else if (jdbc.sql("select count(*) from customer where customer_id = :id").param("id", c.customerId())
                    .query(Long.class).single() == 0) {
                issues.add(new ImportIssue(file.getFileName().toString(), c.line(), "customerId",
                        "no customer '" + c.customerId() + "' / 没有该客户"));
            } else {
                unchanged[0]++;
            }
        }, issues::add);
        if (updated[0] + unchanged[0] == 0 && issues.isEmpty()) {
            throw FileRefused.noRows(); // every row read is counted or a problem: the file had none
        }
        if (strict && !issues.isEmpty()) {
            throw new StrictImportRefused(issues);
        }
        if (updated[0] > 0) {
            statistics.refreshAfterCommit(List.of("customer"));
        }
        Map<String, LoadCounts> counts = new LinkedHashMap<>();
        counts.put("contribution", new LoadCounts(0, updated[0], unchanged[0]));
        return new Imports.Result(counts, issues, true);
    }

    /** Thrown inside the transaction so that it rolls back; carries the problems. */
    public static final class StrictImportRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<ImportIssue> issues;

        StrictImportRefused(List<ImportIssue> issues) {
            super("nothing imported: " + issues.size() + " rows have problems");
            this.issues = issues;
        }

        public List<ImportIssue> issues() {
            return issues;
        }
    }
}
