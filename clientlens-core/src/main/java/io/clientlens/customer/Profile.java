package io.clientlens.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The customer's KYC profile: the profile document of docs/profile.schema.json. Every group may be missing
 * (null), which lowers {@link KycCompleteness}; nothing is guessed to fill it.
 *
 * <p>{@code sources} records where each group came from and when it was collected, keyed by
 * group name ({@code basic}, {@code family}, {@code income}, …). {@code tags} are the KYC tags the RM
 * records in the interests group (values, lifestyle, price sensitivity, …), usable in segment rules.
 *
 * <p>Know-your-customer facts for anti-money laundering (docs/AML.md): {@code identity} (verified and how),
 * {@code pep} (politically exposed person status), {@code onboarding} (face to face or not), where the money
 * and the wealth come from, and what the account is for.
 */
public record Profile(
        String customerId,
        CustomerType type,
        String name,
        String residentId,
        Gender gender,
        LocalDate birthDate,
        String mobile,
        String email,
        String address,
        String nationality,
        Residency residency,
        String region,
        String branch,
        String relationshipManager,
        String employer,
        String title,
        String occupation,
        String industry,
        String education,
        String healthStatus,
        MaritalStatus maritalStatus,
        Boolean retired,
        List<FamilyMember> family,
        Income income,
        Expenses expenses,
        Assets assets,
        List<Liability> liabilities,
        Insurance insurance,
        InvestmentHistory investmentHistory,
        BigDecimal financialAssetsElsewhere,
        List<Goal> goals,
        List<String> hobbies,
        List<String> preferredChannels,
        List<String> tags,
        Corporate corporate,
        Map<String, FactSource> sources,
        Identity identity,
        Pep pep,
        Onboarding onboarding,
        String sourceOfFunds,
        String sourceOfWealth,
        String accountPurpose) {

    /** Where the customer lives relative to the bank's country, when the bank has recorded it. */
    public enum Residency { DOMESTIC, INTERNATIONAL }

    public Profile {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        family = family == null ? null : List.copyOf(family);
        liabilities = liabilities == null ? null : List.copyOf(liabilities);
        goals = goals == null ? null : List.copyOf(goals);
        hobbies = hobbies == null ? null : List.copyOf(hobbies);
        preferredChannels = preferredChannels == null ? null : List.copyOf(preferredChannels);
        tags = tags == null ? null : List.copyOf(tags);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public static Builder builder(String customerId) {
        return new Builder(customerId);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public CustomerType typeOrIndividual() {
        return type == null ? CustomerType.INDIVIDUAL : type;
    }

    public BigDecimal totalLiabilities() {
        if (liabilities == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal total = BigDecimal.ZERO; // as Money.sum, without a stream: called for every customer
        for (Liability liability : liabilities) {
            if (liability.outstanding() != null) {
                total = total.add(liability.outstanding());
            }
        }
        return total;
    }

    /** Net assets at all institutions, or null when the balance sheet (assets) is missing. */
    public BigDecimal netAssets() {
        return assets == null ? null : assets.total().subtract(totalLiabilities());
    }

    /** Builder for the many optional groups; used by importers, the generator and tests. */
    public static final class Builder {
        private final String customerId;
        private CustomerType type;
        private String name;
        private String residentId;
        private Gender gender;
        private LocalDate birthDate;
        private String mobile;
        private String email;
        private String address;
        private String nationality;
        private Residency residency;
        private String region;
        private String branch;
        private String relationshipManager;
        private String employer;
        private String title;
        private String occupation;
        private String industry;
        private String education;
        private String healthStatus;
        private MaritalStatus maritalStatus;
        private Boolean retired;
        private List<FamilyMember> family;
        private Income income;
        private Expenses expenses;
        private Assets assets;
        private List<Liability> liabilities;
        private Insurance insurance;
        private InvestmentHistory investmentHistory;
        private BigDecimal financialAssetsElsewhere;
        private List<Goal> goals;
        private List<String> hobbies;
        private List<String> preferredChannels;
        private List<String> tags;
        private Corporate corporate;
        private Map<String, FactSource> sources;
        private Identity identity;
        private Pep pep;
        private Onboarding onboarding;
        private String sourceOfFunds;
        private String sourceOfWealth;
        private String accountPurpose;

        private Builder(String customerId) {
            this.customerId = customerId;
        }

        private Builder(Profile p) {
            this(p.customerId);
            type = p.type; name = p.name; residentId = p.residentId; gender = p.gender; birthDate = p.birthDate;
            mobile = p.mobile; email = p.email; address = p.address; nationality = p.nationality;
            residency = p.residency; region = p.region; branch = p.branch; relationshipManager = p.relationshipManager;
            employer = p.employer; title = p.title; occupation = p.occupation; industry = p.industry;
            education = p.education; healthStatus = p.healthStatus; maritalStatus = p.maritalStatus;
            retired = p.retired; family = p.family; income = p.income; expenses = p.expenses; assets = p.assets;
            liabilities = p.liabilities; insurance = p.insurance; investmentHistory = p.investmentHistory;
            financialAssetsElsewhere = p.financialAssetsElsewhere; goals = p.goals; hobbies = p.hobbies;
            preferredChannels = p.preferredChannels; tags = p.tags; corporate = p.corporate; sources = p.sources;
            identity = p.identity; pep = p.pep; onboarding = p.onboarding; sourceOfFunds = p.sourceOfFunds;
            sourceOfWealth = p.sourceOfWealth; accountPurpose = p.accountPurpose;
        }

        public Builder type(CustomerType v) { type = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder residentId(String v) { residentId = v; return this; }
        public Builder gender(Gender v) { gender = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder mobile(String v) { mobile = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder nationality(String v) { nationality = v; return this; }
        public Builder residency(Residency v) { residency = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder branch(String v) { branch = v; return this; }
        public Builder relationshipManager(String v) { relationshipManager = v; return this; }
        public Builder employer(String v) { employer = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder occupation(String v) { occupation = v; return this; }
        public Builder industry(String v) { industry = v; return this; }
        public Builder education(String v) { education = v; return this; }
        public Builder healthStatus(String v) { healthStatus = v; return this; }
        public Builder maritalStatus(MaritalStatus v) { maritalStatus = v; return this; }
        public Builder retired(Boolean v) { retired = v; return this; }
        public Builder family(List<FamilyMember> v) { family = v; return this; }
        public Builder income(Income v) { income = v; return this; }
        public Builder expenses(Expenses v) { expenses = v; return this; }
        public Builder assets(Assets v) { assets = v; return this; }
        public Builder liabilities(List<Liability> v) { liabilities = v; return this; }
        public Builder insurance(Insurance v) { insurance = v; return this; }
        public Builder investmentHistory(InvestmentHistory v) { investmentHistory = v; return this; }
        public Builder financialAssetsElsewhere(BigDecimal v) { financialAssetsElsewhere = v; return this; }
        public Builder goals(List<Goal> v) { goals = v; return this; }
        public Builder hobbies(List<String> v) { hobbies = v; return this; }
        public Builder preferredChannels(List<String> v) { preferredChannels = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder corporate(Corporate v) { corporate = v; return this; }
        public Builder sources(Map<String, FactSource> v) { sources = v; return this; }
        public Builder identity(Identity v) { identity = v; return this; }
        public Builder pep(Pep v) { pep = v; return this; }
        public Builder onboarding(Onboarding v) { onboarding = v; return this; }
        public Builder sourceOfFunds(String v) { sourceOfFunds = v; return this; }
        public Builder sourceOfWealth(String v) { sourceOfWealth = v; return this; }
        public Builder accountPurpose(String v) { accountPurpose = v; return this; }

        public Profile build() {
            return new Profile(customerId, type, name, residentId, gender, birthDate, mobile, email, address,
                    nationality, residency, region, branch, relationshipManager, employer, title, occupation,
                    industry, education, healthStatus, maritalStatus, retired, family, income, expenses, assets,
                    liabilities, insurance, investmentHistory, financialAssetsElsewhere, goals, hobbies,
                    preferredChannels, tags, corporate, sources, identity, pep, onboarding, sourceOfFunds,
                    sourceOfWealth, accountPurpose);
        }
    }
}
