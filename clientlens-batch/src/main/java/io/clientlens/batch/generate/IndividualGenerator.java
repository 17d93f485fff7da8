package io.clientlens.batch.generate;

import io.clientlens.batch.generate.Occupation.Education;
import io.clientlens.customer.Assets;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Goal;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One individual customer's KYC profile: a person whose family, income, spending, wealth, debts,
 * insurance, investing and goals fit their age, occupation and city.
 */
final class IndividualGenerator {
    private static final Weighted<int[]> AGE_BANDS = Weighted.of(List.of(
                    new int[]{18, 24}, new int[]{25, 34}, new int[]{35, 44}, new int[]{45, 54}, new int[]{55, 59},
                    new int[]{60, 69}, new int[]{70, 85}),
            8, 22, 22, 19, 9, 12, 8);
    private static final List<String> FOREIGN_NATIONALITIES = List.of("US", "JP", "SG", "KR", "GB", "DE", "AU", "CA");
    private static final Weighted<String> INVESTMENT_TYPES = Weighted.of(
            List.of("FUND", "WEALTH_NON_GUARANTEED", "STOCK", "BOND", "INVESTMENT_INSURANCE"), 5, 5, 3, 2, 2);
    private static final List<String> HOBBIES = List.of("旅游", "读书", "摄影", "高尔夫", "瑜伽", "跑步", "书法",
            "钓鱼", "茶艺", "美食", "音乐", "羽毛球", "广场舞", "收藏", "游泳");
    private static final double MORTGAGE_RATE = 0.041;
    /** Banks lend for a home only while the instalment is at most this share of the borrower's income (月供收入比). */
    private static final double MAX_MORTGAGE_PAYMENT_SHARE = 0.4;
    /** Nor any other loan once all instalments together would pass this share of income (debt-to-income). */
    private static final double MAX_DEBT_PAYMENT_SHARE = 0.5;
    /** Families school their children within this share of the customer's income. */
    private static final double MAX_EDUCATION_SHARE = 0.2;
    /** Renters rent what this share of income pays for (at least a shared flat's 6,000 a year). */
    private static final double MAX_RENT_SHARE = 0.3;
    /** No mortgage smaller than this: a home is then bought outright. */
    private static final double MIN_MORTGAGE = 50_000;
    /** A card's monthly payment is the minimum repayment, a tenth of the balance (Chinese issuers' usual minimum). */
    static final double CARD_MINIMUM_PAYMENT_SHARE = 0.10;
    /**
     * The share of households that spend more than their income leaves this year; the others save part of it
     * (docs/generic-layout.md, "Generated households"). Low earners whose fixed costs and a modest living
     * exceed their income, and students, add to it.
     */
    static final double DEFICIT_SHARE = 0.05;
    /** A modest living: 12,000 a year plus a tenth of income. */
    private static final double MIN_LIVING = 12_000;
    private static final double MIN_LIVING_SHARE = 0.1;

    private final Draw draw;
    private final LocalDate asOf;
    private final BranchSite site;
    private final Gender gender;
    private final int age;
    private final LocalDate birthDate;
    private final boolean retired;
    private final Occupation occupation;

    IndividualGenerator(Draw draw, LocalDate asOf, BranchSite site) {
        this.draw = draw;
        this.asOf = asOf;
        this.site = site;
        this.gender = draw.chance(0.49) ? Gender.M : Gender.F;
        int[] band = draw.pick(AGE_BANDS);
        this.age = draw.between(band[0], band[1]);
        this.birthDate = birthDateAtAge(age);
        this.retired = drawRetired();
        this.occupation = drawOccupation();
    }

