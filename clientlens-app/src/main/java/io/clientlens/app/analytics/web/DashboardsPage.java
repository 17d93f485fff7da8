package io.clientlens.app.analytics.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.code.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import io.clientlens.app.security.Actors;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.analytics.SegmentSizes;
import io.clientlens.customer.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts over the latest classification run: customers per class of each dimension, the Pareto curve
 * of contribution and the RFM grid, the AML rating and alerts by rule for the roles that may see them
 * ({@link DashboardFigures}: figures, text alternatives and where a click leads); the migration between two runs (Sankey and table) and the sizes of
 * the custom segments (the editor and target lists: {@link SegmentEditor}). Only for roles that may see aggregates over all customers
 * (analyst, supervisor, compliance, head of wealth, administrator; see SecurityConfiguration): RM
 * and sales staff get 403. The page is a shell; {@code dashboards.js} draws the charts with ECharts
 * from the JSON of {@code /dashboards/data}.
 */
@PageController
class DashboardsPage {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardsPage.class);

    private final RunQueries runs;
    private final MessageSource messages;
    private final DashboardFigures figures;
    private final DashboardsModel pageModel;
    private final SegmentSizes sizes;

    DashboardsPage(RunQueries runs, DashboardFigures figures, MessageSource messages, DashboardsModel pageModel, SegmentSizes sizes) {
        this.runs = runs;
        this.figures = figures;
        this.messages = messages;
        this.pageModel = pageModel;
        this.sizes = sizes;
    }

    /**
     * The figures of a run are computed once (see {@link PerRunCache}), which takes seconds for a large run: a server
     * works out those of the latest run as soon as it is up, so that the first visitor does not wait for them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void computeLatestFiguresInAdvance(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return; // a command-line run or a test without a server: nobody will look at the charts
        }
        Thread worker = new Thread(() -> {
            try {
                runs.latestRun().ifPresent(run -> {
                    figures.warm(run);
                    sizes.of(run.runId());
                    LOG.info("Figures of classification run {} ready for the dashboards", run.runId());
                });
            } catch (RuntimeException e) {
                LOG.info("Figures of the latest run not computed in advance ({}); the first visit computes them", e.getMessage());
            }
        }, "dashboard-figures");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * The page; {@code from}, {@code to} (run ids) and {@code dimension} choose the migration shown,
     * {@code edit} fills the segment editor with a stored segment.
     */
    @GetMapping("/dashboards")
    String page(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                @RequestParam(required = false) String dimension, @RequestParam(required = false) String edit,
                Locale locale, Model model) {
        pageModel.fill(model, locale, from, to, dimension, pageModel.formOf(edit), null);
        return "dashboards";
    }

    /** The Sankey of the migration chosen as on the page (defaults: the latest two runs, valueClass). */
    @GetMapping(path = "/dashboards/migration", produces = "application/json")
    @ResponseBody
    Map<String, Object> migration(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                                  @RequestParam(required = false) String dimension, Locale locale) {
        DashboardsModel.MigrationChoice choice = pageModel.choose(from, to, dimension);
        if (choice.problemKey() != null) {
            String key = choice.problemKey();
            throw new InvalidRequest(List.of(new FieldProblem(key.equals("mig.badRun") ? "from" : "dimension",
                    messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE), messages.getMessage(key, null, Locale.ENGLISH))));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("texts", Map.of("customers", messages.getMessage("dash.customers", null, locale)));
        MigrationView view = pageModel.view(choice, language(locale)).orElse(null);
        if (view == null) {
            data.put("migration", null);
            return data;
        }
        data.put("from", view.from().runId());
        data.put("to", view.to().runId());
        data.put("dimension", view.dimension().code());
        data.put("migration", view.sankey());
        return data;
    }

    /** Customers of the latest run in each stored segment, for the bar chart. */
    @GetMapping(path = "/dashboards/segments/sizes", produces = "application/json")
    @ResponseBody
    Map<String, Object> segmentSizes(Locale locale) {
        Language lang = language(locale);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("texts", Map.of("customers", messages.getMessage("dash.customers", null, locale)));
        var run = runs.latestRun().orElse(null);
        if (run == null) {
            data.put("runId", null);
            data.put("segments", List.of());
            return data;
        }
        SegmentSizes.Sizes s = sizes.of(run.runId());
        data.put("runId", run.runId());
        data.put("segments", s.sizes().stream().filter(z -> SegmentRuleStore.mayUse(z.rule())).map(z -> Map.of("name", z.rule().name(), "label", z.rule().label().in(lang),
                "customers", z.customers())).toList());
        return data;
    }

    @GetMapping(path = "/dashboards/data", produces = "application/json")
    @ResponseBody
    Map<String, Object> data(Locale locale) {
        Language lang = language(locale);
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("pareto.x", "pareto.y", "pareto.line80", "pareto.line95", "rfm.r", "rfm.f", "customers",
                "alerts", "drillHint")) {
            texts.put(key, messages.getMessage("dash." + key, null, locale));
        }
        data.put("texts", texts);
        var run = runs.latestRun().orElse(null);
        if (run == null) {
            data.put("run", null);
            return data;
        }
        data.put("run", Map.of("runId", run.runId(), "asOf", run.asOf().toString(), "customers", run.customers()));
        SignedInUser user = Actors.current();
        data.put("drill", DashboardFigures.drillUrl(user));
        data.put("distributions", Distributions.of(runs.counts(run), lang));
        data.put("pareto", DashboardFigures.paretoJson(figures.pareto(run)));
        data.put("rfm", figures.rfm(run));
        Map<String, Object> aml = new LinkedHashMap<>();
        figures.amlRatings(run, user, lang).ifPresent(d -> aml.put("ratings", DashboardFigures.rating(d)));
        aml.put("ratingsDrill", DashboardFigures.drillsIntoAmlRating(user));
        figures.alertsByRule(user, lang).ifPresent(a -> aml.put("alertsByRule", a));
        data.put("aml", aml);
        return data;
    }

    private static Language language(Locale locale) {
        return PageLanguage.of(locale);
    }
}
