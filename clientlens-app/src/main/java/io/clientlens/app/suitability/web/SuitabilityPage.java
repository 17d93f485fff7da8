package io.clientlens.app.suitability.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.security.Scope;
import io.clientlens.app.suitability.Assessments;
import io.clientlens.app.suitability.CheckView;
import io.clientlens.app.suitability.Products;
import io.clientlens.app.refusal.Refused;
import io.clientlens.app.suitability.Signatures;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Language;
import io.clientlens.questionnaire.Channel;
import io.clientlens.staff.Actor;
import io.clientlens.suitability.Action;
import io.clientlens.suitability.RiskDisclosure;
import io.clientlens.app.errors.ErrorResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The suitability page (docs/SUITABILITY.md): pick a product, see the decision with every rule's
 * reason and the risk disclosure, then record what the decision asks for — the written confirmation
 * of every sale (the copied-out sentence, checked live by {@code advice.js} through {@code copy-check}
 * and again on submit, and the signatures of customer and RM on the pads of {@code signature-pad.js})
 * and the override document when the customer insists. Approvals happen in the inbox
 * ({@link ApprovalsPage}). Forms POST, then redirect; only the signature pads need JavaScript.
 */
@PageController
class SuitabilityPage extends AdvicePage {
    private final SuitabilityChecks checks;
    private final Products products;
    private final SaleViews sales;
    private final Assessments assessments;

    SuitabilityPage(Customers customers, Scope scope, SuitabilityChecks checks, Products products, SaleViews sales,
                    Assessments assessments) {
        super(customers, scope);
        this.checks = checks;
        this.products = products;
        this.sales = sales;
        this.assessments = assessments;
    }

    /** The customer's latest risk tolerance assessment, for orientation; whether it counts is the check's to say. */
    record LatestRisk(String level, String assessedOn, String channel, String validUntil) {
    }

    record ProductOption(String code, String label, boolean chosen) {
    }

    /** What the check form had in it (kept when it comes back with an error). */
    record CheckForm(String productCode, String amount, String initiatedBy) {
    }