    ProfileDraft generate(String customerId) {
        Profile.Builder builder = Profile.builder(customerId).type(CustomerType.INDIVIDUAL)
                .gender(gender).birthDate(birthDate).branch(site.branch().branchId()).region(site.region())
                .relationshipManager(site.relationshipManager(draw.between(0, BranchSite.MANAGERS_PER_BRANCH - 1)))
                .retired(retired).healthStatus(healthStatus());
        String name = identify(builder);
        work(builder);
        Household household = household(name);
        builder.maritalStatus(household.status());

        Income income = income();
        List<FamilyMember> family = affordableSchooling(household.members(), income);
        builder.family(family);
        Tier tier = drawTier(Amounts.value(income.total()));
        InvestmentHistory history = investmentHistory(tier);
        Assets assets = assets(tier, income, history);
        MortgagePlan mortgage = mortgage(assets, income);
        List<Liability> liabilities = liabilities(assets, mortgage, income);
        Insurance insurance = insurance(income);
        Income withReturns = new Income(income.salary(), income.business(), investmentIncome(assets), income.other());
        builder.income(withReturns).assets(assets).liabilities(liabilities)
                .insurance(draw.chance(0.85) ? insurance : null)
                .expenses(draw.chance(0.92) ? expenses(withReturns, family, insurance, assets, liabilities) : null)
                .investmentHistory(history)
                .goals(goals(family, assets, tier))
                .hobbies(draw.chance(0.55) ? hobbies() : null)
                .preferredChannels(draw.chance(0.6) ? preferredChannels() : null);
        return new ProfileDraft(builder.build(), mortgage, age);
    }

    /** Financial-asset tier drawn first, so the base has a Pareto shape (docs/POLICY.md). */
    enum Tier { MASS, AFFLUENT, PRIVATE }

    record Household(MaritalStatus status, List<FamilyMember> members) {
    }

    private LocalDate birthDateAtAge(int years) {
        return asOf.minusYears(years).minusDays(draw.between(0, 364));
    }

    private boolean drawRetired() {
        if (age >= 60) {
            return draw.chance(0.92);
        }
        return gender == Gender.F && age >= 50 && draw.chance(0.4);
    }

    private Occupation drawOccupation() {
        if (retired) {
            return Occupation.RETIRED;
        }
        if (age <= 22 && draw.chance(age <= 21 ? 0.7 : 0.3)) {
            return Occupation.STUDENT;
        }
        return draw.pick(Occupation.WORKING_MIX);
    }

    /** Names the customer and records identity and contact details; returns the name. */
    private String identify(Profile.Builder builder) {
        BranchSite.District district = draw.pick(site.districts());
        boolean foreign = draw.chance(0.01);
        if (foreign) {
            String nationality = draw.pick(FOREIGN_NATIONALITIES);
            boolean livesHere = draw.chance(0.6);
            String name = ChineseNames.foreignName(nationality, draw);
            builder.name(name).nationality(nationality)
                    .residency(livesHere ? Profile.Residency.DOMESTIC : Profile.Residency.INTERNATIONAL)
                    .mobile(livesHere ? Identities.mobile(draw) : null)
                    .email(Identities.email(draw))
                    .address(livesHere ? address(district) : null);
            return name;
        }
        String name = ChineseNames.fullName(gender, draw);
        builder.name(name).nationality("CN").residency(Profile.Residency.DOMESTIC)
                .residentId(Identities.residentId(draw.pick(site.districts()).code(), birthDate, gender, draw))
                .mobile(Identities.mobile(draw))
                .email(draw.chance(age < 45 ? 0.5 : 0.2) ? Identities.email(draw) : null)
                .address(address(district));
        return name;
    }

    private String address(BranchSite.District district) {
        return site.region() + district.name() + draw.pick(Streets.NAMES) + draw.between(1, 999) + "号";
    }

    private void work(Profile.Builder builder) {
        builder.occupation(occupation.code()).industry(occupation.industry()).education(education().name());
        if (occupation.workplace() == null) {
            return;
        }
        boolean senior = age >= 38 && draw.chance(0.4);
        builder.title(senior && occupation.workplace() != Occupation.Workplace.OWN_BUSINESS
                ? "高级" + occupation.title() : occupation.title());
        builder.employer(switch (occupation.workplace()) {
            case GOVERNMENT -> site.city() + draw.pick(List.of("税务局", "教育局", "市场监督管理局", "人力资源和社会保障局"));
            case SCHOOL -> site.city() + draw.pick(List.of("第一中学", "实验小学", "第三中学")) ;
            case HOSPITAL -> site.city() + draw.pick(List.of("人民医院", "中医院", "第一人民医院", "妇幼保健院"));
            case COMPANY, OWN_BUSINESS -> CompanyNames.name(site, occupation.industry(), draw);
        });
    }

