package io.clientlens.app.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.Yuan;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.customer.CustomerHistory;
import io.clientlens.app.customer.CustomerView;
import io.clientlens.app.customer.CustomerViews;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.batch.export.StoredClassification;
import io.clientlens.app.customer.Unmasking;
import io.clientlens.app.clock.Now;
import io.clientlens.customer.FieldProblem;
import io.clientlens.staff.Role;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import io.clientlens.app.needs.NeedsService;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.needs.Figure;
import io.clientlens.needs.FinancialHealth;
import io.clientlens.needs.FourAccountsBudget;
import io.clientlens.needs.InsuranceDiagnosis;
import io.clientlens.needs.NeedsAnalysis;
import io.clientlens.needs.NeedsNotApplicable;
import io.clientlens.needs.NeedsOutcome;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The RM workstation's customer pages: the searchable, filterable list ({@code /customers}) and one
 * customer's 360 view ({@code /customers/{id}}). Both are limited to the signed-in user's
 * {@link Scope}; names, ids and phone numbers are masked before they reach the template.
 */
@PageController
class CustomersPage {
    private final Customers customers;
    private final CustomerViews views;
    private final RunQueries runs;
    private final NeedsService needs;
    private final Scope scope;
    private final Unmasking unmasking;
    private final InteractionNotes notes;
    private final CustomerSections sections;
    private final Now now;
    private final MessageSource messages;

    CustomersPage(Customers customers, CustomerViews views, RunQueries runs, NeedsService needs, Scope scope, Unmasking unmasking,
                  InteractionNotes notes, CustomerSections sections, Now now, MessageSource messages) {
        this.unmasking = unmasking;
        this.notes = notes;
        this.sections = sections;
        this.now = now;
        this.messages = messages;
        this.customers = customers;
        this.views = views;
        this.runs = runs;
        this.needs = needs;
        this.scope = scope;
    }

    @GetMapping("/customers/{id}")
    String one(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        return show(id, language(locale), model, response);
    }

    /**
     * Shows one field in clear on the resulting page, once: the value is in this response only
     * (not in the session or the URL; authenticated pages are not cached). Audited by {@link Unmasking}.
     */
    @PostMapping("/customers/{id}/unmask")
    String unmask(@PathVariable String id, @RequestParam(required = false) String field,
                  @RequestParam(required = false) String reason, Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        try {
            Unmasking.Unmasked clear = unmasking.unmask(id, field, reason);
            model.addAttribute("unmasked", new Unmasked(clear.field(), clear.value(), clear.auditRecordId()));
        } catch (NotFound outsideScope) {
            // shown as "no such customer" below
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("unmaskField", field);
            model.addAttribute("unmaskReason", reason);
            model.addAttribute("unmaskErrors", invalid.problems().stream().map(p -> text(lang, p.zh(), p.en())).toList());
        }
        return show(id, lang, model, response);
    }