    @GetMapping("/customers/{id}/suitability")
    String page(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            adviser();
            checkForm(model, lang, customer(id), new CheckForm(null, null, "bank"), Map.of());
            return "suitability";
        });
    }

    @PostMapping("/customers/{id}/suitability")
    String check(@PathVariable String id, @RequestParam(required = false) String productCode, @RequestParam(required = false) String amount,
                 @RequestParam(required = false) String initiatedBy, Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            Actor actor = adviser();
            CustomerHeading customer = customer(id);
            CheckForm form = new CheckForm(productCode, amount, initiatedBy);
            Map<String, String> errors = new LinkedHashMap<>();
            if (productCode == null || productCode.isBlank() || products.find(productCode.strip()).isEmpty()) {
                errors.put("productCode", lang == Language.EN ? "Choose a product from the catalogue" : "请从产品目录中选择产品");
            }
            if (errors.isEmpty()) {
                try {
                    var checked = checks.check(id, productCode.strip(), blankToNull(amount), blankToNull(initiatedBy), actor);
                    return "redirect:/customers/" + id + "/suitability/checks/" + checked.recordId();
                } catch (InvalidRequest e) {
                    errors.putAll(errors(e.problems(), lang));
                }
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            checkForm(model, lang, customer, form, errors);
            return "suitability";
        });
    }

    @GetMapping("/customers/{id}/suitability/checks/{checkId}")
    String one(@PathVariable String id, @PathVariable long checkId, Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            Actor actor = adviser();
            show(model, lang, actor, customer(id), checkId, Map.of(), Map.of());
            return "suitability-check";
        });
    }

    /**
     * The written confirmation: the copied sentence and the two signatures drawn on the signature pads
     * ({@code signature-pad.js} posts each as a PNG data URL in a hidden field).
     */
    @PostMapping("/customers/{id}/suitability/checks/{checkId}/confirmation")
    String confirm(@PathVariable String id, @PathVariable long checkId, @RequestParam(required = false) String text,
                   @RequestParam(required = false) String faceToFaceExplained, @RequestParam(required = false) String customerSignature,
                   @RequestParam(required = false) String rmSignature, Locale locale, Model model, HttpServletResponse response) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("text", text);
        kept.put("faceToFaceExplained", faceToFaceExplained);
        // a drawn signature is kept for the next try only if it was accepted as one
        kept.put("customerSignature", keptSignature(Signatures.Signer.CUSTOMER, customerSignature));
        kept.put("rmSignature", keptSignature(Signatures.Signer.RM, rmSignature));
        return record(id, checkId, kept, locale, model, response,
                actor -> () -> checks.confirm(checkId, text, "true".equals(faceToFaceExplained), customerSignature, rmSignature, actor));
    }

    private static String keptSignature(Signatures.Signer signer, String dataUrl) {
        return dataUrl != null && dataUrl.startsWith("data:image/png;base64,")
                && Signatures.fromBase64(signer, dataUrl, new java.util.ArrayList<>()) != null ? dataUrl : null;
    }

    @PostMapping("/customers/{id}/suitability/checks/{checkId}/override")
    String override(@PathVariable String id, @PathVariable long checkId, @RequestParam(required = false) String bankOpinion,
                    @RequestParam(required = false) String customerWish, @RequestParam(required = false) String notes,
                    @RequestParam(required = false) String customerSigned, @RequestParam(required = false) String rmSigned,
                    Locale locale, Model model, HttpServletResponse response) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("bankOpinion", bankOpinion);
        kept.put("customerWish", customerWish);
        kept.put("notes", notes);
        kept.put("customerSigned", customerSigned);
        kept.put("rmSigned", rmSigned);
        return record(id, checkId, kept, locale, model, response, actor -> () -> checks.override(checkId, bankOpinion, customerWish,
                notes, "true".equals(customerSigned), "true".equals(rmSigned), actor));
    }

    /** The live copy-out check of advice.js: the first difference in the page language, nothing stored. */
    @PostMapping(path = "/customers/{id}/suitability/copy-check", produces = "application/json")
    @ResponseBody
    Map<String, Object> copyCheck(@PathVariable String id, @RequestParam(required = false) String text, Locale locale,
                                  HttpServletResponse response) throws java.io.IOException {
        Language lang = language(locale);
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            adviser();
            scope.requireCustomer(id);
        } catch (NotFound e) {
            ErrorResponses.write(response, true, HttpServletResponse.SC_NOT_FOUND);
            return null;
        } catch (Forbidden | Refused e) {
            ErrorResponses.write(response, true, HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        if (RiskDisclosure.verify(text) instanceof RiskDisclosure.CopyOut.Differs d) {
            m.put("matches", false);
            m.put("position", d.position());
            m.put("message", d.explain().in(lang));
        } else {
            m.put("matches", true);
            m.put("message", lang == Language.EN ? "The copy matches the sentence." : "抄写与要求的语句一致。");
        }
        return m;
    }

    /** A step recorded by the RM: redirect on success; the check again with the errors at their fields (400) or the refusal (409). */
    private String record(String id, long checkId, Map<String, String> kept, Locale locale, Model model, HttpServletResponse response,
                          java.util.function.Function<Actor, Supplier<CheckView>> step) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            Actor actor = adviser();
            CustomerHeading customer = customer(id);
            requireCheckOf(id, checkId);
            try {
                step.apply(actor).get();
                return "redirect:/customers/" + id + "/suitability/checks/" + checkId;
            } catch (InvalidRequest e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                show(model, lang, actor, customer, checkId, kept, errors(e.problems(), lang));
            } catch (Refused e) {
                response.setStatus(e.forbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_CONFLICT);
                show(model, lang, actor, customer, checkId, kept, Map.of());
                model.addAttribute("refusal", e.reason().in(lang));
            }
            return "suitability-check";
        });
    }

    private void requireCheckOf(String customerId, long checkId) {
        if (checks.view(checkId).filter(c -> customerId.equals(c.customerId())).isEmpty()) {
            throw new NotFound("suitability check", String.valueOf(checkId));
        }
    }

    private void show(Model model, Language lang, Actor actor, CustomerHeading customer, long checkId, Map<String, String> kept,
                      Map<String, String> errors) {
        SaleView sale = sales.of(checkId, lang).filter(s -> customer.customerId().equals(s.customerId()))
                .orElseThrow(() -> new NotFound("suitability check", String.valueOf(checkId)));
        model.addAttribute("customer", customer);
        model.addAttribute("sale", sale);
        model.addAttribute("sentence", RiskDisclosure.CONFIRMATION_SENTENCE);
        model.addAttribute("signers", List.of("customer", "rm"));
        model.addAttribute("mayRecord", Action.RECORD.allows(actor.role()));
        model.addAttribute("mayApprove", Action.approves(actor.role()));
        model.addAttribute("kept", kept);
        model.addAttribute("errors", errors);
    }

    private void checkForm(Model model, Language lang, CustomerHeading customer, CheckForm form, Map<String, String> errors) {
        model.addAttribute("customer", customer);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("products", products.all().stream().map(p -> new ProductOption(p.code(),
                p.code() + " · " + p.name() + " · " + p.risk().name() + " " + p.risk().label().in(lang)
                        + (p.derivative() ? (lang == Language.EN ? " · derivative" : " · 衍生品") : "")
                        + (checks.highMarketRisk(p) ? (lang == Language.EN ? " · high market risk" : " · 高市场风险") : ""),
                p.code().equals(form.productCode()))).toList());
        List<SaleView> recent = sales.ofCustomer(customer.customerId()).stream()
                .map(checkId -> sales.of(checkId, lang).orElse(null)).filter(java.util.Objects::nonNull).toList();
        model.addAttribute("recent", recent);
        model.addAttribute("latestRisk", assessments.ofCustomer(customer.customerId()).stream()
                .filter(io.clientlens.app.suitability.AssessmentView::isRiskTolerance).findFirst()
                .map(a -> new LatestRisk(a.resultCode(), a.assessedAt().substring(0, 10),
                        Channel.valueOf(a.channel()).label().in(lang), a.validUntil()))
                .orElse(null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
