package io.clientlens.app.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.analytics.web.Distributions;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.customer.CustomerView;
import io.clientlens.app.customer.CustomerViews;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.staff.Role;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The first page: how many customers fall in each class, and a lookup of one customer's classes with reasons. */
@PageController
class HomePage {

    private final RunQueries runs;
    private final CustomerViews views;
    private final Customers customers;

    private final Scope scope;

    HomePage(RunQueries runs, CustomerViews views, Customers customers, Scope scope) {
        this.scope = scope;
        this.runs = runs;
        this.views = views;
        this.customers = customers;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "id", required = false) String customerId, Locale locale, Model model) {
        // RMs, sales staff and supervisors open on their workbench (docs/SERVICE.md); a lookup by id stays here
        if ((customerId == null || customerId.isBlank()) && io.clientlens.app.service.Workbench.isHomeOf(Actors.current().role())) {
            return "forward:/workbench";
        }
        Language lang = locale.getLanguage().equals("en") ? Language.EN : Language.ZH;
        model.addAttribute("lang", lang.name().toLowerCase(Locale.ROOT));
        model.addAttribute("username", Actors.current().username());
        model.addAttribute("customerCount", customers.count());
        var run = runs.latestRun().orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("distributions", run == null ? List.of() : Distributions.of(runs.counts(run), lang));
        // an analyst works on the masked list and the statistics, never on one customer: no lookup that would always fail
        boolean mayLookUp = Actors.current().role() != io.clientlens.staff.Role.ANALYST;
        model.addAttribute("mayLookUp", mayLookUp);
        if (mayLookUp && customerId != null && !customerId.isBlank()) {
            String id = customerId.trim();
            model.addAttribute("query", id);
            CustomerView view = inScope(id) ? views.view(id).orElse(null) : null;
            model.addAttribute("customer", view == null ? null : CustomerCard.of(view, lang));
        }
        return "home";
    }

    /** As over REST: only customers in the user's scope (analysts, who see no single customer, get no lookup at all). */
    private boolean inScope(String id) {
        try {
            scope.requireCustomer(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

}
