package io.clientlens.app.importing;

import io.clientlens.app.customer.ChangedBy;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.db.TableStatistics;
import io.clientlens.bank.BankDataSink;
import io.clientlens.importing.ImportIssue;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Runs a reader into the database inside one transaction: either everything it delivered is
 * stored or, on failure, nothing is.
 */
@Service
public class Imports {
    private final DataSource dataSource;
    private final TableStatistics statistics;

    private final io.clientlens.app.aml.WatchLists watchLists;
    private final DataCurrency currency;

    Imports(DataSource dataSource, TableStatistics statistics, io.clientlens.app.aml.WatchLists watchLists, DataCurrency currency) {
        this.watchLists = watchLists;
        this.currency = currency;
        this.dataSource = dataSource;
        this.statistics = statistics;
    }

    /** Something that reads a source and delivers it to a sink. */
    @FunctionalInterface
    public interface Source {
        void deliverTo(BankDataSink sink);
    }

    public Result load(Source source) {
        return load(source, false);
    }

    /** As {@link #load(Source, boolean, ChangedBy)} by the local operator (the command line). */
    public Result load(Source source, boolean strict) {
        return load(source, strict, ChangedBy.localOperator(ChangedBy.IMPORT, null));
    }

    /**
     * With {@code strict}, any row with a problem means nothing is stored. Every stored profile the import changes is
     * an audit record {@code PROFILE_CHANGE} by {@code changedBy}, in the same transaction. Refreshes the statistics
     * of what changed.
     */
    public Result load(Source source, boolean strict, ChangedBy changedBy) {
        java.time.Instant started = java.time.Instant.now();
        Result result;
        try {
            result = store(source, strict, changedBy);
        } finally {
            currency.forget(); // the import may have recorded the data's currency
        }
        // imported or changed customers are screened against the watch lists (docs/AML.md, "Screening")
        LoadCounts customers = result.counts().get("customer");
        if (result.stored() && customers != null && customers.inserted() + customers.updated() > 0) {
            watchLists.screenChangedSince(started.minusSeconds(1));
        }
        statistics.refresh(result.counts().entrySet().stream()
                .filter(e -> e.getValue().inserted() + e.getValue().updated() > 0).map(Map.Entry::getKey).toList());
        return result;
    }

    private Result store(Source source, boolean strict, ChangedBy changedBy) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PostgresBankData sink = new PostgresBankData(c, ProfileDocuments::toJson, changedBy);
                source.deliverTo(sink);
                sink.finish();
                if (strict && !sink.issues().isEmpty()) {
                    c.rollback();
                    return new Result(Map.of(), sink.issues(), false);
                }
                c.commit();
                return new Result(sink.counts(), sink.issues(), true);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ImportFailed("Import failed and nothing was stored: " + e.getMessage(), e);
        }
    }

    /** Rows per table (inserted/updated/unchanged) and the rows that could not be read. */
    public record Result(Map<String, LoadCounts> counts, List<ImportIssue> issues, boolean stored) {
        public long changed() {
            return counts.values().stream().mapToLong(l -> l.inserted() + l.updated()).sum();
        }
    }
}