    private Education education() {
        Education typical = occupation.education();
        int level = typical.ordinal() + draw.between(-1, 1) - (age >= 55 ? 1 : 0);
        Education[] all = Education.values();
        return all[Math.max(0, Math.min(all.length - 1, level))];
    }

    private String healthStatus() {
        double good = age < 50 ? 0.92 : age < 70 ? 0.7 : 0.4;
        double fair = age < 50 ? 0.07 : age < 70 ? 0.25 : 0.45;
        double u = draw.uniform(0, 1);
        return u < good ? "GOOD" : u < good + fair ? "FAIR" : "POOR";
    }

    private Household household(String customerName) {
        MaritalStatus status = maritalStatus();
        List<FamilyMember> members = new ArrayList<>();
        // Children usually take the father's surname.
        String surname = customerName.substring(0, 1);
        if (status.isCouple()) {
            FamilyMember spouse = spouse();
            members.add(spouse);
            surname = gender == Gender.F ? spouse.name().substring(0, 1) : surname;
        }
        if (status != MaritalStatus.SINGLE || age >= 40 && draw.chance(0.1)) {
            members.addAll(children(surname));
        }
        members.addAll(parents());
        return new Household(status, members);
    }

    private MaritalStatus maritalStatus() {
        double married = age < 25 ? 0.08 : age < 30 ? 0.5 : age < 40 ? 0.8 : 0.86;
        if (draw.chance(married)) {
            if (age >= 65 && draw.chance(0.2)) {
                return MaritalStatus.WIDOWED;
            }
            return draw.chance(0.03) ? MaritalStatus.PARTNERED : MaritalStatus.MARRIED;
        }
        return age >= 32 && draw.chance(0.4) ? MaritalStatus.DIVORCED : MaritalStatus.SINGLE;
    }

    private FamilyMember spouse() {
        Gender spouseGender = gender == Gender.M ? Gender.F : Gender.M;
        int spouseAge = Math.max(18, age + (gender == Gender.M ? -draw.between(0, 4) : draw.between(0, 4)));
        boolean working = spouseAge < 58 && draw.chance(0.8);
        BigDecimal income = working ? Amounts.rounded(draw.logNormal(90_000 * site.incomeFactor(), 0.5), 1000) : null;
        return new FamilyMember(FamilyMember.Relation.SPOUSE, ChineseNames.fullName(spouseGender, draw),
                birthDateAtAge(spouseAge), income, null, null, null, null);
    }

    /** 0–3 children born when the customer was 23–38, with schooling costs while they depend on the family. */
    private List<FamilyMember> children(String surname) {
        int count = draw.pick(Weighted.of(List.of(0, 1, 2, 3), 15, 55, 27, 3));
        List<FamilyMember> children = new ArrayList<>();
        int parentAgeAtBirth = draw.between(23, 33);
        for (int i = 0; i < count; i++) {
            int childAge = age - parentAgeAtBirth;
            if (childAge < 0) {
                break;
            }
            Gender childGender = draw.chance(0.5) ? Gender.M : Gender.F;
            Boolean independent = childAge >= 22 ? Boolean.valueOf(draw.chance(0.88)) : null;
            BigDecimal education = Boolean.TRUE.equals(independent) ? null : educationCost(childAge);
            children.add(new FamilyMember(FamilyMember.Relation.CHILD, surname + ChineseNames.given(childGender, draw),
                    birthDateAtAge(childAge), null, independent, education, null, null));
            parentAgeAtBirth += draw.between(2, 6);
        }
        return children;
    }

    private BigDecimal educationCost(int childAge) {
        double cost = childAge < 3 ? 0
                : childAge < 7 ? draw.uniform(8_000, 40_000)
                : childAge < 16 ? draw.uniform(5_000, 35_000)
                : childAge < 19 ? draw.uniform(10_000, 45_000)
                : draw.uniform(15_000, 60_000);
        return cost == 0 ? null : Amounts.rounded(cost * site.incomeFactor(), 1000);
    }

