package io.clientlens.batch.segment;

import io.clientlens.customer.Assets;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.Profile;
import io.clientlens.importing.IsoDateText;
import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile as columns: what the classifiers read of a customer's profile document, one row per
 * customer, one column per fact (docs/SEGMENTS.md, "Prepared profiles"). Identity data (name, ID
 * number, phone, e-mail), goals, hobbies, channels and sources are not in it: no classifier reads
 * them.
 *
 * <p>Amounts are exact decimal text, as written in the document (the scale is kept, so that
 * features and reasons read exactly as from the document). A group of the document (income,
 * expenses, assets, insurance, investment history) has a {@code has_…} column telling whether it
 * is on file, and one column per field. Lists are texts: each element (tags, product types) is
 * followed by the unit separator (U+001F); each record of family and liabilities is followed by the
 * record separator (U+001E), its fields separated by the unit separator, an absent field empty.
 * A missing list is NULL.
 *
 * <p>The anti-money-laundering rating (docs/AML.md) reads the identity check (verified, method), the
 * politically exposed person status, the onboarding channel, a corporate customer's beneficial
 * owners (each record: name, share, verified), the industry and the business scope (high-risk
 * industries); transaction monitoring the registered capital. Nothing else of the corporate details
 * is kept.
 */
final class ProfileTable {
    private static final char US = (char) 31;
    private static final char RS = (char) 30;

    private static final String[] INCOME = {"salary", "business", "investment", "other"};
    private static final String[] EXPENSES = {"living", "housing", "education", "insurance", "parents_support", "other"};
    private static final String[] ASSETS = {"cash", "time_deposits", "wealth_products", "funds", "stocks", "bonds",
            "precious_metals", "insurance_cash_value", "real_estate", "vehicles", "business_equity"};
    private static final String[] INSURANCE = {"life_cover", "critical_illness_cover", "accident_cover",
            "social_security_death_benefit", "pension_annual"};

    /** The profile columns in the order {@link #append} writes and {@link #read} reads them. */
    static final List<String> COLUMNS;
    private static final String DDL;

    static {
        List<String> names = new ArrayList<>();
        List<String> ddl = new ArrayList<>();
        column(names, ddl, "customer_id", "VARCHAR");
        column(names, ddl, "type", "VARCHAR");
        column(names, ddl, "gender", "VARCHAR");
        column(names, ddl, "birth_date", "DATE");
        column(names, ddl, "residency", "VARCHAR");
        column(names, ddl, "nationality", "VARCHAR");
        column(names, ddl, "region", "VARCHAR");
        column(names, ddl, "address", "VARCHAR");
        column(names, ddl, "occupation", "VARCHAR");
        column(names, ddl, "education", "VARCHAR");
        column(names, ddl, "health_status", "VARCHAR");
        column(names, ddl, "marital_status", "VARCHAR");
        column(names, ddl, "retired", "BOOLEAN");
        column(names, ddl, "financial_assets_elsewhere", "VARCHAR");
        group(names, ddl, "income", INCOME);
        group(names, ddl, "expenses", EXPENSES);
        group(names, ddl, "assets", ASSETS);
        group(names, ddl, "insurance", INSURANCE);
        column(names, ddl, "insurance_medical", "BOOLEAN");
        column(names, ddl, "has_investment_history", "BOOLEAN");
        column(names, ddl, "investment_years", "INTEGER");
        column(names, ddl, "investment_purchases", "INTEGER");
        column(names, ddl, "investment_product_types", "VARCHAR");
        column(names, ddl, "family", "VARCHAR");
        column(names, ddl, "liabilities", "VARCHAR");
        column(names, ddl, "tags", "VARCHAR");
        column(names, ddl, "identity_verified", "BOOLEAN");
        column(names, ddl, "identity_method", "VARCHAR");
        column(names, ddl, "pep", "VARCHAR");
        column(names, ddl, "onboarding", "VARCHAR");
        column(names, ddl, "beneficial_owners", "VARCHAR");
        column(names, ddl, "registered_capital", "VARCHAR");
        column(names, ddl, "industry", "VARCHAR");
        column(names, ddl, "business_scope", "VARCHAR");
        COLUMNS = List.copyOf(names);
        DDL = String.join(", ", ddl);
    }

    private ProfileTable() {
    }

    private static void column(List<String> names, List<String> ddl, String name, String type) {
        names.add(name);
        ddl.add(name + " " + type);
    }

