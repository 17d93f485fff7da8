package io.clientlens.app.suitability.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.Refused;
import io.clientlens.app.suitability.ReviewQueue;
import io.clientlens.app.suitability.SuitabilityChecks;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.staff.Actor;
import io.clientlens.suitability.Action;
import io.clientlens.suitability.Opinion;
import io.clientlens.suitability.Step;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The approvals inbox (docs/SUITABILITY.md): a supervisor sees the checks in their branch to review —
 * first those whose sale waits for the review, then every other check that can end in a sale, with
 * the due date of the review after the sale; the head of wealth management those waiting for the
 * second approval. Each shows the reasons, the documents and the signature images. Approve or reject
 * with a written opinion; {@link SuitabilityChecks#approve} enforces the order of steps and four
 * eyes, and its refusal is shown on the page.
 */
@PageController
class ApprovalsPage extends AdvicePage {
    private final SuitabilityChecks checks;
    private final SaleViews sales;

    ApprovalsPage(Customers customers, Scope scope, SuitabilityChecks checks, SaleViews sales) {
        super(customers, scope);
        this.checks = checks;
        this.sales = sales;
    }

    @GetMapping("/approvals")
    String inbox(@RequestParam(required = false) Long done, @RequestParam(required = false) String outcome, Locale locale,
                 Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            Actor actor = approver();
            if (done != null) {
                model.addAttribute("notice", "rejected".equals(outcome) ? "rejected" : "approved");
                model.addAttribute("noticeCheck", done);
            }
            list(model, lang, actor, null, null, Map.of());
            return "approvals";
        });
    }

    @PostMapping("/approvals/{checkId}")
    String decide(@PathVariable long checkId, @RequestParam(required = false) String decision, @RequestParam(required = false) String opinion,
                  Locale locale, Model model, HttpServletResponse response) {
        Language lang = language(locale);
        common(model, lang);
        return guarded(model, response, lang, () -> {
            Actor actor = approver();
            scope.requireCheck(checkId);
            String problem = null;
            if (!"approve".equals(decision) && !"reject".equals(decision)) {
                problem = lang == Language.EN ? "Choose approve or reject" : "请选择同意或拒绝";
            } else if (!Opinion.problems(opinion).isEmpty()) {
                var first = Opinion.problems(opinion).get(0);
                problem = lang == Language.EN ? "Opinion: " + first.en() : "意见：" + first.zh();
            }
            if (problem != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                list(model, lang, actor, checkId, null, Map.of("opinion", problem, "opinionText", opinion == null ? "" : opinion));
                return "approvals";
            }
            try {
                checks.approve(checkId, "approve".equals(decision), opinion, actor);
                return "redirect:/approvals?done=" + checkId + "&outcome=" + ("approve".equals(decision) ? "approved" : "rejected");
            } catch (Refused e) {
                response.setStatus(e.forbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_CONFLICT);
                list(model, lang, actor, checkId, e.reason().in(lang), Map.of("opinionText", opinion == null ? "" : opinion));
                return "approvals";
            }
        });
    }

    /** The user as an approver: a supervisor (review) or the head of wealth management (second approval); others 403. */
    private static Actor approver() {
        Actor actor = Actors.suitability();
        if (!Action.approves(actor.role())) {
            throw new Forbidden(Label.of(actor.role().label().zh() + "（" + actor.role().name() + "）不能复核或审批",
                    actor.role().label().en() + " (" + actor.role().name() + ") may not review or approve"));
        }
        return actor;
    }

    private void list(Model model, Language lang, Actor actor, Long focus, String refusal, Map<String, String> form) {
        Step step = ReviewQueue.stepOf(actor.role());
        List<SaleViews.QueueItem> pending = sales.queue(actor.role(), lang).stream().filter(q -> scope.visible(q.sale().customerId())).toList();
        model.addAttribute("step", step.name());
        model.addAttribute("stepLabel", step.label().in(lang));
        model.addAttribute("pending", pending);
        model.addAttribute("focus", focus);
        model.addAttribute("refusal", refusal);
        model.addAttribute("form", form);
        if (focus != null && pending.stream().noneMatch(q -> q.sale().checkId() == focus)) {
            // the check is no longer waiting for this user (done meanwhile, or never theirs): still show what it is
            sales.of(focus, lang).ifPresent(s -> model.addAttribute("focusSale", s));
        }
    }
}
