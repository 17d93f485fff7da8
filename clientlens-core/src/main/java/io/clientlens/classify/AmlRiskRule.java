package io.clientlens.classify;

import io.clientlens.aml.AmlAssessment;
import io.clientlens.aml.AmlRating;
import io.clientlens.aml.RatingFactor;
import io.clientlens.aml.RatingInput;
import io.clientlens.aml.RatingOverride;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * amlRisk: the AML rating of {@link AmlRating} as a dimension (docs/AML.md). Reasons list every factor that added
 * points, the sum with the level it gives, and each override applied after it. Every customer is rated, prospects
 * too: a relationship is accepted by its rating.
 */
final class AmlRiskRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.AML_RISK;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        boolean privateBanking = f.isCustomer() && c.earlier(Dimension.AUM_TIER).is("PRIVATE");
        int window = c.policy().frequency().windowDays();
        AmlAssessment a = AmlRating.assess(new RatingInput(f.type(), f.profile(), f.ageAt(c.asOf()), privateBanking,
                f.activityAmount(), f.aml(), window), c.policy());
        List<Reason> reasons = new ArrayList<>(a.factors().size() + a.overrides().size() + 1);
        List<String> factorCodes = new ArrayList<>(a.factors().size());
        for (RatingFactor factor : a.factors()) {
            reasons.add(new Reason("aml." + factor.code(), factor.zh(), factor.en()));
            factorCodes.add(factor.code());
        }
        var rating = c.policy().aml().rating();
        reasons.add(Reason.deferred("aml.points." + a.byPoints().name(), () -> Label.of(
                "合计 " + a.points() + " 分（< " + rating.mediumFrom() + " 低风险，" + rating.mediumFrom() + "–"
                        + (rating.highFrom() - 1) + " 中风险，≥ " + rating.highFrom() + " 高风险）→ " + a.byPoints().zh(),
                a.points() + " points in all (< " + rating.mediumFrom() + " low, " + rating.mediumFrom() + "–"
                        + (rating.highFrom() - 1) + " medium, ≥ " + rating.highFrom() + " high) → " + a.byPoints().en())));
        List<String> overrideCodes = new ArrayList<>(a.overrides().size());
        for (RatingOverride override : a.overrides()) {
            reasons.add(new Reason("aml.override." + override.code(), override.zh(), override.en()));
            overrideCodes.add(override.code());
        }
        var inputs = Context.inputs("points", a.points(), "factors", List.copyOf(factorCodes),
                "overrides", List.copyOf(overrideCodes), "cashAmount365", f.aml().cashAmount(),
                "activityAmount365", f.activityAmount(), "creditAmount365", f.aml().creditAmount(),
                "crossBorderCount365", f.aml().crossBorderCount(),
                "openSuspiciousReport", f.aml().flags().openSuspiciousReport(),
                "confirmedWatchListHit", f.aml().flags().confirmedWatchListHit());
        return new DimensionResult(dimension(), a.level().name(), dimension().labelOf(a.level().name()), inputs, reasons);
    }
}
