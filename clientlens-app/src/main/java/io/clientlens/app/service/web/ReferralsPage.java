package io.clientlens.app.service.web;

import io.clientlens.app.service.Page;
import io.clientlens.app.service.Referral;
import io.clientlens.app.service.ReferralChange;
import io.clientlens.app.service.Referrals;
import io.clientlens.app.service.ServiceForbidden;
import io.clientlens.app.service.ServiceInputInvalid;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Language;
import io.clientlens.service.ReferralOutcome;
import io.clientlens.staff.Role;
import jakarta.servlet.http.HttpServletResponse;
import io.clientlens.app.ui.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Referrals: lobby staff refer a customer; the RM accepts, follows up and closes with an outcome; supervisors see the branch's. */
@PageController
class ReferralsPage {
    private final Referrals referrals;

    ReferralsPage(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/referrals")
    String list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Locale locale, Model model,
                HttpServletResponse response) {
        Language lang = ServicePages.language(locale);
        io.clientlens.service.ReferralState s = Arrays.stream(io.clientlens.service.ReferralState.values())
                .filter(x -> x.name().equals(state)).findFirst().orElse(null);
        model.addAttribute("state", s == null ? "" : s.name());
        model.addAttribute("states", Arrays.stream(io.clientlens.service.ReferralState.values()).map(Enum::name).toList());
        Page<Referral> result;
        try {
            result = referrals.list(Actors.current(), s, Math.max(0, page), 50);
        } catch (ServiceForbidden e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", e.reason().in(lang));
            return "service-problem";
        }
        Role role = Actors.current().role();
        model.addAttribute("page", result);
        model.addAttribute("canRefer", role == Role.SALES || role == Role.SUPERVISOR);
        model.addAttribute("isRm", role == Role.RM);
        model.addAttribute("outcomes", Arrays.stream(ReferralOutcome.values()).map(Enum::name).toList());
        return "referrals";
    }

    @PostMapping("/referrals")
    String refer(@RequestParam(required = false) String customerId, @RequestParam(required = false) String toRm,
                 @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        try {
            ReferralChange change = referrals.refer(Actors.current(), customerId, toRm, note);
            if (change instanceof ReferralChange.Changed c) {
                redirect.addFlashAttribute("made", List.of(c.referral().referralId(), c.referral().toRm()));
            } else {
                redirect.addFlashAttribute("refusal", message(change, lang, customerId));
                redirect.addFlashAttribute("typedCustomerId", customerId); // kept in the form, to correct
            }
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("refusal", lang == Language.EN ? e.problems().get(0).en() : e.problems().get(0).zh());
        }
        return "redirect:/referrals";
    }

    @PostMapping("/referrals/{id}")
    String move(@PathVariable long id, @RequestParam(required = false) String state, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        Language lang = ServicePages.language(locale);
        try {
            ReferralChange change = referrals.move(Actors.current(), id, state, outcome, note);
            if (change instanceof ReferralChange.Changed) {
                redirect.addFlashAttribute("moved", id);
            } else {
                redirect.addFlashAttribute("refusal", message(change, lang, String.valueOf(id)));
            }
        } catch (ServiceInputInvalid e) {
            redirect.addFlashAttribute("refusal", lang == Language.EN ? e.problems().get(0).en() : e.problems().get(0).zh());
        }
        return "redirect:/referrals";
    }

    private static String message(ReferralChange change, Language lang, String id) {
        if (change instanceof ReferralChange.Refused r) {
            return r.reason().in(lang);
        }
        return lang == Language.EN ? "Not found in your scope: '" + id + "'" : "您的范围内没有“" + id + "”";
    }
}
