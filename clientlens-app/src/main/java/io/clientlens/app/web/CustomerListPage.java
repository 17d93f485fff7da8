package io.clientlens.app.web;

import io.clientlens.app.analytics.SegmentSizes;
import io.clientlens.app.aml.AmlVisibility;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.app.importing.DataCurrency;
import io.clientlens.app.security.Actors;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.ui.Yuan;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.identity.Masking;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The customer list ({@code /customers}): searchable, filterable by class, segment, RM (for the roles whose scope holds
 * several RMs' books) and the chart drill-downs (RFM scores), sortable by a whitelisted column, limited to the signed-in
 * user's {@link Scope}; names, ids and phone numbers are masked before they reach the template. Whatever is malformed
 * is explained on the page naming its parameter (docs/USER-GUIDE.md, "Customer list"), never refused with an error page.
 */
@PageController
class CustomerListPage {
    static final int PAGE_SIZE = 50;
    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^\\p{Cntrl}]{1,64}");
    /** The columns offered for sorting, in the table's order (the customer id first). */
    static final List<Customers.SortKey> SORTABLE = List.of(Customers.SortKey.CUSTOMER_ID, Customers.SortKey.BRANCH,
            Customers.SortKey.RM, Customers.SortKey.AUM, Customers.SortKey.RISK_LEVEL, Customers.SortKey.SERVICE_CLASS,
            Customers.SortKey.LAST_CONTACT);

    private final Customers customers;
    private final RunQueries runs;
    private final MessageSource messages;
    private final SegmentRuleStore segmentRules;
    private final SegmentSizes segments;
    private final DataCurrency currency;

    CustomerListPage(Customers customers, RunQueries runs, MessageSource messages, SegmentRuleStore segmentRules, SegmentSizes segments,
                     DataCurrency currency) {
        this.currency = currency;
        this.customers = customers;
        this.runs = runs;
        this.messages = messages;
        this.segmentRules = segmentRules;
        this.segments = segments;
    }

    record Option(String code, String label) {
    }

    record Filter(String code, String label, boolean freeText, List<Option> options, String selected) {
    }

    /** A row: classes as tags, AUM in the bank data's currency, risk level and service class as labels (null: not known). */
    record Item(String customerId, String name, String mobile, String type, String branch, String rm, String aum,
                String riskLevel, String serviceClass, String lastContact, List<Option> classes) {
    }

    /** A sortable column header: its link (the other direction when it is the current sort) and its aria-sort. */
    record Column(String key, String label, String url, String ariaSort, boolean numeric, String hint) {
    }

    @GetMapping("/customers")
    String list(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
        Language lang = PageLanguage.of(locale);
        Locale loc = lang == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        SignedInUser user = Actors.current();
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("username", user.username());
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
                model.addAttribute("pageNotice", messages.getMessage("customers.pageInvalid", new Object[]{pageParam.strip()}, loc));
                page = 0;
            }
        }
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        List<Filter> filterFields = new ArrayList<>();
        boolean amlRatingVisible = AmlVisibility.currentUserMaySeeAmlRating();
        for (Dimension d : Dimension.values()) {
            if (d == Dimension.AML_RISK && !amlRatingVisible) {
                continue; // no tipping-off: the roles that serve the customer neither see nor filter by the AML rating
            }
            String value = blankToNull(parameters.get(d.code()));
            if (value != null) {
                if (d.accepts(value)) {
                    filters.put(d, value);
                } else {
                    problems.add(text(lang, "“" + value + "”不是“" + d.label().zh() + "”的代码，可选：" + String.join("、", d.valueCodes())
                                    + "（参数 " + d.code() + "）",
                            "'" + value + "' is not a code of " + d.label().en() + "; expected one of " + String.join(", ", d.valueCodes())
                                    + " (parameter " + d.code() + ")"));
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
        String segment = blankToNull(parameters.get("segment"));
        List<Option> segmentOptions = segmentOptions(segments.compiling(segmentRules.visible()), lang);
        String chosenSegment = segment;
        if (segment != null && segmentOptions.stream().noneMatch(o -> o.code().equals(segment))) {
            problems.add(messages.getMessage("search.segmentUnknown", new Object[]{segment}, loc));
            chosenSegment = null;
        }
        model.addAttribute("segments", segmentOptions);
        model.addAttribute("segment", chosenSegment);

        Customers.Criteria criteria = new Customers.Criteria(parameters.get("id"), parameters.get("name"),
                normalisedMobile(parameters.get("mobile")), parameters.get("residentId"));
        checkText("id", "search.id", criteria.customerId(), loc, problems);
        checkText("name", "search.name", criteria.namePrefix(), loc, problems);
        if (criteria.mobile() != null && !MOBILE.matcher(criteria.mobile()).matches()) {
            problems.add(messages.getMessage("list.badMobile", new Object[]{parameters.get("mobile").strip()}, loc));
        }
        if (criteria.residentId() != null && !RESIDENT_ID.matcher(criteria.residentId()).matches()) {
            problems.add(messages.getMessage("list.badResidentId", new Object[]{criteria.residentId().length()}, loc));
        }
        Scope.Filter scoped = Scope.filter(user);
        boolean seesRms = Capability.SEE_RM_BOOKS.allows(user.role());
        model.addAttribute("seesRms", seesRms);
        // Analysts may list customers (masked) but not open one: their ids are not links to a page that refuses them.
        model.addAttribute("opensCustomers", Capability.READ_CUSTOMERS.allows(user.role()));
        String rm = blankToNull(parameters.get("rm"));
        if (seesRms) {
            List<String> rms = customers.relationshipManagers(scoped.branch());
            model.addAttribute("rmOptions", rms);
            if (rm != null && !rms.contains(rm)) {
                problems.add(messages.getMessage("list.badRm", new Object[]{rm}, loc));
                rm = null;
            }
        } else if (rm != null) {
            problems.add(messages.getMessage("list.rmNotOffered", null, loc));
            rm = null;
        }
        model.addAttribute("rm", rm);
        Integer rfmR = score("rfmR", parameters.get("rfmR"), loc, problems);
        Integer rfmF = score("rfmF", parameters.get("rfmF"), loc, problems);
        model.addAttribute("rfmR", rfmR);
        model.addAttribute("rfmF", rfmF);

        Customers.Sort sort = Customers.Sort.DEFAULT;
        String sortParam = blankToNull(parameters.get("sort"));
        if (sortParam != null) {
            var key = Customers.SortKey.byCode(sortParam).filter(k -> SORTABLE.contains(k) && (k != Customers.SortKey.RM || seesRms));
            if (key.isEmpty()) {
                problems.add(messages.getMessage("list.badSort", new Object[]{sortParam, String.join(lang == Language.EN ? ", " : "、",
                        sortable(seesRms).stream().map(k -> messages.getMessage("list.col." + k.code(), null, loc) + " (" + k.code() + ")")
                                .toList())}, loc));
            } else {
                sort = new Customers.Sort(key.get(), false);
            }
        }
        String dirParam = blankToNull(parameters.get("dir"));
        if (dirParam != null) {
            if (dirParam.equals("asc") || dirParam.equals("desc")) {
                sort = new Customers.Sort(sort.key(), dirParam.equals("desc"));
            } else {
                problems.add(messages.getMessage("list.badDir", new Object[]{dirParam}, loc));
            }
        }

        model.addAttribute("criteria", criteria);
        model.addAttribute("filters", filterFields);
        model.addAttribute("filtered", !filters.isEmpty() || chosenSegment != null || rm != null || rfmR != null || rfmF != null);
        model.addAttribute("problems", problems);
        Map<String, String> kept = new LinkedHashMap<>(parameters);
        kept.remove("page");
        kept.remove("lang");
        kept.values().removeIf(v -> v == null || v.isBlank());
        model.addAttribute("columns", columns(kept, sort, seesRms, loc));
        model.addAttribute("sortKey", sort.key().code());
        model.addAttribute("sortDir", sort.descending() ? "desc" : "asc");
        var run = runs.latestRun().orElse(null);
        model.addAttribute("run", run);
        if (!problems.isEmpty() || run == null) {
            model.addAttribute("items", List.of());
            model.addAttribute("total", 0L);
            return "customers";
        }
        // The rule may have been deleted or broken since the page was drawn: then it has no members rather than failing.
        List<String> members = chosenSegment == null ? null : segments.members(run.runId(), chosenSegment).orElse(List.of());
        Customers.Query query = new Customers.Query(filters, criteria, members, new Customers.Extra(rm, rfmR, rfmF), sort);
        Customers.Page result = customers.page(run, query, page, PAGE_SIZE, scoped.branch(), scoped.rmId());
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (result.rows().isEmpty() && pages > 0 && page >= pages) {
            result = customers.page(run, query, (int) (pages - 1), PAGE_SIZE, scoped.branch(), scoped.rmId());
            model.addAttribute("pageNotice", messages.getMessage("customers.pageBeyond", new Object[]{
                    String.valueOf((long) page + 1), String.valueOf(pages)}, loc));
        }
        int shown = result.page();
        String money = currency.code(); // read once per page, not once per row: it is a database query
        model.addAttribute("items", result.rows().stream().map(r -> item(r, lang, money)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("first", result.total() == 0 ? 0 : (long) shown * PAGE_SIZE + 1);
        model.addAttribute("last", (long) shown * PAGE_SIZE + result.rows().size());
        model.addAttribute("prevUrl", shown > 0 ? url(kept, Map.of("page", String.valueOf(shown - 1))) : null);
        model.addAttribute("nextUrl", shown + 1 < pages ? url(kept, Map.of("page", String.valueOf(shown + 1))) : null);
        return "customers";
    }

    private static List<Customers.SortKey> sortable(boolean seesRms) {
        return SORTABLE.stream().filter(k -> k != Customers.SortKey.RM || seesRms).toList();
    }

    /** The sortable headers: a link to sort by the column (ascending, or the other way round when it is the current one). */
    private Map<String, Column> columns(Map<String, String> kept, Customers.Sort sort, boolean seesRms, Locale loc) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Customers.SortKey k : sortable(seesRms)) {
            boolean current = sort.key() == k;
            boolean nextDescending = current && !sort.descending();
            Map<String, String> set = new LinkedHashMap<>();
            set.put("sort", k.code());
            set.put("dir", nextDescending ? "desc" : "asc");
            String label = messages.getMessage("list.col." + k.code(), null, loc);
            columns.put(k.code(), new Column(k.code(), label, url(kept, set), current ? (sort.descending() ? "descending" : "ascending") : "none",
                    k == Customers.SortKey.AUM,
                    messages.getMessage(nextDescending ? "list.sortDesc" : "list.sortAsc", new Object[]{label}, loc)));
        }
        return columns;
    }

    private Integer score(String parameter, String value, Locale loc, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5') {
            return v.charAt(0) - '0';
        }
        problems.add(messages.getMessage("list.badScore", new Object[]{parameter, v}, loc));
        return null;
    }

    private void checkText(String parameter, String labelKey, String value, Locale loc, List<String> problems) {
        if (value != null && !PLAIN_TEXT.matcher(value).matches()) {
            problems.add(messages.getMessage("list.badText", new Object[]{messages.getMessage(labelKey, null, loc), parameter}, loc));
        }
    }

    /** Spaces and hyphens people type inside a phone number are not part of it. */
    private static String normalisedMobile(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "");
    }

    /** The segments offered (those whose rules compile), labelled in the page language. */
    static List<Option> segmentOptions(List<SegmentRule> compiling, Language lang) {
        return compiling.stream().map(r -> new Option(r.name(), r.label().in(lang))).toList();
    }

    private static String url(Map<String, String> query, Map<String, String> set) {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.putAll(set);
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/customers");
        all.forEach(b::queryParam);
        return b.encode().build().toUriString();
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

    private static Item item(Customers.Row r, Language lang, String currency) {
        List<Option> classes = new ArrayList<>(); // code: the dimension's name (a tooltip), label: the class
        for (Dimension d : List.of(Dimension.AUM_TIER, Dimension.VALUE_CLASS, Dimension.LOYALTY, Dimension.LIFE_STAGE,
                Dimension.RFM_SEGMENT)) {
            String code = r.codes().get(d.code());
            if (code != null && !Dimension.UNKNOWN.equals(code) && d.accepts(code)) {
                classes.add(new Option(d.label().in(lang), d.labelOf(code).in(lang)));
            }
        }
        return new Item(r.customerId(), MaskedProfile.name(r.name(), r.type()), Masking.mobile(r.mobile()),
                r.type() == null ? null : Dimension.CUSTOMER_TYPE.labelOf(r.type()).in(lang), r.branch(), r.relationshipManager(),
                r.aum() == null ? null : Yuan.of(r.aum(), lang, currency), label(Dimension.RISK_LEVEL, r.codes(), lang),
                label(Dimension.SERVICE_CLASS, r.codes(), lang), r.lastContact() == null ? null : r.lastContact().toString(),
                distinct(classes, lang));
    }

    private static String label(Dimension d, Map<String, String> codes, Language lang) {
        String code = codes.get(d.code());
        return code == null || Dimension.UNKNOWN.equals(code) || !d.accepts(code) ? null : d.labelOf(code).in(lang);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(Language lang, String zh, String en) {
        return lang == Language.EN ? en : zh;
    }
}