    /** Living parents; those over 60 are supported by about a third of their children. */
    private List<FamilyMember> parents() {
        List<FamilyMember> parents = new ArrayList<>();
        int fatherAge = age + draw.between(24, 32);
        int motherAge = fatherAge - draw.between(0, 4);
        for (int parentAge : new int[]{fatherAge, motherAge}) {
            double alive = parentAge < 70 ? 0.95 : parentAge < 80 ? 0.75 : parentAge < 90 ? 0.45 : 0.05;
            if (parentAge > 100 || !draw.chance(alive)) {
                continue;
            }
            BigDecimal support = parentAge >= 60 && !retired && draw.chance(0.35)
                    ? Amounts.rounded(draw.uniform(3_000, 24_000), 1000) : null;
            parents.add(new FamilyMember(FamilyMember.Relation.PARENT, null, birthDateAtAge(parentAge), null, null,
                    null, support, parentAge >= 75 ? (draw.chance(0.5) ? "FAIR" : "POOR") : "GOOD"));
        }
        return parents;
    }

    /** The children's schooling scaled down to {@link #MAX_EDUCATION_SHARE} of income where it costs more. */
    private static List<FamilyMember> affordableSchooling(List<FamilyMember> members, Income income) {
        double schooling = members.stream().mapToDouble(m -> Amounts.value(m.educationAnnualCost())).sum();
        double affordable = Amounts.value(income.total()) * MAX_EDUCATION_SHARE;
        if (schooling <= affordable) {
            return members;
        }
        double scale = affordable / schooling;
        return members.stream().map(m -> m.educationAnnualCost() == null ? m : new FamilyMember(m.relation(), m.name(),
                m.birthDate(), m.annualIncome(), m.independent(), positiveOrNull(Amounts.rounded(
                Amounts.value(m.educationAnnualCost()) * scale, 1000)), m.annualSupport(), m.healthStatus())).toList();
    }

    private static BigDecimal positiveOrNull(BigDecimal amount) {
        return amount.signum() > 0 ? amount : null;
    }

    private Income income() {
        double ageFactor = age < 30 ? 0.6 + 0.05 * (age - 22) : age < 45 ? 1.0 + 0.01 * (age - 30) : 1.1;
        double typical = occupation.medianIncome() * site.incomeFactor() * Math.max(0.5, ageFactor);
        double salary = occupation.pay() == Occupation.Pay.SALARY ? draw.logNormal(typical, 0.45) : 0;
        double business = occupation.pay() == Occupation.Pay.BUSINESS ? draw.logNormal(typical, 0.8) : 0;
        double other = occupation == Occupation.RETIRED ? pension()
                : occupation == Occupation.STUDENT ? (draw.chance(0.3) ? draw.uniform(3_000, 15_000) : 0)
                : occupation.pay() == Occupation.Pay.FREELANCE ? draw.logNormal(typical, 0.6) : 0;
        return new Income(Amounts.rounded(salary, 1000), Amounts.rounded(business, 1000), BigDecimal.ZERO,
                Amounts.rounded(other, 1000));
    }

    private double pension() {
        return draw.logNormal(48_000 * site.incomeFactor(), 0.35);
    }

    private Tier drawTier(double income) {
        double affluent = 0.04;
        double wealthy = 0.003;
        if (income > 300_000 || occupation.isOwnBusiness()) {
            affluent *= 3;
            wealthy *= 4;
        }
        if (age < 25) {
            affluent *= 0.2;
            wealthy *= 0.2;
        } else if (age >= 45) {
            affluent *= 1.4;
            wealthy *= 1.4;
        }
        double u = draw.uniform(0, 1);
        return u < wealthy ? Tier.PRIVATE : u < wealthy + affluent ? Tier.AFFLUENT : Tier.MASS;
    }

    /** About 40 % have invested (more among the wealthy); some have just started. */
    private InvestmentHistory investmentHistory(Tier tier) {
        double investing = tier == Tier.MASS ? (age < 25 ? 0.2 : 0.38) : 0.8;
        if (!draw.chance(investing)) {
            return draw.chance(0.85) ? new InvestmentHistory(0, List.of(), 0) : null;
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = draw.between(1, 3); i > 0; i--) {
            types.add(draw.pick(INVESTMENT_TYPES));
        }
        if (draw.chance(0.1)) {
            return new InvestmentHistory(0, List.copyOf(types), 1);
        }
        int years = draw.between(1, Math.max(1, Math.min(25, age - 20)));
        return new InvestmentHistory(years, List.copyOf(types), years * draw.between(1, 8) + 1);
    }