    private static void group(List<String> names, List<String> ddl, String prefix, String[] fields) {
        column(names, ddl, "has_" + prefix, "BOOLEAN");
        for (String f : fields) {
            column(names, ddl, prefix + "_" + f, "VARCHAR");
        }
    }

    /** {@code create table name (ordinal, line, <profile columns>)}. */
    static String createTable(String name) {
        return "create or replace table " + name + " (ordinal BIGINT, line BIGINT, " + DDL + ")";
    }

    /** The profile columns, comma-separated, for a select. */
    static String select() {
        return String.join(", ", COLUMNS);
    }

    static void append(DuckDBAppender a, long ordinal, long line, Profile p) throws SQLException {
        a.beginRow();
        a.append(ordinal);
        a.append(line);
        a.append(p.customerId());
        a.append(p.type() == null ? null : p.type().name());
        a.append(p.gender() == null ? null : p.gender().name());
        if (p.birthDate() == null) {
            a.appendNull();
        } else {
            a.append(p.birthDate());
        }
        a.append(p.residency() == null ? null : p.residency().name());
        a.append(p.nationality());
        a.append(p.region());
        a.append(p.address());
        a.append(p.occupation());
        a.append(p.education());
        a.append(p.healthStatus());
        a.append(p.maritalStatus() == null ? null : p.maritalStatus().name());
        a.append(p.retired());
        a.append(text(p.financialAssetsElsewhere()));
        Income i = p.income();
        amounts(a, i == null ? null : new BigDecimal[] {i.salary(), i.business(), i.investment(), i.other()}, INCOME.length);
        Expenses e = p.expenses();
        amounts(a, e == null ? null : new BigDecimal[] {e.living(), e.housing(), e.education(), e.insurance(),
                e.parentsSupport(), e.other()}, EXPENSES.length);
        Assets s = p.assets();
        amounts(a, s == null ? null : new BigDecimal[] {s.cash(), s.timeDeposits(), s.wealthProducts(), s.funds(),
                s.stocks(), s.bonds(), s.preciousMetals(), s.insuranceCashValue(), s.realEstate(), s.vehicles(),
                s.businessEquity()}, ASSETS.length);
        Insurance n = p.insurance();
        amounts(a, n == null ? null : new BigDecimal[] {n.lifeCover(), n.criticalIllnessCover(), n.accidentCover(),
                n.socialSecurityDeathBenefit(), n.pensionAnnual()}, INSURANCE.length);
        a.append(n == null ? null : n.medical());
        InvestmentHistory h = p.investmentHistory();
        a.append(h != null);
        a.append(h == null ? null : h.years());
        a.append(h == null ? null : h.purchases());
        a.append(h == null ? null : list(h.productTypes()));
        a.append(family(p.family()));
        a.append(liabilities(p.liabilities()));
        a.append(list(p.tags()));
        Identity identity = p.identity();
        a.append(identity == null ? null : identity.verified());
        a.append(identity == null || identity.method() == null ? null : identity.method().name());
        a.append(p.pep() == null ? null : p.pep().name());
        a.append(p.onboarding() == null ? null : p.onboarding().name());
        a.append(p.corporate() == null ? null : owners(p.corporate().beneficialOwners()));
        a.append(p.corporate() == null ? null : text(p.corporate().registeredCapital()));
        a.append(p.industry());
        a.append(p.corporate() == null ? null : p.corporate().businessScope());
        a.endRow();
    }

