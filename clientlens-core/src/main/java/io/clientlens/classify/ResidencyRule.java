package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.Profile;

final class ResidencyRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.RESIDENCY;
    }

    @Override
    public DimensionResult apply(Context c) {
        Profile p = c.customer().profile();
        if (p != null && p.residency() != null) {
            String code = p.residency().name();
            return DimensionResult.of(dimension(), code, Context.inputs("residency", code),
                    Reason.deferred("recordedResidency", () -> Label.of(
                            "开户资料登记为" + dimension().labelOf(code).zh(),
                            "Recorded at account opening as " + dimension().labelOf(code).en())));
        }
        String nationality = p == null ? null : p.nationality();
        if (nationality == null || nationality.isBlank()) {
            return DimensionResult.unknown(dimension(), Context.inputs("nationality", null),
                    new Reason("nationalityMissing", "未登记国籍或居住地", "Nationality and residence are not recorded"));
        }
        boolean home = c.policy().homeCountries().contains(nationality.trim().toUpperCase(java.util.Locale.ROOT));
        String code = home ? "DOMESTIC" : "INTERNATIONAL";
        return DimensionResult.of(dimension(), code,
                Context.inputs("nationality", nationality, "homeCountries", c.policy().homeCountries()),
                Reason.deferred(home ? "homeNationality" : "foreignNationality", () -> Label.of(
                        "国籍 " + nationality + (home ? " 属于" : " 不属于") + "本行所在国家 " + c.policy().homeCountries(),
                        "Nationality " + nationality + (home ? " is" : " is not") + " one of the bank's home countries "
                                + c.policy().homeCountries())));
    }
}