    private Assets assets(Tier tier, Income income, InvestmentHistory history) {
        double financial = financialAssets(tier, Amounts.value(income.total()));
        List<String> types = history == null ? List.of() : history.productTypes();
        boolean investor = !types.isEmpty();
        double cash = investor ? draw.uniform(0.1, 0.35) : draw.uniform(0.25, 0.7);
        double time = draw.uniform(0.2, 0.6);
        double wealth = types.contains("WEALTH_NON_GUARANTEED") || !investor && draw.chance(0.35)
                ? draw.uniform(0.1, 0.4) : 0;
        double funds = types.contains("FUND") ? draw.uniform(0.05, 0.3) : 0;
        double stocks = types.contains("STOCK") ? draw.uniform(0.05, 0.3) : 0;
        double bonds = types.contains("BOND") ? draw.uniform(0.05, 0.2) : 0;
        double metals = draw.chance(0.05) ? draw.uniform(0.01, 0.05) : 0;
        double scale = financial / (cash + time + wealth + funds + stocks + bonds + metals);
        double insuranceValue = types.contains("INVESTMENT_INSURANCE") || draw.chance(0.12)
                ? draw.uniform(20_000, 300_000) * Math.max(1, financial / 1_000_000) : 0;
        return new Assets(Amounts.rounded(cash * scale, 100), Amounts.rounded(time * scale, 100),
                Amounts.rounded(wealth * scale, 100), Amounts.rounded(funds * scale, 100),
                Amounts.rounded(stocks * scale, 100), Amounts.rounded(bonds * scale, 100),
                Amounts.rounded(metals * scale, 100), Amounts.rounded(insuranceValue, 1000),
                realEstate(tier), vehicles(tier), businessEquity(income));
    }

    /** Most below 500,000; a few percent up to 6 million; a fraction of a percent beyond (Pareto tail). */
    private double financialAssets(Tier tier, double income) {
        return switch (tier) {
            case PRIVATE -> Math.min(300_000_000, 6_000_000 * Math.pow(1 - draw.uniform(0, 1), -1 / 1.6));
            case AFFLUENT -> Math.exp(draw.uniform(Math.log(500_000), Math.log(6_000_000)));
            case MASS -> {
                double saved = Math.max(income, retired ? 60_000 : 30_000) * 0.25
                        * Math.min(4, Math.max(0.2, (age - 20) / 10.0));
                double amount = draw.logNormal(Math.max(5_000, saved), 0.9);
                yield amount < 495_000 ? amount : draw.uniform(150_000, 495_000);
            }
        };
    }

    private BigDecimal realEstate(Tier tier) {
        double owns = age < 25 ? 0.15 : age < 35 ? 0.55 : 0.82;
        if (tier != Tier.MASS) {
            owns = 0.97;
        }
        if (!draw.chance(owns)) {
            return BigDecimal.ZERO;
        }
        int homes = tier == Tier.PRIVATE ? draw.between(2, 4) : tier == Tier.AFFLUENT ? draw.between(1, 2) : 1;
        double value = 0;
        for (int i = 0; i < homes; i++) {
            value += site.housePricePerSquareMetre() * draw.uniform(55, tier == Tier.MASS ? 130 : 220)
                    * draw.uniform(0.8, 1.2);
        }
        return Amounts.rounded(value, 10_000);
    }

    private BigDecimal vehicles(Tier tier) {
        if (age < 23 || age > 72 || !draw.chance(tier == Tier.MASS ? 0.45 : 0.85)) {
            return BigDecimal.ZERO;
        }
        return Amounts.rounded(draw.logNormal(tier == Tier.MASS ? 130_000 : 450_000, 0.5), 10_000);
    }