    /** Appends an interaction note; a wrong field is explained at the field with the values kept. */
    @PostMapping("/customers/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String occurredOn, @RequestParam(required = false) String text,
                   Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Language lang = language(locale);
        SignedInUser user = Actors.current();
        if (!visible(user, id)) {
            return show(id, lang, model, response);
        }
        InteractionNotes.NewNote note = new InteractionNotes.NewNote(kind, occurredOn, text);
        List<FieldProblem> problems = InteractionNotes.problems(note, now.get().toLocalDate());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.merge(p.field(), text(lang, p.zh(), p.en()), (a, b) -> a + " " + b));
            model.addAttribute("noteErrors", errors);
            model.addAttribute("noteForm", note);
            return show(id, lang, model, response);
        }
        notes.add(id, note, user.username(), user.role().name());
        redirect.addFlashAttribute("noteAdded", true);
        return "redirect:/customers/" + id + "#notes";
    }

    /** An identity field that may be unmasked, as it is shown masked. */
    record MaskedField(String field, String masked) {
    }

    /** A clear value for this one response. */
    record Unmasked(String field, String value, long auditRecordId) {
    }

    private String show(String id, Language lang, Model model, HttpServletResponse response) {
        common(model, lang);
        model.addAttribute("customerId", id);
        SignedInUser user = Actors.current();
        // the profile is read once a page, for the view and the needs summary
        io.clientlens.customer.Profile profile = visible(user, id) ? customers.profile(id).orElse(null) : null;
        CustomerView view = profile == null ? null : views.view(profile);
        if (view == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.asMap().remove("unmasked");
            return "customer";
        }
        CustomerCard card = CustomerCard.of(view, lang);
        model.addAttribute("customer", card);
        model.addAttribute("rfm", rfm(view));
        if (Capability.READ_NEEDS.allows(user.role())) {
            model.addAttribute("needs", needsSummary(needs.diagnose(profile, null).outcome(), lang));
        }
        List<CustomerHistory.RunCodes> runsShown = sections(id, user.role(), lang, view, model);
        @SuppressWarnings("unchecked")
        List<CustomerSections.NoteRow> shownNotes = (List<CustomerSections.NoteRow>) model.getAttribute("notes");
        model.addAttribute("band", sections.band(card, codes(view), runsShown, shownNotes, Capability.TASKS.allows(user.role()),
                now.get().toLocalDate(), lang));
        return "customer";
    }

    /** The latest run's codes of the customer as the view carries them (the AML rating only for who may see it). */
    private static Map<String, String> codes(CustomerView view) {
        Map<String, String> codes = new LinkedHashMap<>();
        StoredClassification c = view.classification();
        if (c != null) {
            c.dimensions().forEach((k, v) -> {
                if (v != null && v.code() != null) {
                    codes.put(k, v.code());
                }
            });
        }
        return codes;
    }

    /** The 360's sections beyond the classes: actions by role, history, notes; answers the runs read for the band. */
    private List<CustomerHistory.RunCodes> sections(String id, Role role, Language lang, CustomerView view, Model model) {
        model.addAttribute("mayEditProfile", Capability.EDIT_PROFILE.allows(role));
        if (Capability.UNMASK.allows(role)) {
            boolean company = "CORPORATE".equals(view.maskedIdentity().get("type"));
            model.addAttribute("unmaskable", Unmasking.FIELDS_IN_ORDER.stream()
                    .filter(f -> view.maskedIdentity().get(f) != null)
                    .filter(f -> !(company && f.equals("name"))) // a company's name is shown in clear already
                    .map(f -> new MaskedField(f, view.maskedIdentity().get(f))).toList());
        }
        List<CustomerHistory.RunCodes> runsShown = sections.runs(id);
        model.addAttribute("classHistory", sections.classes(runsShown, lang));
        if (role != Role.ADMIN) { // balances and transactions are sensitive; administrators manage, they do not advise
            model.addAttribute("holdings", sections.holdings(id, lang));
            model.addAttribute("accounts", sections.accounts(id, lang));
            model.addAttribute("transactions", sections.transactions(id, lang));
        }
        if (Capability.READ_NEEDS.allows(role)) {
            model.addAttribute("checks", sections.suitability(id, lang));
        }
        if (Capability.READ_AUDIT.allows(role)) {
            model.addAttribute("auditLines", sections.audit(id, lang));
        }
        if (Capability.READ_NOTES.allows(role)) {
            Map<String, String> kinds = new LinkedHashMap<>();
            InteractionNotes.KINDS.forEach(k -> kinds.put(k, messages.getMessage("note.kind." + k, null, k,
                    lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)));
            model.addAttribute("noteKinds", kinds);
            List<CustomerSections.NoteRow> noteRows = sections.notes(id, kinds);
            model.addAttribute("notes", noteRows);
            model.addAttribute("timeline", sections.timeline(id, noteRows, Capability.SERVICE_REQUESTS.allows(role), lang));
            model.addAttribute("mayAddNote", Capability.ADVISE.allows(role));
            if (!model.containsAttribute("noteForm")) {
                model.addAttribute("noteForm", new InteractionNotes.NewNote("VISIT", now.get().toLocalDate().toString(), ""));
            }
        }
        return runsShown;
    }

    /** As on the home page and over REST: analysts see no single customer; others only those in their scope (404 otherwise). */
    private boolean visible(SignedInUser user, String id) {
        if (user.role() == Role.ANALYST) {
            return false;
        }
        try {
            scope.requireCustomer(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** The R, F and M quintile scores behind the RFM segment, from the stored inputs of the latest run. */
    private static Map<String, Object> rfm(CustomerView view) {
        StoredClassification c = view.classification();
        if (c == null) {
            return null;
        }
        Object inputs = c.dimension(Dimension.RFM_SEGMENT).map(r -> r.inputs() == null ? null : r.inputs().tree()).orElse(null);
        if (!(inputs instanceof Map<?, ?> in) || in.get("R") == null) {
            return null;
        }
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("R", in.get("R"));
        scores.put("F", in.get("F"));
        scores.put("M", in.get("M"));
        return scores;
    }

    record Ratio(String name, String value, String range, String verdict, String verdictCode) {
    }

    record Amount(String name, String amount) {
    }

    /** The summary of an analysis, or only {@code notApplicable}, the reason there is none (a company). */
    record NeedsSummary(String asOf, List<Ratio> ratios, List<Amount> gaps, List<Amount> fourAccounts, String notApplicable) {
    }

    private static NeedsSummary needsSummary(NeedsOutcome outcome, Language lang) {
        if (outcome instanceof NeedsNotApplicable na) {
            return new NeedsSummary(na.asOf().toString(), List.of(), List.of(), List.of(), text(lang, na.reason().zh(), na.reason().en()));
        }
        NeedsAnalysis a = (NeedsAnalysis) outcome;
        List<Ratio> ratios = a.ratios().stream().map(r -> new Ratio(r.name().in(lang),
                r.value() == null ? "—" : r.value().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                FinancialHealth.rangeText(r.healthy()), r.verdict().label().in(lang), r.verdict().name())).toList();
        InsuranceDiagnosis d = a.insurance();
        List<Amount> gaps = List.of(amount(d.gap(), lang), amount(d.health().gap(), lang), amount(d.retirement().gap(), lang));
        FourAccountsBudget b = a.fourAccounts();
        List<Amount> accounts = List.of(b.incomeProtectionPremium(), b.incomeProtectionCoverMin(), b.incomeProtectionCoverMax(),
                b.healthPremiumMin(), b.healthPremiumMax(), b.annuityPremium(), b.wealth()).stream().map(f -> amount(f, lang)).toList();
        return new NeedsSummary(a.asOf().toString(), ratios, gaps, accounts, null);
    }

    private static Amount amount(Figure f, Language lang) {
        return new Amount(f.name().in(lang), f.isKnown() ? Yuan.of(f.amount(), lang) : text(lang, "无法计算", "n/a"));
    }

    private static void common(Model model, Language lang) {
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("username", Actors.current().username());
    }

    private static Language language(Locale locale) {
        return PageLanguage.of(locale);
    }

    private static String text(Language lang, String zh, String en) {
        return lang == Language.EN ? en : zh;
    }
}
