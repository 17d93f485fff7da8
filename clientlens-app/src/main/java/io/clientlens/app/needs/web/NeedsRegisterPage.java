package io.clientlens.app.needs.web;

import io.clientlens.app.needs.NeedInput;
import io.clientlens.app.needs.NeedsRegister;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.security.Actors;
import io.clientlens.app.security.Capability;
import io.clientlens.app.security.Scope;
import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.ui.Yuan;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.customer.FieldProblem;
import io.clientlens.needs.Need;
import io.clientlens.needs.NeedKind;
import io.clientlens.needs.NeedRules;
import io.clientlens.needs.NeedStatus;
import io.clientlens.needs.NewNeed;
import io.clientlens.needs.PlanningArea;
import io.clientlens.needs.Transition;
import io.clientlens.staff.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The customer's needs register on the web, linked from the 360's needs section: the needs in priority order with
 * their status, a form to record a need and, per need, the next steps of its lifecycle. The same register, rules,
 * roles and scope as the REST API: everyone who may read needs sees the list; RMs and supervisors record and move.
 */
@PageController
class NeedsRegisterPage {
    /** The form's fields in the order the REST API names them; a wrong one is explained under its label. */
    static final List<String> FIELDS = List.of("title", "area", "expectation", "voice", "nature", "source", "importance",
            "urgency", "cost", "leadsToProposal");
    private static final List<String> CHOICES = List.of("expectation", "voice", "nature", "source");

    private final NeedsRegister register;
    private final Scope scope;

    NeedsRegisterPage(NeedsRegister register, Scope scope) {
        this.register = register;
        this.scope = scope;
    }

    /** One choice of a select: the code sent and its label in the page's language. */
    record Option(String code, String label) {
    }

    /** One need as the page lists it; {@code rank} is its place among the open needs, null when closed. */
    record Row(long id, Integer rank, String title, String area, String kind, String source, int importance, int urgency,
               String cost, boolean leadsToProposal, String status, String statusCode, String identifiedBy,
               String reviewedBy, List<Option> next, String waiting) {
    }

    @GetMapping("/customers/{id}/needs")
    String page(@PathVariable String id, Locale locale, Model model) {
        scope.requireCustomer(id);
        return show(id, PageLanguage.of(locale), model);
    }

    @PostMapping("/customers/{id}/needs")
    String add(@PathVariable String id, @RequestParam Map<String, String> parameters, Locale locale, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireCustomer(id);
        Language lang = PageLanguage.of(locale);
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(f -> form.put(f, parameters.getOrDefault(f, "").strip()));
        try {
            NewNeed need = NeedInput.newNeed(body(form));
            Need added = register.add(id, need, Actors.needs());
            redirect.addFlashAttribute("added", added.id());
            return "redirect:/customers/" + id + "/needs";
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors(invalid.problems(), form, lang));
            return show(id, lang, model);
        }
    }

    @PostMapping("/customers/{id}/needs/{needId}/status")
    String move(@PathVariable String id, @PathVariable long needId, @RequestParam(required = false) String status,
                @RequestParam(required = false) String note, Locale locale, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        scope.requireCustomer(id);
        Language lang = PageLanguage.of(locale);
        NeedStatus to = NeedInput.status(status, "status");
        Transition t = register.move(id, needId, to, Actors.needs(), note == null || note.isBlank() ? null : note.strip());
        if (t instanceof Transition.Refused refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refused.reason().in(lang));
            return show(id, lang, model);
        }
        redirect.addFlashAttribute("moved", List.of(needId, to.label().in(lang)));
        return "redirect:/customers/" + id + "/needs";
    }

    private String show(String id, Language lang, Model model) {
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("username", Actors.current().username());
        model.addAttribute("customerId", id);
        boolean mayAct = Capability.ACT_ON_NEEDS.allows(Actors.current().role());
        model.addAttribute("mayAct", mayAct);
        List<Need> ranked = register.ranked(id);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(row(ranked.get(i), ranked.get(i).status().isOpen() ? i + 1 : null, mayAct ? Actors.needs() : null, lang));
        }
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            FIELDS.forEach(f -> form.put(f, ""));
            form.put("importance", "3");
            form.put("urgency", "3");
            model.addAttribute("form", form);
        }
        model.addAttribute("areas", options(PlanningArea.values(), PlanningArea::label, lang));
        model.addAttribute("expectations", options(NeedKind.Expectation.values(), NeedKind.Expectation::label, lang));
        model.addAttribute("voices", options(NeedKind.Voice.values(), NeedKind.Voice::label, lang));
        model.addAttribute("natures", options(NeedKind.Nature.values(), NeedKind.Nature::label, lang));
        model.addAttribute("sources", options(NeedKind.Source.values(), NeedKind.Source::label, lang));
        return "needs-register";
    }

    /** {@code actor}: who may act on needs, null for a reader; offered are only the steps the rules allow this actor. */
    private static Row row(Need n, Integer rank, Actor actor, Language lang) {
        String kind = String.join(" · ", n.expectation().label().in(lang), n.voice().label().in(lang), n.nature().label().in(lang));
        List<Option> next = actor == null ? List.of()
                : NeedRules.stepsFor(n, actor).stream().map(s -> new Option(s.name(), s.label().in(lang))).toList();
        // an open need this actor may not move on (a proposal the RM recorded): say who may, instead of "closed"
        String waiting = actor == null || !next.isEmpty() || n.status().next().isEmpty() ? null
                : NeedRules.refusal(n, n.status().next().get(0), actor).map(r -> r.reason().in(lang)).orElse(null);
        return new Row(n.id(), rank, n.title(), n.area() == null ? "—" : n.area().label().in(lang), kind,
                n.source().label().in(lang), n.importance(), n.urgency(), n.cost() == null ? "—" : Yuan.of(n.cost(), lang),
                n.leadsToProposal(), n.status().label().in(lang), n.status().name(), n.identifiedBy(),
                n.reviewedBy() == null ? "—" : n.reviewedBy(), next, waiting);
    }

    /** The form as the register reads it: what was left empty is not given; a ticked box is "true". */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (!value.isEmpty()) {
                body.put(field, field.equals("leadsToProposal") ? "true" : value);
            }
        });
        return body;
    }

    /** The problems by form field, in the page's language; a choice left open asks for one. */
    static Map<String, String> errors(List<FieldProblem> problems, Map<String, String> form, Language lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String text = CHOICES.contains(p.field()) && form.getOrDefault(p.field(), "").isEmpty()
                    ? Label.of("请选择一项", "Choose one").in(lang) : lang == Language.EN ? p.en() : p.zh();
            errors.merge(p.field(), text, (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, Label> label, Language lang) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v).in(lang))).toList();
    }
}