    private BigDecimal businessEquity(Income income) {
        if (!occupation.isOwnBusiness()) {
            return BigDecimal.ZERO;
        }
        return Amounts.rounded(Amounts.value(income.business()) * draw.uniform(1.5, 6), 10_000);
    }

    /**
     * A mortgage on the home for most owners who bought in the last 30 years and are still working: 30–65 % of
     * the home's value, no more than an instalment of {@link #MAX_MORTGAGE_PAYMENT_SHARE} of income repays.
     */
    private MortgagePlan mortgage(Assets assets, Income income) {
        if (assets.realEstate().signum() == 0 || age >= 58 || !draw.chance(age < 40 ? 0.75 : 0.5)) {
            return null;
        }
        int duration = draw.pick(List.of(120, 180, 240, 300, 360));
        int elapsed = draw.between(3, Math.min(duration - 12, Math.max(3, (age - 22) * 12)));
        double wanted = Amounts.value(assets.realEstate()) * draw.uniform(0.3, 0.65);
        LocalDate granted = asOf.minusMonths(elapsed).withDayOfMonth(draw.between(1, 28));
        double affordable = Amounts.annuityPrincipal(Amounts.value(income.total()) / 12 * MAX_MORTGAGE_PAYMENT_SHARE,
                MORTGAGE_RATE, duration);
        double amount = Math.min(wanted, affordable);
        if (amount < MIN_MORTGAGE) {
            return null;
        }
        BigDecimal payment = Amounts.rounded(Amounts.annuityPayment(amount, MORTGAGE_RATE, duration), 1);
        return new MortgagePlan(granted, Amounts.rounded(amount, 10_000), duration, payment);
    }

    /**
     * Loans a lender would grant: none that takes the instalments past {@link #MAX_DEBT_PAYMENT_SHARE} of
     * income (each is drawn all the same, so that the customer's later draws do not shift). Card balances are
     * repaid at the minimum.
     */
    private List<Liability> liabilities(Assets assets, MortgagePlan mortgage, Income income) {
        List<Liability> liabilities = new ArrayList<>();
        double limit = Amounts.value(income.total()) / 12 * MAX_DEBT_PAYMENT_SHARE;
        if (mortgage != null) {
            liabilities.add(new Liability(Liability.Kind.MORTGAGE, outstanding(mortgage), mortgage.monthlyPayment()));
        }
        if (assets.vehicles().signum() > 0 && draw.chance(0.2)) {
            double owed = Amounts.value(assets.vehicles()) * draw.uniform(0.1, 0.5);
            grantIfAffordable(liabilities, limit, new Liability(Liability.Kind.CAR_LOAN, Amounts.rounded(owed, 1000),
                    Amounts.rounded(owed / draw.between(6, 36), 10)));
        }
        if (occupation != Occupation.RETIRED && draw.chance(0.35)) {
            // Within the card's limit: up to two months of income.
            BigDecimal owed = Amounts.rounded(Math.min(draw.logNormal(8_000, 0.8),
                    Math.max(2_000, Amounts.value(income.total()) / 6)), 100);
            liabilities.add(new Liability(Liability.Kind.CREDIT_CARD, owed,
                    Amounts.rounded(Amounts.value(owed) * CARD_MINIMUM_PAYMENT_SHARE, 10)));
        }
        if (draw.chance(0.05)) {
            double owed = draw.uniform(20_000, 200_000);
            grantIfAffordable(liabilities, limit, new Liability(Liability.Kind.CONSUMER_LOAN, Amounts.rounded(owed, 1000),
                    Amounts.rounded(owed / draw.between(12, 36), 10)));
        }
        if (occupation.isOwnBusiness() && draw.chance(0.3)) {
            double owed = Amounts.value(assets.businessEquity()) * draw.uniform(0.1, 0.5);
            grantIfAffordable(liabilities, limit, new Liability(Liability.Kind.BUSINESS_LOAN, Amounts.rounded(owed, 10_000),
                    Amounts.rounded(owed / 36, 10)));
        }
        return liabilities;
    }

