package io.clientlens.app.analytics.web;

import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.analytics.RunMigration;
import io.clientlens.app.analytics.SegmentSizes;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the dashboards page shows besides the charts drawn from JSON: the run choice and table of
 * the migration, the segment list with sizes, and the editor (its values and problems after a failed save).
 */
@Component
class DashboardsModel {
    static final String DEFAULT_DIMENSION = Dimension.VALUE_CLASS.code();
    static final int RUNS_OFFERED = 24;

    /** A stored segment as listed: labels, expression and customers in the latest run. */
    record SegmentRow(String name, String label, String labelZh, String labelEn, int priority, String expression, long customers) {
    }

    /** Which runs and dimension to compare, with a problem message when what was asked for does not exist. */
    record MigrationChoice(Optional<RunMigration.Run> from, Optional<RunMigration.Run> to, Dimension dimension, String problemKey) {
    }

    private final RunQueries runs;
    private final RunMigration migration;
    private final SegmentSizes sizes;
    private final MessageSource messages;
    private final SegmentRuleStore store;
    private final DashboardFigures figures;

    DashboardsModel(RunQueries runs, RunMigration migration, SegmentSizes sizes, MessageSource messages, SegmentRuleStore store,
                    DashboardFigures figures) {
        this.figures = figures;
        this.runs = runs;
        this.migration = migration;
        this.sizes = sizes;
        this.messages = messages;
        this.store = store;
    }

    /** The editor filled with a stored segment, or null (an empty editor) when there is no such segment. */
    SegmentForm formOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return store.visible().stream().filter(r -> r.name().equals(name)).findFirst()
                .map(r -> new SegmentForm(r.name(), r.label().zh(), r.label().en(), String.valueOf(r.priority()), r.expression()))
                .orElse(null);
    }

    static Language language(Locale locale) {
        return PageLanguage.of(locale);
    }

    void fill(Model model, Locale locale, Long from, Long to, String dimension, SegmentForm form,
              Map<String, SegmentForm.Problem> problems) {
        Language lang = language(locale);
        SignedInUser user = Actors.current();
        model.addAttribute("lang", lang.name().toLowerCase(Locale.ROOT));
        model.addAttribute("username", user.username());
        var latest = runs.latestRun().orElse(null);
        model.addAttribute("run", latest);
        List<RunMigration.Run> offered = migration.recentRuns(RUNS_OFFERED);
        model.addAttribute("runs", offered);
        model.addAttribute("dimensions", RunMigration.dimensions().stream().filter(DashboardsModel::mayCompare)
                .map(d -> Map.of("code", d.code(), "label", d.label().in(lang))).toList());
        MigrationChoice choice = choose(offered, from, to, dimension);
        model.addAttribute("migrationProblem", choice.problemKey());
        model.addAttribute("dimension", choice.dimension().code());
        model.addAttribute("migration", view(choice, lang).orElse(null));
        model.addAttribute("canEdit", AnalyticsRoles.mayEditSegments(user));
        model.addAttribute("canExport", AnalyticsRoles.mayExportTargets(user));
        if (latest != null) {
            SegmentSizes.Sizes s = sizes.of(latest.runId());
            model.addAttribute("segments", s.sizes().stream().filter(z -> SegmentRuleStore.mayUse(z.rule())).map(z -> new SegmentRow(z.rule().name(), z.rule().label().in(lang),
                    z.rule().label().zh(), z.rule().label().en(), z.rule().priority(), z.rule().expression(), z.customers())).toList());
            model.addAttribute("invalidSegments", s.invalid());
            // the charts' text alternatives, and where their rows lead
            model.addAttribute("drillUrl", DashboardFigures.drillUrl(user));
            model.addAttribute("distributionTables", Distributions.of(runs.counts(latest), lang));
            model.addAttribute("paretoRows", DashboardFigures.paretoRows(figures.pareto(latest), lang));
            model.addAttribute("rfmRows", DashboardFigures.rfmRows(figures.rfm(latest)));
            model.addAttribute("amlRatings", figures.amlRatings(latest, user, lang).orElse(null));
            model.addAttribute("amlRatingsDrill", DashboardFigures.drillsIntoAmlRating(user));
            model.addAttribute("alertsByRule", figures.alertsByRule(user, lang).orElse(null));
        }
        model.addAttribute("form", form == null ? SegmentForm.EMPTY : form);
        Map<String, String> errors = new LinkedHashMap<>();
        (problems == null ? Map.<String, SegmentForm.Problem>of() : problems)
                .forEach((field, p) -> errors.put(field, messages.getMessage(p.key(), p.arguments(PageLanguage.of(locale)), locale)));
        model.addAttribute("errors", errors);
    }

    /** The migration of a valid choice of two runs. */
    Optional<MigrationView> view(MigrationChoice choice, Language lang) {
        if (choice.from().isEmpty() || choice.to().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MigrationView.of(choice.from().get(), choice.to().get(), choice.dimension(),
                migration.between(choice.from().get().runId(), choice.to().get().runId(), choice.dimension()), lang));
    }

    MigrationChoice choose(Long from, Long to, String dimension) {
        return choose(migration.recentRuns(2), from, to, dimension);
    }

    /** Whether the signed-in user may see how customers moved in the dimension: not the AML rating, for who may not see it. */
    private static boolean mayCompare(Dimension d) {
        return d != Dimension.AML_RISK || io.clientlens.app.aml.AmlVisibility.currentUserMaySeeAmlRating();
    }

    /** Default: the latest two finished runs and valueClass. */
    MigrationChoice choose(List<RunMigration.Run> offered, Long from, Long to, String dimension) {
        Dimension d = dimension == null || dimension.isBlank() ? Dimension.VALUE_CLASS
                : Dimension.byCode(dimension).filter(x -> !x.isFreeText()).filter(DashboardsModel::mayCompare).orElse(null);
        if (d == null) {
            return new MigrationChoice(Optional.empty(), Optional.empty(), Dimension.VALUE_CLASS, "mig.badDimension");
        }
        if (from == null && to == null) {
            return offered.size() < 2 ? new MigrationChoice(Optional.empty(), Optional.empty(), d, null)
                    : new MigrationChoice(Optional.of(offered.get(1)), Optional.of(offered.get(0)), d, null);
        }
        Optional<RunMigration.Run> a = from == null ? Optional.empty() : migration.run(from);
        Optional<RunMigration.Run> b = to == null ? Optional.empty() : migration.run(to);
        if (a.isEmpty() || b.isEmpty()) {
            return new MigrationChoice(Optional.empty(), Optional.empty(), d, "mig.badRun");
        }
        return new MigrationChoice(a, b, d, null);
    }
}
