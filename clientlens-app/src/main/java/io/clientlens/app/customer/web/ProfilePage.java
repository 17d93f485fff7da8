package io.clientlens.app.customer.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileEdits;
import io.clientlens.app.customer.ProfileEdits.FormValues;
import io.clientlens.app.customer.ProfileEdits.Outcome;
import io.clientlens.app.customer.ProfileForm;
import io.clientlens.app.customer.ProfileForm.Field;
import io.clientlens.app.customer.ProfileForm.Group;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.clock.Now;
import io.clientlens.code.Language;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Profile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Editing a customer's profile on a form ({@code /customers/{id}/profile}): every fact group with
 * its source, problems shown at the field in the page's language, identity fields masked (left as
 * shown, they keep the stored value). Roles as for the REST PUT (SecurityConfiguration); customers
 * outside the user's scope do not exist here either.
 */
@PageController
class ProfilePage {
    private final Customers customers;
    private final ProfileEdits edits;
    private final Scope scope;
    private final Now now;
    private final MessageSource messages;

    ProfilePage(Customers customers, ProfileEdits edits, Scope scope, Now now, MessageSource messages) {
        this.customers = customers;
        this.edits = edits;
        this.scope = scope;
        this.now = now;
        this.messages = messages;
    }

    record Option(String code, String label) {
    }

    /** One input as the template draws it; {@code select} when it has options. */
    record Input(String name, String id, String label, String value, boolean select, List<Option> options, String inputMode,
                 String placeholder, List<String> errors) {
        public String errorId() {
            return id + "-error";
        }
    }

    record Row(List<Input> inputs) {
    }

    record GroupView(String key, String label, List<Input> inputs, List<String> columns, List<Row> rows, Input source,
                     String sourceDate) {
    }

    @GetMapping("/customers/{id}/profile")
    String form(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        Profile stored = visibleProfile(id);
        common(model, id);
        if (stored == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "profile";
        }
        show(model, stored, ProfileEdits.formOf(stored,
                io.clientlens.app.security.Capability.READ_EMPLOYER.allows(Actors.current().role())),
                Map.of(), List.of(), locale);
        return "profile";
    }

    @PostMapping("/customers/{id}/profile")
    String save(@PathVariable String id, @RequestParam Map<String, String> parameters, Locale locale, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Profile stored = visibleProfile(id);
        common(model, id);
        if (stored == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "profile";
        }
        Outcome outcome = edits.save(stored, parameters, now.get().toLocalDate());
        if (outcome instanceof Outcome.Rejected rejected) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(model, stored, rejected.form(), rejected.byField(), rejected.general(), locale);
            return "profile";
        }
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/customers/" + id;
    }

    private Profile visibleProfile(String id) {
        try {
            scope.requireCustomer(id);
        } catch (NotFound outsideScope) {
            return null;
        }
        return customers.profile(id).orElse(null);
    }

    private void common(Model model, String id) {
        model.addAttribute("customerId", id);
        model.addAttribute("username", Actors.current().username());
    }

    private void show(Model model, Profile stored, FormValues form, Map<String, List<FieldProblem>> problems,
                      List<FieldProblem> general, Locale locale) {
        Language lang = locale.getLanguage().equals("en") ? Language.EN : Language.ZH;
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("groups", ProfileForm.GROUPS.stream().map(g -> group(g, stored, form, problems, lang, locale)).toList());
        model.addAttribute("general", general.stream().map(p -> p.field() + ": " + in(p, lang)).toList());
        model.addAttribute("problemCount", problems.values().stream().mapToInt(List::size).sum() + general.size());
    }

    private GroupView group(Group g, Profile stored, FormValues form, Map<String, List<FieldProblem>> problems, Language lang,
                            Locale locale) {
        List<Input> inputs = g.fields().stream().map(f -> input(f.path(), f, f.path(), form, problems, lang, locale)).toList();
        List<String> columns = List.of();
        List<Row> rows = List.of();
        if (g.rows() != null) {
            String array = g.rows().array();
            columns = g.rows().fields().stream().map(f -> label("pf.f." + array + "." + f.path(), locale)).toList();
            rows = new ArrayList<>();
            for (int i = 0; i < form.rows().getOrDefault(array, 0); i++) {
                int row = i;
                rows.add(new Row(g.rows().fields().stream()
                        .map(f -> input(g.rows().path(row, f), f, array + "." + f.path(), form, problems, lang, locale)).toList()));
            }
        }
        List<Option> channels = Arrays.stream(FactSource.Channel.values())
                .map(c -> new Option(c.name(), label("pf.source." + c.name(), locale))).toList();
        String sourceName = g.sourceField();
        Input source = new Input(sourceName, id(sourceName), label("pf.source", locale), form.get(sourceName), true,
                channels, null, null, errors(sourceName, problems, lang));
        FactSource recorded = stored.sources().get(g.group().key());
        String date = recorded == null || recorded.collectedOn() == null ? null : recorded.collectedOn().toString();
        return new GroupView(g.group().key(), g.group().label().in(lang), inputs, columns, rows, source, date);
    }

    private Input input(String name, Field field, String labelKey, FormValues form, Map<String, List<FieldProblem>> problems,
                        Language lang, Locale locale) {
        List<Option> options = switch (field.kind()) {
            case CODE -> field.codes().stream().map(c -> new Option(c, label("pf.code." + c, locale))).toList();
            case BOOLEAN -> List.of(new Option("true", label("pf.yes", locale)), new Option("false", label("pf.no", locale)));
            default -> null;
        };
        String inputMode = switch (field.kind()) {
            // no "decimal" keypad for amounts: people type 万 and thousands separators (TypedAmount)
            case COUNT -> "numeric";
            default -> null;
        };
        String placeholder = switch (field.kind()) {
            case DATE -> "yyyy-MM-dd";
            case LIST -> label("pf.listHint", locale);
            default -> null;
        };
        return new Input(name, id(name), label("pf.f." + labelKey, locale), form.get(name), options != null, options, inputMode,
                placeholder, errors(name, problems, lang));
    }

    private static List<String> errors(String name, Map<String, List<FieldProblem>> problems, Language lang) {
        return problems.getOrDefault(name, List.of()).stream().map(p -> in(p, lang)).collect(Collectors.toList());
    }

    private static String in(FieldProblem p, Language lang) {
        return lang == Language.EN ? p.en() : p.zh();
    }

    /** An HTML id from a field name such as {@code family[0].birthDate}. */
    private static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
