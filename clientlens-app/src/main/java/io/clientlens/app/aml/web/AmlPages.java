package io.clientlens.app.aml.web;

import io.clientlens.app.ui.Yuan;

import io.clientlens.aml.cases.CaseAction;
import io.clientlens.aml.cases.CaseDecision;
import io.clientlens.aml.cases.CaseStatus;
import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.AmlCases;
import io.clientlens.app.aml.StoredAlert;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.identity.Masking;
import io.clientlens.policy.Policy;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance pages (docs/AML.md, "Pages"): the queue of cases with counts by rule and rating and due dates, and
 * a case with the customer's AML rating and its reasons, the alerts with their triggering transactions on a timeline,
 * the history and the decision form. Compliance only: security.SecurityConfiguration refuses every other role (no
 * tipping-off), and the navigation links here for compliance only.
 */
@io.clientlens.app.ui.PageController
class AmlPages {
    private final AmlCases cases;
    private final Policy policy;

    AmlPages(AmlCases cases, Policy policy) {
        this.cases = cases;
        this.policy = policy;
    }

    private static void common(Model model, Language lang) {
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("username", Actors.current().username());
    }

    record Count(String code, String label, int count) {
    }

    record CaseRow(long caseId, String customerId, String status, String statusLabel, LocalDate dueOn, boolean overdue,
                   int alerts, String rules, String rating, String ratingLabel, String state) {
    }