    /** Adds {@code loan} unless the monthly payments would then pass {@code limit}. */
    private static void grantIfAffordable(List<Liability> liabilities, double limit, Liability loan) {
        double payments = liabilities.stream().mapToDouble(l -> Amounts.value(l.monthlyPayment())).sum();
        if (payments + Amounts.value(loan.monthlyPayment()) <= limit) {
            liabilities.add(loan);
        }
    }

    /** Outstanding principal as the classifier estimates it: amount × remaining / duration. */
    private BigDecimal outstanding(MortgagePlan mortgage) {
        long elapsed = ChronoUnit.MONTHS.between(mortgage.granted(), asOf);
        double remaining = Math.max(0, mortgage.durationMonths() - elapsed);
        return Amounts.rounded(Amounts.value(mortgage.amount()) * remaining / mortgage.durationMonths(), 100);
    }

    private Insurance insurance(Income income) {
        boolean socialSecurity = occupation != Occupation.STUDENT && draw.chance(0.92);
        double earnings = Amounts.value(income.total());
        BigDecimal life = draw.chance(0.35) ? Amounts.rounded(earnings * draw.uniform(3, 10), 10_000) : null;
        BigDecimal criticalIllness = draw.chance(0.3) ? Amounts.rounded(draw.uniform(100_000, 500_000), 10_000) : null;
        BigDecimal accident = draw.chance(0.25) ? Amounts.rounded(draw.uniform(100_000, 1_000_000), 10_000) : null;
        return new Insurance(life, criticalIllness, draw.chance(0.9), accident,
                socialSecurity ? Amounts.rounded(draw.uniform(20_000, 60_000) * site.incomeFactor(), 1000) : null,
                retired ? income.other() : BigDecimal.ZERO);
    }

    private BigDecimal investmentIncome(Assets assets) {
        double deposits = Amounts.value(assets.cash()) + Amounts.value(assets.timeDeposits());
        double invested = Amounts.value(assets.financial()) - deposits;
        return Amounts.rounded(deposits * 0.012 + invested * draw.uniform(0.0, 0.05), 100);
    }

    /**
     * Fixed costs (rent or upkeep, schooling, parents' support, premiums) as the family has them; everyday living
     * a share of what income leaves after them and the loan payments: 50–95 % for most households, more than all
     * of it for {@link #DEFICIT_SHARE} of them, never less than a modest living. Students live on 20,000–40,000 a
     * year whatever they earn.
     */
    private Expenses expenses(Income income, List<FamilyMember> family, Insurance insurance, Assets assets,
                              List<Liability> liabilities) {
        double earnings = Amounts.value(income.total());
        double loanPayments = 12 * liabilities.stream().mapToDouble(l -> Amounts.value(l.monthlyPayment())).sum();
        // Students draw their living, the others their place in the spread: one draw either way, as before.
        double studentLiving = occupation == Occupation.STUDENT ? draw.uniform(20_000, 40_000) : 0;
        double spread = occupation == Occupation.STUDENT ? 0 : draw.uniform(0, 1);
        double education = family.stream().mapToDouble(m -> Amounts.value(m.educationAnnualCost())).sum();
        double support = family.stream().mapToDouble(m -> Amounts.value(m.annualSupport())).sum();
        double premiums = Amounts.value(insurance.lifeCover()) * 0.008 + Amounts.value(insurance.criticalIllnessCover())
                * 0.02 + Amounts.value(insurance.accidentCover()) * 0.002;
        boolean rents = assets.realEstate().signum() == 0 && occupation != Occupation.STUDENT;
        double housing = rents ? Math.min(site.housePricePerSquareMetre() * draw.uniform(35, 80) * 0.018,
                Math.max(6_000, earnings * MAX_RENT_SHARE)) : draw.uniform(2_000, 12_000);
        double left = earnings - loanPayments - housing - education - support - premiums;
        double wanted = occupation == Occupation.STUDENT ? studentLiving - education - support - premiums - housing
                : Math.max(0, left) * livingShare(spread);
        double rest = Math.max(MIN_LIVING + earnings * MIN_LIVING_SHARE, wanted);
        double living = rest * draw.uniform(0.7, 0.85);
        return new Expenses(Amounts.rounded(living, 100), Amounts.rounded(housing, 100),
                Amounts.rounded(education, 100), Amounts.rounded(premiums, 100), Amounts.rounded(support, 100),
                Amounts.rounded(rest - living, 100));
    }

