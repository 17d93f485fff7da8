package io.clientlens.app.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.Yuan;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.analytics.SegmentSizes;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.app.customer.CustomerView;
import io.clientlens.app.customer.CustomerViews;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.app.customer.MaskedProfile;
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
import io.clientlens.identity.Masking;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
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
    static final int PAGE_SIZE = 50;
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
    private final SegmentRuleStore segmentRules;
    private final SegmentSizes segments;

    CustomersPage(Customers customers, CustomerViews views, RunQueries runs, NeedsService needs, Scope scope, Unmasking unmasking,
                  InteractionNotes notes, CustomerSections sections, Now now, MessageSource messages,
                  SegmentRuleStore segmentRules, SegmentSizes segments) {
        this.segmentRules = segmentRules;
        this.segments = segments;
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

    record Option(String code, String label) {
    }

    record Filter(String code, String label, boolean freeText, List<Option> options, String selected) {
    }

    record Item(String customerId, String name, String mobile, String type, String branch, List<Option> classes) {
    }

    @GetMapping("/customers")
    String list(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
        Language lang = language(locale);
        common(model, lang);
        List<String> problems = new ArrayList<>();
        // page is counted from 0 in the address (the pager shows it from 1); a page that does not exist is not an
        // error that hides the list: the first (bad number) or the last page (beyond the end) is shown with a notice
        int page = 0;
        String pageParam = parameters.get("page");
        if (pageParam != null && !pageParam.isBlank()) {
            try {
                page = Integer.parseInt(pageParam.strip());
            } catch (NumberFormatException e) {
                page = -1;
            }
            if (page < 0) {
                model.addAttribute("pageNotice", messages.getMessage("customers.pageInvalid", new Object[]{pageParam.strip()}, locale(lang)));
                page = 0;
            }
        }
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        List<Filter> filterFields = new ArrayList<>();
        boolean amlRatingVisible = io.clientlens.app.aml.AmlVisibility.currentUserMaySeeAmlRating();
        for (Dimension d : Dimension.values()) {
            if (d == Dimension.AML_RISK && !amlRatingVisible) {
                continue; // no tipping-off: the roles that serve the customer neither see nor filter by the AML rating
            }
            String value = parameters.get(d.code());
            value = value == null || value.isBlank() ? null : value.strip();
            if (value != null) {
                if (d.accepts(value)) {
                    filters.put(d, value);
                } else {
                    problems.add(text(lang, "“" + value + "”不是“" + d.label().zh() + "”的代码，可选：" + String.join("、", d.valueCodes()),
                            "'" + value + "' is not a code of " + d.label().en() + "; expected one of " + String.join(", ", d.valueCodes())));
                    value = null;
                }
            }
            List<Option> options = new ArrayList<>();
            if (!d.isFreeText()) {
                for (String code : d.valueCodes()) {
                    options.add(new Option(code, d.labelOf(code).in(lang)));
                }
                options.add(new Option(Dimension.UNKNOWN, d.labelOf(Dimension.UNKNOWN).in(lang)));
            }
            filterFields.add(new Filter(d.code(), d.label().in(lang), d.isFreeText(), options, value));
        }
        String segment = parameters.get("segment");
        segment = segment == null || segment.isBlank() ? null : segment.strip();
        List<Option> segmentOptions = segmentOptions(segments.compiling(segmentRules.all()), lang);
        if (segment != null && !isOption(segmentOptions, segment)) {
            problems.add(messages.getMessage("search.segmentUnknown", new Object[]{segment}, locale(lang)));
            segment = null;
        }
        model.addAttribute("segments", segmentOptions);
        model.addAttribute("segment", segment);
        Customers.Criteria criteria = new Customers.Criteria(parameters.get("id"), parameters.get("name"), parameters.get("mobile"),
                parameters.get("residentId"));
        model.addAttribute("criteria", criteria);
        model.addAttribute("filters", filterFields);
        model.addAttribute("filtered", !filters.isEmpty() || segment != null);
        model.addAttribute("problems", problems);
        var run = runs.latestRun().orElse(null);
        model.addAttribute("run", run);
        if (!problems.isEmpty() || run == null) {
            model.addAttribute("items", List.of());
            model.addAttribute("total", 0L);
            return "customers";
        }
        Scope.Filter scoped = Scope.filter(Actors.current());
        // The rule may have been deleted or broken since the page was drawn: then it has no members rather than failing.
        List<String> members = segment == null ? null : segments.members(run.runId(), segment).orElse(List.of());
        Customers.Page result = customers.page(run.runId(), filters, criteria, members, page, PAGE_SIZE, scoped.branch(), scoped.rmId());
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (result.rows().isEmpty() && pages > 0 && page >= pages) {
            result = customers.page(run.runId(), filters, criteria, members, (int) (pages - 1), PAGE_SIZE, scoped.branch(), scoped.rmId());
            model.addAttribute("pageNotice", messages.getMessage("customers.pageBeyond", new Object[]{
                    String.valueOf((long) page + 1), String.valueOf(pages)}, locale(lang)));
        }
        int shown = result.page();
        model.addAttribute("items", result.rows().stream().map(r -> item(r, lang)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("first", result.total() == 0 ? 0 : (long) shown * PAGE_SIZE + 1);
        model.addAttribute("last", (long) shown * PAGE_SIZE + result.rows().size());
        Map<String, String> kept = new LinkedHashMap<>(parameters);
        kept.remove("page");
        kept.remove("lang");
        kept.values().removeIf(v -> v == null || v.isBlank());
        model.addAttribute("prevUrl", shown > 0 ? pageUrl(kept, shown - 1) : null);
        model.addAttribute("nextUrl", shown + 1 < pages ? pageUrl(kept, shown + 1) : null);
        return "customers";
    }

    /** The segments offered (those whose rules compile), labelled in the page language. */
    static List<Option> segmentOptions(List<SegmentRule> compiling, Language lang) {
        return compiling.stream().map(r -> new Option(r.name(), r.label().in(lang))).toList();
    }

    private static boolean isOption(List<Option> options, String code) {
        return options.stream().anyMatch(o -> o.code().equals(code));
    }

    private static Locale locale(Language lang) {
        return lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String pageUrl(Map<String, String> query, long page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/customers");
        query.forEach(b::queryParam);
        return b.queryParam("page", page).encode().build().toUriString();
    }

    /**
     * Two dimensions may call their classes alike (customer value and loyalty both have "一般客户"): such tags say their
     * dimension, so that a row never shows the same words twice.
     */
    static List<Option> distinct(List<Option> classes, Language lang) {
        Map<String, Long> times = classes.stream().collect(java.util.stream.Collectors.groupingBy(Option::label, java.util.stream.Collectors.counting()));
        return classes.stream().map(o -> times.get(o.label()) > 1
                ? new Option(o.code(), o.code() + (lang == Language.EN ? ": " : "：") + o.label()) : o).toList();
    }

    private static Item item(Customers.Row r, Language lang) {
        List<Option> classes = new ArrayList<>(); // code: the dimension's name (a tooltip), label: the class
        for (Dimension d : List.of(Dimension.AUM_TIER, Dimension.VALUE_CLASS, Dimension.LOYALTY, Dimension.LIFE_STAGE,
                Dimension.RFM_SEGMENT)) {
            String code = r.codes().get(d.code());
            if (code != null && !Dimension.UNKNOWN.equals(code) && d.accepts(code)) {
                classes.add(new Option(d.label().in(lang), d.labelOf(code).in(lang)));
            }
        }
        return new Item(r.customerId(), MaskedProfile.name(r.name(), r.type()), Masking.mobile(r.mobile()),
                r.type() == null ? null : Dimension.CUSTOMER_TYPE.labelOf(r.type()).in(lang), r.branch(), distinct(classes, lang));
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
        CustomerView view = visible(user, id) ? views.view(id).orElse(null) : null;
        if (view == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.asMap().remove("unmasked");
            return "customer";
        }
        CustomerCard card = CustomerCard.of(view, lang);
        model.addAttribute("customer", card);
        model.addAttribute("rfm", rfm(view));
        if (Capability.READ_NEEDS.allows(user.role())) {
            model.addAttribute("needs", needsSummary(needs.diagnose(id, null).outcome(), lang));
        }
        sections(id, user.role(), lang, view, model);
        return "customer";
    }

    /** The 360's sections beyond the classes: actions by role, history, notes. */
    private void sections(String id, Role role, Language lang, CustomerView view, Model model) {
        model.addAttribute("mayEditProfile", Capability.EDIT_PROFILE.allows(role));
        if (Capability.UNMASK.allows(role)) {
            boolean company = "CORPORATE".equals(view.maskedIdentity().get("type"));
            model.addAttribute("unmaskable", Unmasking.FIELDS_IN_ORDER.stream()
                    .filter(f -> view.maskedIdentity().get(f) != null)
                    .filter(f -> !(company && f.equals("name"))) // a company's name is shown in clear already
                    .map(f -> new MaskedField(f, view.maskedIdentity().get(f))).toList());
        }
        model.addAttribute("classHistory", sections.classes(id, lang));
        if (role != Role.ADMIN) { // balances and transactions are sensitive; administrators manage, they do not advise
            model.addAttribute("holdings", sections.holdings(id, lang));
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
            model.addAttribute("notes", sections.notes(id, kinds));
            model.addAttribute("mayAddNote", Capability.ADVISE.allows(role));
            if (!model.containsAttribute("noteForm")) {
                model.addAttribute("noteForm", new InteractionNotes.NewNote("VISIT", now.get().toLocalDate().toString(), ""));
            }
        }
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
