package io.clientlens.app.suitability.web;

import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.Refused;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.customer.FieldProblem;
import io.clientlens.identity.Masking;
import io.clientlens.staff.Actor;
import io.clientlens.suitability.Action;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the questionnaire, suitability and approvals pages share: the language, who acts, the
 * customer heading (masked), and the page shown instead when the role may not act (403), the
 * customer is outside the user's scope (404, as if it did not exist) or the chain refuses (409).
 * The rules themselves stay in the services of {@code io.clientlens.app.suitability}.
 */
abstract class AdvicePage {
    static final String PROBLEM_VIEW = "advice-problem";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Customers customers;
    final Scope scope;

    AdvicePage(Customers customers, Scope scope) {
        this.customers = customers;
        this.scope = scope;
    }

    /** The customer as the pages show it: id and masked name, never the clear name. */
    record CustomerHeading(String customerId, String maskedName) {
    }

    static Language language(Locale locale) {
        return PageLanguage.of(locale);
    }

    static String text(Language lang, Label label) {
        return label == null ? null : label.in(lang);
    }

    /** A {zh, en} map as stored with assessments and checks. */
    static String text(Language lang, Object zhEn) {
        if (!(zhEn instanceof Map<?, ?> m)) {
            return zhEn == null ? null : String.valueOf(zhEn);
        }
        Object t = m.get(lang == Language.EN ? "en" : "zh");
        return t == null ? null : String.valueOf(t);
    }

    static String dateTime(String isoDateTime) {
        return isoDateTime == null ? null : LocalDateTime.parse(isoDateTime).format(MINUTES);
    }

    /** The signed-in user as an adviser (assessments, checks); SALES and roles outside the chain are refused (403). */
    static Actor adviser() {
        Actor actor = Actors.suitability();
        Actors.require(actor, Action.ADVISE);
        return actor;
    }

    /** 404 unless the customer exists and is in the user's scope; its heading otherwise. */
    CustomerHeading customer(String customerId) {
        scope.requireCustomer(customerId);
        String name = customers.profile(customerId).map(p -> Masking.customerName(p.name(), p.typeOrIndividual())).orElse(null);
        return new CustomerHeading(customerId, name);
    }

    static void common(Model model, Language lang) {
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("username", Actors.current().username());
    }

    /** The problems by field ("answers.age" → message) in the page language; the first one per field. */
    static Map<String, String> errors(List<FieldProblem> problems, Language lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), lang == Language.EN ? p.en() : p.zh()));
        return errors;
    }

    /**
     * Runs the page; a role that may not act, a customer or record outside the scope, or a refusal
     * the page does not handle itself becomes the problem page with the matching status and the
     * reason in the page language.
     */
    static String guarded(Model model, HttpServletResponse response, Language lang, Supplier<String> page) {
        try {
            return page.get();
        } catch (NotFound e) {
            return problem(model, response, HttpServletResponse.SC_NOT_FOUND,
                    lang == Language.EN ? "Not found, or not in your customers." : "没有找到，或不在您的客户范围内。");
        } catch (Forbidden e) {
            return problem(model, response, HttpServletResponse.SC_FORBIDDEN, e.reason().in(lang));
        } catch (Refused e) {
            return problem(model, response, e.forbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_CONFLICT,
                    e.reason().in(lang));
        }
    }

    private static String problem(Model model, HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problem", message);
        return PROBLEM_VIEW;
    }
}
