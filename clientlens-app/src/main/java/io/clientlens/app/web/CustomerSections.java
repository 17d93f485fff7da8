package io.clientlens.app.web;

import io.clientlens.app.audit.AuditKinds;
import io.clientlens.app.audit.AuditOutcomes;
import io.clientlens.staff.Role;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.suitability.Products;
import io.clientlens.policy.Policy;
import io.clientlens.suitability.RiskAssessmentOnFile;
import io.clientlens.app.ui.BankLabels;
import io.clientlens.app.ui.Yuan;
import io.clientlens.app.customer.CustomerHistory;
import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.app.importing.DataCurrency;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.identity.Masking;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The customer 360's history sections in the page's language: classes over the last runs (a
 * change from the run before is marked), holdings by product name, accounts and recent transactions
 * (account numbers reduced to their last four characters, {@link Masking#accountTail}), suitability
 * checks, the audit trail, and interaction notes with service requests as one timeline. Codes are shown
 * by their words; amounts exact ({@link Yuan#of}).
 */
@Component
class CustomerSections {
    static final int RUNS = 5;
    static final int TRANSACTIONS = 20;
    static final int HOLDINGS = 50;
    static final int CHECKS = 10;
    static final int AUDIT = 20;
    static final int NOTES = 50;
    static final int ACCOUNTS = 20;
    static final int REQUESTS = 20;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CustomerHistory history;
    private final SuitabilityChecks checks;
    private final InteractionNotes notes;
    private final DataCurrency currency;

    private final ProfileChangeLines profileChanges;
    private final Products products;
    private final org.springframework.context.MessageSource messages;
    private final Assessments assessments;
    private final Policy policy;

    CustomerSections(CustomerHistory history, SuitabilityChecks checks, InteractionNotes notes, DataCurrency currency,
                     ProfileChangeLines profileChanges, Products products, org.springframework.context.MessageSource messages,
                     Assessments assessments, Policy policy) {
        this.assessments = assessments;
        this.policy = policy;
        this.products = products;
        this.messages = messages;
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

    /** {@code product}: the catalogue's name, else the product type's words; {@code code} the product code (secondary). */
    record HoldingRow(String product, String productCode, String productType, String amount, String opened, String maturity) {
    }

    /** {@code account}: the last four characters only; {@code balance} after its latest posting. */
    record AccountRow(String account, String role, String opened, String closed, String balance, String balanceOn) {
    }

    record TransactionRow(String date, String account, boolean credit, String operation, String category, String amount,
                          String balance, String counterparty) {
    }

    record CheckRow(long checkId, String product, String productCode, String amount, String decision, String sale,
                    String checkedAt, String checkedBy) {
    }

    /** {@code outcomeLabel}: the outcome's name when it has one (else the code is shown, marked as code); {@code via} and {@code changes}: how a profile was changed and one readable line per field (else null and empty). */
    record AuditRow(long recordId, String at, String kind, String kindCode, String actor, String role, String subject,
                    String outcome, String outcomeLabel, String via, List<String> changes) {
    }

    record NoteRow(String occurredOn, String kind, String text, String author, String recordedAt) {
    }

    /**
     * One entry of the timeline: an interaction note or a service request, newest first. {@code href} leads to the
     * request's page (null for a note); {@code state} is a request's state in words.
     */
    record TimelineEntry(String on, String what, String kind, String text, String by, String state, String href, long order) {
    }

    /** The customer's codes and AUM in the last {@link #RUNS} finished runs, newest first. */
    List<CustomerHistory.RunCodes> runs(String customerId) {
        return history.classesOverRuns(customerId, RUNS);
    }

    ClassHistory classes(List<CustomerHistory.RunCodes> runs, Language lang) {
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
                String label = label(d, code, lang);
                // a free-text dimension's code is its label ("北京市"): shown once
                cells.add(new Cell(code == null || code.equals(label) ? null : code, label,
                        before != null && code != null && !before.equals(code)));
            }
            rows.add(new DimensionHistory(d.label().in(lang), cells));
        }
        return new ClassHistory(runs.stream().map(r -> r.asOf().toString()).toList(), rows);
    }

    /** Holdings and postings are the bank data's: their amounts are shown in its currency. */
    List<HoldingRow> holdings(String customerId, Language lang) {
        String unit = currency.code();
        return history.holdings(customerId, HOLDINGS).stream().map(h -> new HoldingRow(
                h.productName() != null ? h.productName() : BankLabels.productType(h.productType(), lang),
                h.productCode(), BankLabels.productType(h.productType(), lang), Yuan.of(h.amount(), lang, unit),
                String.valueOf(h.opened()), h.maturity() == null ? null : h.maturity().toString())).toList();
    }

    List<AccountRow> accounts(String customerId, Language lang) {
        String unit = currency.code();
        return history.accounts(customerId, ACCOUNTS).stream().map(a -> new AccountRow(Masking.accountTail(a.accountId()),
                "OWNER".equals(a.role()) ? text(lang, "所有人", "owner") : text(lang, "授权使用人", "authorised user"),
                String.valueOf(a.opened()), a.closed() == null ? null : a.closed().toString(),
                a.balance() == null ? null : Yuan.of(a.balance(), lang, unit),
                a.balanceOn() == null ? null : a.balanceOn().toString())).toList();
    }

    List<TransactionRow> transactions(String customerId, Language lang) {
        String unit = currency.code();
        return history.recentTransactions(customerId, TRANSACTIONS).stream().map(t -> new TransactionRow(t.date().toString(),
                Masking.accountTail(t.accountId()), "CREDIT".equals(t.direction()), BankLabels.operation(t.operation(), lang),
                t.category() == null ? null : BankLabels.category(t.category(), lang), Yuan.of(t.amount(), lang, unit),
                Yuan.of(t.balance(), lang, unit), Masking.accountTail(t.counterpartyAccount()))).toList();
    }

    List<CheckRow> suitability(String customerId, Language lang) {
        List<CheckRow> rows = new ArrayList<>();
        for (long id : history.suitabilityChecks(customerId, CHECKS)) {
            checks.view(id).ifPresent(c -> {
                String code = c.productCode();
                rows.add(new CheckRow(id, products.find(code).map(p -> p.name()).orElse(code), code,
                        Yuan.of(c.amount(), lang), c.decision(), c.sale(), c.checkedAt().replace('T', ' '), c.checkedBy()));
            });
        }
        return rows;
    }

    List<AuditRow> audit(String customerId, Language lang) {
        return history.audit(customerId, AUDIT).stream().map(a -> new AuditRow(a.recordId(), a.at().format(MINUTE),
                AuditKinds.label(a.kind()).in(lang), a.kind(),
                a.actor(), Role.labelOf(a.role()).in(lang), a.subject(), a.outcome(),
                AuditOutcomes.label(a.outcome()).map(l -> l.in(lang)).orElse(null),
                a.profileChange() == null ? null : profileChanges.via(a.profileChange(), lang),
                a.profileChange() == null ? List.of() : profileChanges.lines(a.profileChange(), lang))).toList();
    }

    List<NoteRow> notes(String customerId, Map<String, String> kindLabels) {
        return notes.latest(customerId, NOTES).stream().map(n -> new NoteRow(n.occurredOn().toString(),
                kindLabels.getOrDefault(n.kind(), n.kind()), n.text(), n.author(),
                n.createdAt().atZoneSameInstant(ZoneId.systemDefault()).format(MINUTE))).toList();
    }

    /** Notes and service requests as one list, newest first (a request by the day it was opened). */
    List<TimelineEntry> timeline(String customerId, List<NoteRow> notes, boolean withRequests, Language lang) {
        List<TimelineEntry> out = new ArrayList<>();
        java.util.Locale locale = lang == Language.EN ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        for (int i = 0; i < notes.size(); i++) {
            NoteRow n = notes.get(i);
            out.add(new TimelineEntry(n.occurredOn(), "note", n.kind(), n.text(),
                    messages.getMessage("note.by", new Object[]{n.author(), n.recordedAt()}, locale), null, null, -i));
        }
        if (withRequests) {
            for (CustomerHistory.ServiceRequestLine r : history.serviceRequests(customerId, REQUESTS)) {
                String kind = messages.getMessage("sr.type." + r.type(), null, r.type(), locale)
                        + " · " + messages.getMessage("sr.channel." + r.channel(), null, r.channel(), locale);
                out.add(new TimelineEntry(r.createdAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate().toString(), "request",
                        kind, r.subject(), text(lang, "服务请求 #", "Service request #") + r.requestId(),
                        messages.getMessage("sr.state." + r.state(), null, r.state(), locale), "/service-requests/" + r.requestId(),
                        r.requestId()));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::order).reversed());
        return out;
    }

    /**
     * The 360's band. {@code notesRead}: the latest interaction notes, newest first, if the page read them (null: it did
     * not, and the band reads the latest itself; empty: there are none, nothing more to read); {@code tasks}: whether the
     * user may read tasks. The business date is the latest run's as-of date (as the workbench's), else today.
     */
    CustomerBand band(CustomerCard card, Map<String, String> codes, List<CustomerHistory.RunCodes> runs, List<NoteRow> notesRead,
                      boolean tasks, LocalDate today, Language lang) {
        String unit = currency.code();
        LocalDate day = card.asOf() == null ? today : LocalDate.parse(card.asOf());
        BigDecimal aum = runs.isEmpty() ? null : runs.get(0).aum();
        Policy.Suitability p = policy.suitability();
        CustomerBand.Risk risk = assessments.riskOnFile(card.customerId()).stream()
                .filter(a -> !p.faceToFaceRequired() || a.channel().isFaceToFace())
                .max(Comparator.comparing(RiskAssessmentOnFile::assessedAt))
                .map(a -> CustomerBand.risk(a.level(), a.validUntil(p.assessmentValidityMonths()), today, p.reminderDaysBeforeExpiry(), lang))
                .orElse(null);
        CustomerBand.Contact contact = notesRead == null ? notes.latest(card.customerId(), 1).stream().findFirst()
                .map(n -> new CustomerBand.Contact(n.occurredOn().toString(), noteKind(n.kind(), lang))).orElse(null)
                : notesRead.stream().findFirst().map(n -> new CustomerBand.Contact(n.occurredOn(), n.kind())).orElse(null);
        CustomerBand.NextTask next = !tasks ? null : history.nextTask(card.customerId(), day).map(t -> new CustomerBand.NextTask(
                io.clientlens.service.TaskKind.valueOf(t.kind()).label().in(lang), t.dueOn().toString(),
                lang == Language.EN ? t.reasonEn() : t.reasonZh(), t.dueOn().isBefore(day))).orElse(null);
        return new CustomerBand(card.identity().get("name"), card.identity().get("type"), CustomerBand.badges(codes, lang),
                aum == null ? null : Yuan.of(aum, lang, unit), runs.isEmpty() ? null : runs.get(0).asOf().toString(),
                CustomerBand.trend(runs, lang, unit), CustomerBand.change(runs, lang, unit), risk, card.completeness(),
                card.identity().get("relationshipManager"), card.identity().get("branch"), contact, next);
    }

    private String noteKind(String kind, Language lang) {
        return messages.getMessage("note.kind." + kind, null, kind,
                lang == Language.EN ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static String text(Language lang, String zh, String en) {
        return lang == Language.EN ? en : zh;
    }

    private static String label(Dimension d, String code, Language lang) {
        if (code == null) {
            return "—";
        }
        return d.accepts(code) ? d.labelOf(code).in(lang) : code;
    }
}
