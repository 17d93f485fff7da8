package io.clientlens.batch.generate;

import io.clientlens.customer.Assets;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Income;
import io.clientlens.customer.Liability;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A corporate customer: a local company with its USCC, legal representative and beneficial owners. */
final class CorporateGenerator {
    private static final List<String> INDUSTRIES = List.of("IT", "MANUFACTURING", "TRADE", "RETAIL", "MEDIA",
            "CONSTRUCTION", "TRANSPORT", "HOSPITALITY");

    private final Draw draw;
    private final LocalDate asOf;
    private final BranchSite site;

    CorporateGenerator(Draw draw, LocalDate asOf, BranchSite site) {
        this.draw = draw;
        this.asOf = asOf;
        this.site = site;
    }

    ProfileDraft generate(String customerId) {
        String industry = draw.pick(INDUSTRIES);
        BranchSite.District district = draw.pick(site.districts());
        double capital = Math.exp(draw.uniform(Math.log(1_000_000), Math.log(100_000_000)));
        List<Corporate.BeneficialOwner> owners = beneficialOwners();
        Corporate corporate = new Corporate(Identities.uscc(district.code(), draw), owners.get(0).name(),
                Amounts.rounded(capital, 100_000), size(capital), owners);
        double profit = draw.logNormal(capital * 0.15, 0.7);
        double deposits = draw.logNormal(capital * 0.05, 0.8);
        Profile profile = Profile.builder(customerId).type(CustomerType.CORPORATE)
                .name(CompanyNames.name(site, industry, draw)).industry(industry)
                .nationality("CN").residency(Profile.Residency.DOMESTIC)
                .mobile(Identities.mobile(draw)).email(draw.chance(0.6) ? Identities.email(draw) : null)
                .address(site.region() + district.name() + draw.pick(Streets.NAMES) + draw.between(1, 999) + "号")
                .region(site.region()).branch(site.branch().branchId())
                .relationshipManager(site.relationshipManager(draw.between(0, BranchSite.MANAGERS_PER_BRANCH - 1)))
                .corporate(corporate)
                .income(new Income(BigDecimal.ZERO, Amounts.rounded(profit, 10_000), BigDecimal.ZERO, BigDecimal.ZERO))
                .expenses(new Expenses(BigDecimal.ZERO, Amounts.rounded(draw.uniform(50_000, 600_000), 10_000),
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Amounts.rounded(profit * 0.5, 10_000)))
                .assets(new Assets(Amounts.rounded(deposits * 0.6, 1000), Amounts.rounded(deposits * 0.3, 1000),
                        Amounts.rounded(deposits * 0.1, 1000), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO,
                        draw.chance(0.3) ? Amounts.rounded(capital * draw.uniform(0.2, 1), 10_000) : BigDecimal.ZERO,
                        Amounts.rounded(draw.uniform(0, 500_000), 10_000), BigDecimal.ZERO))
                .liabilities(draw.chance(0.4) ? List.of(new Liability(Liability.Kind.BUSINESS_LOAN,
                        Amounts.rounded(capital * draw.uniform(0.1, 0.6), 10_000),
                        Amounts.rounded(capital * 0.01, 100))) : List.of())
                .build();
        return new ProfileDraft(profile, null, 0);
    }

    private static String size(double capital) {
        return capital < 3_000_000 ? "MICRO" : capital < 10_000_000 ? "SMALL" : capital < 50_000_000 ? "MEDIUM" : "LARGE";
    }

    /** One to three owners with shares (fractions) adding up to 1; the first holds the majority and represents the company. */
    private List<Corporate.BeneficialOwner> beneficialOwners() {
        int count = draw.between(1, 3);
        List<Corporate.BeneficialOwner> owners = new ArrayList<>();
        BigDecimal remaining = BigDecimal.ONE;
        for (int i = 0; i < count; i++) {
            BigDecimal share = i == count - 1 ? remaining
                    : remaining.multiply(BigDecimal.valueOf(draw.uniform(0.55, 0.8))).setScale(2, RoundingMode.HALF_UP);
            remaining = remaining.subtract(share);
            Gender gender = draw.chance(0.7) ? Gender.M : Gender.F;
            LocalDate born = asOf.minusYears(draw.between(30, 65)).minusDays(draw.between(0, 364));
            owners.add(new Corporate.BeneficialOwner(ChineseNames.fullName(gender, draw),
                    Identities.residentId(draw.pick(site.districts()).code(), born, gender, draw),
                    share));
        }
        return owners;
    }
}