    private static void amounts(DuckDBAppender a, BigDecimal[] values, int fields) throws SQLException {
        a.append(values != null);
        for (int k = 0; k < fields; k++) {
            a.append(values == null ? null : text(values[k]));
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toString();
    }

    private static String list(List<String> values) {
        if (values == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (v.indexOf(US) >= 0 || v.indexOf(RS) >= 0) {
                throw new IllegalArgumentException("a list element holds a control character: " + v);
            }
            b.append(v).append(US);
        }
        return b.toString();
    }

    private static String family(List<FamilyMember> members) {
        if (members == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (FamilyMember m : members) {
            b.append(m.relation() == null ? "" : m.relation().name()).append(US)
                    .append(m.birthDate() == null ? "" : m.birthDate().toString()).append(US)
                    .append(orEmpty(m.annualIncome())).append(US)
                    .append(m.independent() == null ? "" : m.independent().toString()).append(US)
                    .append(orEmpty(m.educationAnnualCost())).append(US)
                    .append(orEmpty(m.annualSupport())).append(RS);
        }
        return b.toString();
    }

    private static String liabilities(List<Liability> liabilities) {
        if (liabilities == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Liability l : liabilities) {
            b.append(l.kind() == null ? "" : l.kind().name()).append(US)
                    .append(orEmpty(l.outstanding())).append(US)
                    .append(orEmpty(l.monthlyPayment())).append(RS);
        }
        return b.toString();
    }

    private static String owners(List<Corporate.BeneficialOwner> owners) {
        StringBuilder b = new StringBuilder();
        for (Corporate.BeneficialOwner o : owners) {
            b.append(o.name() == null ? "" : o.name()).append(US)
                    .append(orEmpty(o.share())).append(US)
                    .append(o.verified() == null ? "" : o.verified().toString()).append(RS);
        }
        return b.toString();
    }

    private static String orEmpty(BigDecimal amount) {
        return amount == null ? "" : amount.toString();
    }

    /**
     * The profile of the row at the cursor, the profile columns starting at column {@code first}
     * (1-based; customer_id there). Holds what the classifiers read; nothing else.
     */
    static Profile read(ResultSet rs, int first) throws SQLException {
        return read(ProfileColumns.of(rs), first);
    }

    /**
     * The profile of one row, the profile columns starting at column {@code first} (customer_id there) as the row
     * counts its columns. Holds what the classifiers read; nothing else.
     */
    static <X extends Exception> Profile read(ProfileColumns<X> row, int first) throws X {
        int c = first;
        Profile.Builder b = Profile.builder(row.text(c++));
        b.type(code(row, c++, CustomerType.class));
        b.gender(code(row, c++, Gender.class));
        b.birthDate(row.date(c++));
        b.residency(code(row, c++, Profile.Residency.class));
        b.nationality(row.text(c++));
        b.region(row.text(c++));
        b.address(row.text(c++));
        b.occupation(row.text(c++));
        b.education(row.text(c++));
        b.healthStatus(row.text(c++));
        b.maritalStatus(code(row, c++, MaritalStatus.class));
        b.retired(row.bool(c++));
        b.financialAssetsElsewhere(amount(row.text(c++)));
        BigDecimal[] v = amounts(row, c, INCOME.length);
        c += INCOME.length + 1;
        b.income(v == null ? null : new Income(v[0], v[1], v[2], v[3]));
        v = amounts(row, c, EXPENSES.length);
        c += EXPENSES.length + 1;
        b.expenses(v == null ? null : new Expenses(v[0], v[1], v[2], v[3], v[4], v[5]));
        v = amounts(row, c, ASSETS.length);
        c += ASSETS.length + 1;
        b.assets(v == null ? null : new Assets(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]));
        v = amounts(row, c, INSURANCE.length);
        c += INSURANCE.length + 1;
        Boolean medical = row.bool(c++);
        b.insurance(v == null ? null : new Insurance(v[0], v[1], medical, v[2], v[3], v[4]));
        boolean history = Boolean.TRUE.equals(row.bool(c++));
        Integer years = row.integer(c++);
        Integer purchases = row.integer(c++);
        List<String> productTypes = strings(row.text(c++));
        b.investmentHistory(history ? new InvestmentHistory(years, productTypes, purchases) : null);
        b.family(family(row.text(c++)));
        b.liabilities(liabilities(row.text(c++)));
        b.tags(strings(row.text(c++)));
        b.identity(identity(row.bool(c), code(row, c + 1, Identity.Method.class)));
        c += 2;
        b.pep(code(row, c++, Pep.class));
        b.onboarding(code(row, c++, Onboarding.class));
        String owners = row.text(c++);
        BigDecimal capital = amount(row.text(c++));
        b.industry(row.text(c++));
        String scope = row.text(c);
        b.corporate(corporate(owners, capital, scope));
        return b.build();
    }

    /**
     * The profile columns the AML rating reads (docs/AML.md), as {@link #readForRating} takes them: type, birth date,
     * residency, nationality, region, occupation, industry, income, identity check, politically exposed person,
     * onboarding channel, beneficial owners, registered capital and business scope.
     */
    static final List<String> RATING_COLUMNS = List.of("customer_id", "type", "birth_date", "residency", "nationality",
            "region", "occupation", "industry", "has_income", "income_salary", "income_business", "income_investment",
            "income_other", "identity_verified", "identity_method", "pep", "onboarding", "beneficial_owners",
            "registered_capital", "business_scope");

    /** For each of the {@link #COLUMNS}, its place among the {@link #RATING_COLUMNS}, or -1. */
    private static final int[] RATING_PLACES = COLUMNS.stream().mapToInt(RATING_COLUMNS::indexOf).toArray();

    /**
     * The profile of the row at the cursor as far as the AML rating reads it, the {@link #RATING_COLUMNS} starting at
     * column {@code first}: {@link #read} over those columns, the others empty, so that these facts are read as the
     * classifiers read them.
     */
    static Profile readForRating(ResultSet rs, int first) throws SQLException {
        return read(new RatingColumns<>(ProfileColumns.of(rs), first), 0);
    }

    /** The rating's columns of a row, from {@code first} on, at their places among all the profile columns. */
    private record RatingColumns<X extends Exception>(ProfileColumns<X> row, int first) implements ProfileColumns<X> {
        private interface Cell<T, X extends Exception> {
            T read(int column) throws X;
        }

        /** The cell of profile column {@code column}, or null when the rating does not read it. */
        private <T> T at(int column, Cell<T, X> cell) throws X {
            int place = RATING_PLACES[column];
            return place < 0 ? null : cell.read(first + place);
        }

        @Override
        public String text(int column) throws X {
            return at(column, row::text);
        }

        @Override
        public LocalDate date(int column) throws X {
            return at(column, row::date);
        }

        @Override
        public Boolean bool(int column) throws X {
            return at(column, row::bool);
        }

        @Override
        public Integer integer(int column) throws X {
            return at(column, row::integer);
        }
    }

    /** The code of a closed set in the column, or null when the column is empty. */
    private static <E extends Enum<E>, X extends Exception> E code(ProfileColumns<X> row, int column, Class<E> type)
            throws X {
        String text = row.text(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    private static Identity identity(Boolean verified, Identity.Method method) {
        return verified == null && method == null ? null : new Identity(verified, method);
    }

    /** A company's facts, or none when the profile has none of them (a person). */
    private static Corporate corporate(String owners, BigDecimal capital, String scope) {
        return owners == null && capital == null && scope == null ? null
                : new Corporate(null, null, capital, null, owners == null ? List.of() : owners(owners), scope);
    }

    private static <X extends Exception> BigDecimal[] amounts(ProfileColumns<X> row, int first, int fields) throws X {
        if (!Boolean.TRUE.equals(row.bool(first))) {
            return null;
        }
        BigDecimal[] values = new BigDecimal[fields];
        for (int k = 0; k < fields; k++) {
            values[k] = amount(row.text(first + 1 + k));
        }
        return values;
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    private static List<String> strings(String text) {
        if (text == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == US) {
                values.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return values;
    }

    private static List<String[]> records(String text, int fields) {
        List<String[]> records = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == RS) {
                String[] f = text.substring(start, i).split(String.valueOf(US), -1);
                if (f.length != fields) {
                    throw new IllegalStateException("a prepared profile record has " + f.length + " fields, expected " + fields);
                }
                records.add(f);
                start = i + 1;
            }
        }
        return records;
    }

    private static List<FamilyMember> family(String text) {
        if (text == null) {
            return null;
        }
        List<FamilyMember> members = new ArrayList<>();
        for (String[] f : records(text, 6)) {
            members.add(new FamilyMember(f[0].isEmpty() ? null : FamilyMember.Relation.valueOf(f[0]), null,
                    f[1].isEmpty() ? null : isoDate(f[1]), amount(f[2]),
                    f[3].isEmpty() ? null : Boolean.valueOf(f[3]), amount(f[4]), amount(f[5]), null));
        }
        return members;
    }

    /** A birth date as the prepared profiles hold it: plain {@code yyyy-MM-dd}, read by hand (see IsoDateText). */
    private static LocalDate isoDate(String text) {
        LocalDate date = IsoDateText.date(text);
        return date != null ? date : LocalDate.parse(text);
    }

    private static List<Liability> liabilities(String text) {
        if (text == null) {
            return null;
        }
        List<Liability> list = new ArrayList<>();
        for (String[] f : records(text, 3)) {
            list.add(new Liability(f[0].isEmpty() ? null : Liability.Kind.valueOf(f[0]), amount(f[1]), amount(f[2])));
        }
        return list;
    }

    private static List<Corporate.BeneficialOwner> owners(String text) {
        List<Corporate.BeneficialOwner> owners = new ArrayList<>();
        for (String[] f : records(text, 3)) {
            owners.add(new Corporate.BeneficialOwner(f[0].isEmpty() ? null : f[0], null, amount(f[1]),
                    f[2].isEmpty() ? null : Boolean.valueOf(f[2])));
        }
        return owners;
    }
}