    @GetMapping("/aml")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String rule,
                 @RequestParam(required = false) String rating, @RequestParam(required = false) String customer,
                 Locale locale, Model model) {
        Language lang = io.clientlens.app.ui.PageLanguage.of(locale);
        common(model, lang);
        CaseStatus s = parse(CaseStatus.class, status);
        AlertRule r = parse(AlertRule.class, rule);
        String rated = rating == null || rating.isBlank() || !Dimension.AML_RISK.accepts(rating) ? null : rating;
        boolean all = "ALL".equals(status);
        List<AmlCases.CaseSummary> list = cases.list(new AmlCases.CaseFilter(!all && s == null, s, customer, r, rated),
                AmlCases.MAX_LIST);
        model.addAttribute("rows", list.stream().map(c -> row(c, lang)).toList());
        AmlCases.Counts counts = cases.counts();
        List<Count> byRule = new ArrayList<>();
        counts.byRule().forEach((k, v) -> byRule.add(new Count(k.name(), k.label().in(lang), v)));
        List<Count> byRating = new ArrayList<>();
        counts.byRating().forEach((k, v) -> byRating.add(new Count(k, ratingLabel(k, lang), v)));
        model.addAttribute("byRule", byRule);
        model.addAttribute("byRating", byRating);
        model.addAttribute("openCount", counts.open());
        model.addAttribute("overdueCount", counts.overdue());
        model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(x -> new Count(x.name(), x.label().in(lang), 0)).toList());
        model.addAttribute("rules", Arrays.stream(AlertRule.values()).map(x -> new Count(x.name(), x.label().in(lang), 0)).toList());
        model.addAttribute("ratings", Dimension.AML_RISK.valueCodes().stream()
                .map(v -> new Count(v, Dimension.AML_RISK.labelOf(v).in(lang), 0)).toList());
        model.addAttribute("fStatus", all ? "ALL" : s == null ? "" : s.name());
        model.addAttribute("fRule", r == null ? "" : r.name());
        model.addAttribute("fRating", rated == null ? "" : rated);
        model.addAttribute("fCustomer", customer == null ? "" : customer);
        return "aml-queue";
    }

    record AlertView(long alertId, String rule, LocalDate from, LocalDate to, String amount, int score, String reason,
                     String accounts) {
    }

    record TxnView(String id, LocalDate date, String account, String direction, String amount, String channel, long alertId,
                   String rule, int x, int height, boolean credit) {
    }

    record MatchView(long matchId, String list, String entity, String listedName, String customerName, String score,
                     String reason, String decision, String decidedBy) {
    }

    @PostMapping("/aml/cases/{id}/matches/{matchId}")
    String match(@PathVariable long id, @PathVariable long matchId, @RequestParam(required = false) Boolean confirmed,
                 @RequestParam(required = false) String opinion, Locale locale, Model model, HttpServletResponse response) {
        Language lang = io.clientlens.app.ui.PageLanguage.of(locale);
        common(model, lang);
        if (confirmed == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusal", lang == Language.EN ? "Confirm or dismiss (confirmed)" : "请选择确认或排除（confirmed）");
            return render(id, lang, model, response);
        }
        AmlCases.StepOutcome outcome = cases.decideMatch(id, matchId, confirmed, opinion, Actors.current().username());
        if (outcome instanceof AmlCases.StepOutcome.Refused refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refused.why().in(lang));
            return render(id, lang, model, response);
        }
        if (outcome instanceof AmlCases.StepOutcome.NoSuchCase) {
            return render(id, lang, model, response);
        }
        return "redirect:/aml/cases/" + id + "?done=MATCH" + (lang == Language.EN ? "&lang=en" : "");
    }

    record EventView(String at, String actor, String action, String from, String to, String decision, String opinion,
                     String alerts) {
    }

    /** What a case step took in, as words: "预警 #113、#117" / "alerts #113, #117"; empty for nothing. */
    static String numbered(java.util.Collection<? extends Number> ids, io.clientlens.code.Label what, Language lang) {
        if (ids.isEmpty()) {
            return "";
        }
        String list = ids.stream().map(id -> "#" + id).collect(java.util.stream.Collectors.joining(lang == Language.EN ? ", " : "、"));
        return what.in(lang) + " " + list;
    }

    @GetMapping("/aml/cases/{id}")
    String casePage(@PathVariable long id, @RequestParam(required = false) String done, Locale locale, Model model,
                    HttpServletResponse response) {
        Language lang = io.clientlens.app.ui.PageLanguage.of(locale);
        common(model, lang);
        if (done != null) {
            model.addAttribute("notice", done);
        }
        return render(id, lang, model, response);
    }

    @PostMapping("/aml/cases/{id}")
    String step(@PathVariable long id, @RequestParam(required = false) String action,
                @RequestParam(required = false) String decision, @RequestParam(required = false) String opinion,
                Locale locale, Model model, HttpServletResponse response) {
        Language lang = io.clientlens.app.ui.PageLanguage.of(locale);
        common(model, lang);
        CaseAction a;
        CaseDecision d = parse(CaseDecision.class, decision);
        switch (action == null ? "" : action) {
            case "START_REVIEW" -> a = new CaseAction.StartReview(opinion);
            case "PROPOSE" -> a = new CaseAction.Propose(d, opinion);
            case "APPROVE" -> a = new CaseAction.Approve(opinion);
            case "REJECT" -> a = new CaseAction.Reject(opinion);
            case "FILE_STR" -> a = new CaseAction.FileStr(opinion);
            default -> a = null;
        }
        if (a == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusal", lang == Language.EN ? "Choose a step (action)" : "请选择操作（action）");
            return render(id, lang, model, response);
        }
        AmlCases.StepOutcome outcome = cases.act(id, a, Actors.current().username());
        if (outcome instanceof AmlCases.StepOutcome.NoSuchCase) {
            return render(id, lang, model, response);
        }
        if (outcome instanceof AmlCases.StepOutcome.Refused refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refused.why().in(lang));
            model.addAttribute("opinionText", opinion == null ? "" : opinion);
            return render(id, lang, model, response);
        }
        return "redirect:/aml/cases/" + id + "?done=" + a.code() + (lang == Language.EN ? "&lang=en" : "");
    }

    private String render(long id, Language lang, Model model, HttpServletResponse response) {
        Optional<AmlCases.CaseDetail> found = cases.get(id);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", lang == Language.EN ? "There is no case " + id + "." : "没有案件 " + id + "。");
            return "advice-problem";
        }
        AmlCases.CaseDetail d = found.get();
        model.addAttribute("c", row(d.summary(), lang));
        model.addAttribute("summary", d.summary());
        model.addAttribute("proposedLabel", d.summary().proposed() == null ? null : d.summary().proposed().label().in(lang));
        model.addAttribute("decisionLabel", d.summary().decision() == null ? null : d.summary().decision().label().in(lang));
        model.addAttribute("rating", d.rating().orElse(null));
        model.addAttribute("ratingLabel", d.rating().map(r -> r.label().in(lang)).orElse(null));
        model.addAttribute("ratingReasons", d.rating().map(r -> r.reasons().stream().map(l -> l.in(lang)).toList())
                .orElse(List.of()));
        String currency = policy.currency();
        model.addAttribute("alerts", d.alerts().stream().map(a -> alert(a, lang, currency)).toList());
        model.addAttribute("matches", d.matches().stream().map(m -> new MatchView(m.matchId(), m.listName(), m.entityId(),
                m.listedName(), m.customerName(), m.score().toPlainString(), m.reason().in(lang), m.decision(),
                m.decidedBy())).toList());
        List<TxnView> txns = transactions(d.alerts(), lang, currency);
        model.addAttribute("txns", txns);
        if (!txns.isEmpty()) {
            model.addAttribute("timelineFrom", txns.get(0).date());
            model.addAttribute("timelineTo", txns.get(txns.size() - 1).date());
        }
        model.addAttribute("events", d.events().stream().map(e -> new EventView(
                LocalDateTime.ofInstant(e.at(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' '),
                e.actor(), e.action(), e.fromStatus() == null ? "" : status(e.fromStatus(), lang), status(e.toStatus(), lang),
                e.decision() == null ? "" : CaseDecision.valueOf(e.decision()).label().in(lang),
                e.opinion() == null ? "" : e.opinion(), e.alerts().isEmpty()
                        ? numbered(e.matches(), io.clientlens.code.Label.of("名单命中", "watch-list matches"), lang)
                        : numbered(e.alerts(), io.clientlens.code.Label.of("预警", "alerts"), lang))).toList());
        model.addAttribute("decisions", Arrays.stream(CaseDecision.values())
                .map(x -> new Count(x.name(), x.label().in(lang) + (x.needsSecondOfficer()
                        ? (lang == Language.EN ? " (needs a second officer)" : "（须另一名合规人员复核）") : ""), 0)).toList());
        model.addAttribute("canStart", d.summary().status() == CaseStatus.OPEN);
        model.addAttribute("canPropose", d.summary().status() == CaseStatus.OPEN || d.summary().status() == CaseStatus.UNDER_REVIEW);
        model.addAttribute("canApprove", d.summary().status() == CaseStatus.AWAITING_APPROVAL);
        model.addAttribute("canFile", d.summary().decision() == CaseDecision.REPORT_STR && d.summary().strFiledOn() == null);
        return "aml-case";
    }

    private static AlertView alert(StoredAlert stored, Language lang, String currency) {
        Alert a = stored.alert();
        return new AlertView(stored.alertId(), a.rule().label().in(lang), a.from(), a.to(), money(a.amount(), lang, currency),
                a.score(), lang == Language.EN ? a.en() : a.zh(),
                String.join(", ", a.accounts().stream().map(Masking::accountTail).toList()));
    }

    /** The triggering transactions of the case's alerts, by date, placed on a timeline 0–600 wide. */
    private List<TxnView> transactions(List<StoredAlert> alerts, Language lang, String currency) {
        Map<String, StoredAlert> byTxn = new LinkedHashMap<>();
        for (StoredAlert a : alerts) {
            a.alert().transactions().forEach(t -> byTxn.putIfAbsent(t, a));
        }
        if (byTxn.isEmpty()) {
            return List.of();
        }
        List<AmlCases.Transaction> rows = cases.transactions(byTxn.keySet());
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate first = rows.get(0).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, rows.get(rows.size() - 1).date()));
        BigDecimal max = rows.stream().map(r -> r.amount().abs()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        List<TxnView> views = new ArrayList<>();
        for (AmlCases.Transaction r : rows) {
            StoredAlert a = byTxn.get(r.id());
            int x = (int) (10 + 580 * ChronoUnit.DAYS.between(first, r.date()) / span);
            int h = max.signum() == 0 ? 4 : Math.max(4, r.amount().abs().multiply(BigDecimal.valueOf(60))
                    .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue());
            views.add(new TxnView(r.id(), r.date(), Masking.accountTail(r.account()),
                    "CREDIT".equals(r.direction()) ? (lang == Language.EN ? "in" : "转入") : (lang == Language.EN ? "out" : "转出"),
                    money(r.amount(), lang, currency), channel(r.channel(), lang), a == null ? 0 : a.alertId(),
                    a == null ? "" : a.alert().rule().name(), x, h, "CREDIT".equals(r.direction())));
        }
        return views;
    }

    /** A transaction's channel by its name in the page's language (a code the bank's data adds is shown as it is). */
    static String channel(String code, Language lang) {
        if (code == null) {
            return "";
        }
        return io.clientlens.bank.Transaction.Channel.parse(code).map(c -> switch (c) {
            case CASH -> lang == Language.EN ? "cash" : "现金";
            case TRANSFER -> lang == Language.EN ? "transfer" : "转账";
            case CARD -> lang == Language.EN ? "card" : "银行卡";
        }).orElse(code);
    }

    private static String money(BigDecimal amount, Language lang, String currency) {
        return Yuan.of(amount, lang, currency);
    }

    private static CaseRow row(AmlCases.CaseSummary c, Language lang) {
        String state = c.decision() != null ? c.decision().label().in(lang)
                + (c.strDueOn() != null ? (lang == Language.EN ? " · STR due " : " · 报告到期 ") + c.strDueOn()
                + (c.strFiledOn() != null ? (lang == Language.EN ? ", filed " : "，已报送 ") + c.strFiledOn() : "") : "")
                : c.proposed() != null ? (lang == Language.EN ? "Proposed: " : "待复核：") + c.proposed().label().in(lang)
                + " (" + c.proposedBy() + ")" : "";
        return new CaseRow(c.caseId(), c.customerId(), c.status().name(), c.status().label().in(lang), c.dueOn(), c.overdue(),
                // a rule's own name may hold "、" or a comma ("交易与身份、年龄、收入不符"): the names are set apart by semicolons
                c.alerts(), String.join(lang == Language.EN ? "; " : "；", c.rules().stream().map(r -> r.label().in(lang)).toList()),
                c.rating(), ratingLabel(c.rating(), lang), state);
    }

    private static String ratingLabel(String code, Language lang) {
        if (code == null || "UNKNOWN".equals(code)) {
            return lang == Language.EN ? "Not rated" : "未评级";
        }
        return Dimension.AML_RISK.accepts(code) ? Dimension.AML_RISK.labelOf(code).in(lang) : code;
    }

    private static String status(String code, Language lang) {
        return CaseStatus.valueOf(code).label().in(lang);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.name().equals(value.strip())).findFirst().orElse(null);
    }
}
