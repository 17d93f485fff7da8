package io.clientlens.app.web;

import io.clientlens.app.ui.Yuan;
import io.clientlens.app.customer.CustomerHistory;
import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.app.importing.DataCurrency;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.identity.Masking;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customer 360's history sections in the page's language: classes over the last runs (a
 * change from the run before is marked), holdings, recent transactions (account numbers masked),
 * suitability checks, the audit trail and interaction notes.
 */
@Component
class CustomerSections {
    static final int RUNS = 5;
    static final int TRANSACTIONS = 20;
    static final int HOLDINGS = 50;
    static final int CHECKS = 10;
    static final int AUDIT = 20;
    static final int NOTES = 50;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CustomerHistory history;
    private final SuitabilityChecks checks;
    private final InteractionNotes notes;
    private final DataCurrency currency;

    private final ProfileChangeLines profileChanges;

    CustomerSections(CustomerHistory history, SuitabilityChecks checks, InteractionNotes notes, DataCurrency currency,
                     ProfileChangeLines profileChanges) {
        this.history = history;
        this.checks = checks;
        this.notes = notes;
        this.currency = currency;
        this.profileChanges = profileChanges;
    }

    /** A class in one run; {@code changed} when it differs from the customer's class in the run before. */
    record Cell(String code, String label, boolean changed) {
    }

    record DimensionHistory(String dimension, List<Cell> cells) {
    }

    record ClassHistory(List<String> runs, List<DimensionHistory> rows) {
    }

    record HoldingRow(String productCode, String productType, String amount, String opened) {
    }

    record TransactionRow(String date, String account, boolean credit, String operation, String amount, String balance,
                          String counterparty) {
    }

    record CheckRow(long checkId, String productCode, String amount, String decision, String sale, String checkedAt,
                    String checkedBy) {
    }

    /** {@code via} and {@code changes}: how a profile was changed and one readable line per field (else null and empty). */
    record AuditRow(long recordId, String at, String kind, String actor, String role, String subject, String outcome,
                    String via, List<String> changes) {
    }

    record NoteRow(String occurredOn, String kind, String text, String author, String recordedAt) {
    }

    ClassHistory classes(String customerId, Language lang) {
        List<CustomerHistory.RunCodes> runs = history.classesOverRuns(customerId, RUNS);
        List<DimensionHistory> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (runs.stream().noneMatch(r -> r.codes().containsKey(d.code()))
                    || d == Dimension.AML_RISK && !io.clientlens.app.aml.AmlVisibility.currentUserMaySeeAmlRating()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                String code = runs.get(i).codes().get(d.code());
                String before = i + 1 < runs.size() ? runs.get(i + 1).codes().get(d.code()) : null;
                cells.add(new Cell(code, label(d, code, lang), before != null && code != null && !before.equals(code)));
            }
            rows.add(new DimensionHistory(d.label().in(lang), cells));
        }
        return new ClassHistory(runs.stream().map(r -> r.asOf().toString()).toList(), rows);
    }

    /** Holdings and postings are the bank data's: their amounts are shown in its currency. */
    List<HoldingRow> holdings(String customerId, Language lang) {
        String unit = currency.code();
        return history.holdings(customerId, HOLDINGS).stream().map(h -> new HoldingRow(h.productCode(), h.productType(),
                Yuan.of(h.amount(), lang, unit), String.valueOf(h.opened()))).toList();
    }

    List<TransactionRow> transactions(String customerId, Language lang) {
        String unit = currency.code();
        return history.recentTransactions(customerId, TRANSACTIONS).stream().map(t -> new TransactionRow(t.date().toString(),
                Masking.bankCard(t.accountId()), "CREDIT".equals(t.direction()), t.operation(), Yuan.of(t.amount(), lang, unit),
                Yuan.of(t.balance(), lang, unit), Masking.bankCard(t.counterpartyAccount()))).toList();
    }

    List<CheckRow> suitability(String customerId, Language lang) {
        List<CheckRow> rows = new ArrayList<>();
        for (long id : history.suitabilityChecks(customerId, CHECKS)) {
            checks.view(id).ifPresent(c -> rows.add(new CheckRow(id, c.productCode(), Yuan.of(c.amount(), lang),
                    c.decision(), c.sale(), c.checkedAt().replace('T', ' '), c.checkedBy())));
        }
        return rows;
    }

    List<AuditRow> audit(String customerId, Language lang) {
        return history.audit(customerId, AUDIT).stream().map(a -> new AuditRow(a.recordId(), a.at().format(MINUTE), a.kind(),
                a.actor(), a.role(), a.subject(), a.outcome(),
                a.profileChange() == null ? null : profileChanges.via(a.profileChange(), lang),
                a.profileChange() == null ? List.of() : profileChanges.lines(a.profileChange(), lang))).toList();
    }

    List<NoteRow> notes(String customerId, Map<String, String> kindLabels) {
        return notes.latest(customerId, NOTES).stream().map(n -> new NoteRow(n.occurredOn().toString(),
                kindLabels.getOrDefault(n.kind(), n.kind()), n.text(), n.author(),
                n.createdAt().atZoneSameInstant(ZoneId.systemDefault()).format(MINUTE))).toList();
    }

    private static String label(Dimension d, String code, Language lang) {
        if (code == null) {
            return "—";
        }
        return d.accepts(code) ? d.labelOf(code).in(lang) : code;
    }
}
