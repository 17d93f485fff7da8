package io.clientlens.app.aml;

import io.clientlens.app.aml.persistence.AlertStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Consumer;

/** Reads the alerts monitoring has raised (docs/AML.md); for compliance only (see docs/SECURITY.md). */
@Service
public class AlertQueries {
    /** The most alerts one listing returns; the CLI's jsonl streams them all. */
    public static final int MAX_LIST = 1_000;

    private final AlertStore store;

    AlertQueries(AlertStore store) {
        this.store = store;
    }

    /** Every alert raised so far, counted by rule: the dashboards' chart for compliance (Capability.READ_AML). */
    public java.util.Map<io.clientlens.aml.monitor.AlertRule, Long> countByRule() {
        return store.countByRule();
    }

    public List<StoredAlert> list(AlertQuery query, int limit) {
        return store.list(query, Math.max(1, Math.min(limit, MAX_LIST)));
    }

    /** Every alert the query selects, one at a time, in the order of alerts.jsonl. */
    @Transactional(readOnly = true)
    public void forEach(AlertQuery query, Consumer<StoredAlert> each) {
        store.forEach(query, each);
    }
}