    /**
     * Everyday living as a share of what income leaves after fixed costs and loans, for a household at position
     * {@code u} (0 ≤ u < 1) of the spread: 0.5–0.95 for the first 1 − {@link #DEFICIT_SHARE}, 1.1–1.6 (a deficit)
     * for the rest.
     */
    static double livingShare(double u) {
        double saving = 1 - DEFICIT_SHARE;
        return u < saving ? 0.5 + 0.45 * u / saving : 1.1 + 0.5 * (u - saving) / DEFICIT_SHARE;
    }

    /** Up to three goals that fit the stage of life, most important first. */
    private List<Goal> goals(List<FamilyMember> family, Assets assets, Tier tier) {
        List<Goal> candidates = new ArrayList<>();
        family.stream().filter(m -> m.isChild() && m.birthDate().isAfter(asOf.minusYears(18))).findFirst()
                .ifPresent(child -> candidates.add(goal(Goal.Type.EDUCATION, "子女教育",
                        draw.uniform(300_000, 1_000_000), child.birthDate().plusYears(18).withMonth(9).withDayOfMonth(1))));
        if (!retired && age >= 45) {
            candidates.add(goal(Goal.Type.RETIREMENT, "退休养老", draw.uniform(1_000_000, 3_000_000) * site.incomeFactor(),
                    birthDate.plusYears(60)));
        }
        if (age >= 22 && age <= 38 && assets.realEstate().signum() == 0) {
            candidates.add(goal(Goal.Type.HOUSE, "购房首付", site.housePricePerSquareMetre() * 90 * 0.3,
                    asOf.plusYears(draw.between(1, 5))));
        }
        if (age >= 22 && age <= 40 && assets.vehicles().signum() == 0 && draw.chance(0.3)) {
            candidates.add(goal(Goal.Type.CAR, "购车", draw.uniform(100_000, 300_000), asOf.plusYears(draw.between(1, 3))));
        }
        if (tier != Tier.MASS && draw.chance(0.5)) {
            candidates.add(goal(Goal.Type.WEALTH_GROWTH, "资产增值", Amounts.value(assets.financial()) * 0.2,
                    asOf.plusYears(draw.between(3, 5))));
        }
        if (age >= 55 && draw.chance(0.3)) {
            candidates.add(goal(Goal.Type.HEALTH, "医疗储备", draw.uniform(100_000, 300_000), asOf.plusYears(5)));
        }
        if (age >= 60 && Amounts.value(assets.financial()) > 2_000_000 && draw.chance(0.4)) {
            candidates.add(goal(Goal.Type.LEGACY, "财富传承", Amounts.value(assets.financial()) * 0.5, null));
        }
        if (draw.chance(0.15)) {
            candidates.add(goal(Goal.Type.TRAVEL, "家庭旅行", draw.uniform(20_000, 100_000), asOf.plusMonths(draw.between(3, 12))));
        }
        int wanted = draw.pick(Weighted.of(List.of(0, 1, 2, 3), 25, 35, 25, 15));
        List<Goal> goals = new ArrayList<>();
        for (Goal goal : candidates.subList(0, Math.min(wanted, candidates.size()))) {
            goals.add(new Goal(goal.type(), goal.description(), goal.targetAmount(), goal.targetDate(), goals.size() + 1));
        }
        return goals;
    }

    private Goal goal(Goal.Type type, String description, double amount, LocalDate date) {
        return new Goal(type, description, Amounts.rounded(amount, 10_000), date, null);
    }

    private List<String> hobbies() {
        Set<String> hobbies = new LinkedHashSet<>();
        for (int i = draw.between(1, 3); i > 0; i--) {
            hobbies.add(draw.pick(HOBBIES));
        }
        return List.copyOf(hobbies);
    }

    private List<String> preferredChannels() {
        if (age < 45) {
            return draw.chance(0.5) ? List.of("MOBILE_APP", "WECHAT") : List.of("MOBILE_APP");
        }
        return age < 65 ? List.of("MOBILE_APP", "BRANCH") : List.of("BRANCH", "PHONE");
    }
}
