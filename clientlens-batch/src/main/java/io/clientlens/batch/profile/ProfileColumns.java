package io.clientlens.batch.profile;

import io.clientlens.customer.Assets;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.FactGroup;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The flat table layout of a profile (documented in {@code docs/import-columns.md}): which
 * header names exist, what each cell holds, and how a row becomes a {@link Profile}. The CSV
 * and Excel readers share it; they differ only in how they read cells.
 *
 * <p>A group (income, assets, a child, …) is present when any of its cells has a value; empty
 * cells are missing, not zero.
 */
final class ProfileColumns {

    static final int CHILDREN = 3;
    static final int PARENTS = 2;
    static final int OWNERS = 3;

    /** A column: its English name, its Chinese header and what its cells hold. */
    record Column(String name, String chinese, ColumnType type) {
    }

    static final List<Column> ALL = Stream.of(
            basicColumns(), financialColumns(), liabilityColumns(), insuranceAndInvestmentColumns(), familyColumns(),
            amlColumns(), corporateColumns(),
            List.of(new Column("source", "信息来源", ColumnType.SOURCE),
                    new Column("collectedOn", "采集日期", ColumnType.DATE)))
            .flatMap(List::stream).toList();

    private static final Map<String, Column> BY_HEADER = headerIndex();
    private static final List<Map.Entry<String, Liability.Kind>> LIABILITY_PREFIXES = List.of(
            Map.entry("mortgage", Liability.Kind.MORTGAGE), Map.entry("carLoan", Liability.Kind.CAR_LOAN),
            Map.entry("consumerLoan", Liability.Kind.CONSUMER_LOAN), Map.entry("creditCard", Liability.Kind.CREDIT_CARD));

    private final List<String> header;
    private final List<Column> byPosition;
    private final List<ProfileProblem> problems;

    private ProfileColumns(List<String> header, List<Column> byPosition, List<ProfileProblem> problems) {
        this.header = header;
        this.byPosition = byPosition;
        this.problems = problems;
    }

    /**
     * Maps a header row. Names are matched ignoring case and surrounding blanks, in English or
     * Chinese; blank header cells are ignored. Unknown, repeated or missing required columns
     * are {@link #problems()} of the whole file.
     */
    static ProfileColumns forHeader(List<String> header) {
        List<Column> byPosition = new ArrayList<>();
        List<ProfileProblem> problems = new ArrayList<>();
        Map<Column, String> seen = new HashMap<>();
        for (String name : header) {
            String key = normalised(name);
            Column column = BY_HEADER.get(key);
            byPosition.add(column);
            if (column == null && !key.isEmpty()) {
                problems.add(new ProfileProblem(name, "未知列名“" + name + "”；列名见 docs/import-columns.md",
                        "unknown column \"" + name + "\"; see docs/import-columns.md for the column names"));
            } else if (column != null && seen.putIfAbsent(column, name) != null) {
                problems.add(new ProfileProblem(name, "与“" + seen.get(column) + "”重复，都是 " + column.name(),
                        "repeats \"" + seen.get(column) + "\": both are " + column.name()));
            }
        }
        if (!byPosition.contains(BY_HEADER.get("customerid"))) {
            problems.add(new ProfileProblem("customerId", "缺少必填列 customerId（客户号）",
                    "required column customerId (客户号) is missing"));
        }
        return new ProfileColumns(List.copyOf(header), byPosition, problems);
    }

    List<ProfileProblem> problems() {
        return problems;
    }

    /** The outcome of one row: a profile, or the cells that were wrong. */
    record Row(Profile profile, List<ProfileProblem> problems) {
        boolean good() {
            return profile != null;
        }
    }

    /** Reads one row; {@code cells} are by position, null for an empty cell, and may be shorter than the header. */
    Row read(List<Cell> cells) {
        Map<String, Object> values = new HashMap<>();
        List<ProfileProblem> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell == null || cell.text().isEmpty()) {
                continue;
            }
            if (i >= byPosition.size() || byPosition.get(i) == null) {
                problems.add(outsideColumns(i, cell));
                continue;
            }
            Column column = byPosition.get(i);
            Object value = column.type().parse(cell);
            if (value == null) {
                problems.add(JsonProblems.notValid(header.get(i), cell.text(), column.type().expected()));
            } else {
                values.put(column.name(), value);
            }
        }
        if (problems.isEmpty() && !values.containsKey("customerId")) {
            String customerIdHeader = header.get(byPosition.indexOf(BY_HEADER.get("customerid")));
            problems.add(new ProfileProblem(customerIdHeader, "客户号必填", "required"));
        }
        return problems.isEmpty() ? new Row(profile(new Values(values)), List.of()) : new Row(null, problems);
    }

    private ProfileProblem outsideColumns(int position, Cell cell) {
        String where = "column " + (position + 1);
        return new ProfileProblem(where, "第 " + (position + 1) + " 列没有列名，却有值“" + cell.text() + "”",
                where + " has no header but holds \"" + cell.text() + "\"");
    }

    private static Profile profile(Values v) {
        Profile profile = Profile.builder(v.get("customerId"))
                .type(v.<CustomerType>get("type")).name(v.get("name")).residentId(v.get("residentId"))
                .gender(v.<Gender>get("gender")).birthDate(v.get("birthDate")).mobile(v.get("mobile"))
                .email(v.get("email")).address(v.get("address")).nationality(v.get("nationality"))
                .region(v.get("region")).branch(v.get("branch")).relationshipManager(v.get("relationshipManager"))
                .employer(v.get("employer")).title(v.get("title")).occupation(v.get("occupation"))
                .industry(v.get("industry")).education(v.get("education")).healthStatus(v.get("healthStatus"))
                .maritalStatus(v.<MaritalStatus>get("maritalStatus")).retired(v.get("retired"))
                .family(family(v)).income(income(v)).expenses(expenses(v)).assets(assets(v))
                .liabilities(liabilities(v)).insurance(insurance(v)).investmentHistory(investmentHistory(v))
                .financialAssetsElsewhere(v.get("financialAssetsElsewhere"))
                .identity(v.any("identity.") ? new Identity(v.get("identity.verified"), v.<Identity.Method>get("identity.method")) : null)
                .pep(v.<Pep>get("pep")).onboarding(v.<Onboarding>get("onboarding"))
                .sourceOfFunds(v.get("sourceOfFunds")).sourceOfWealth(v.get("sourceOfWealth"))
                .accountPurpose(v.get("accountPurpose")).corporate(corporate(v))
                .build();
        return profile.toBuilder().sources(sources(profile, v)).build();
    }

    private static Income income(Values v) {
        return v.any("income.") ? new Income(v.get("income.salary"), v.get("income.business"),
                v.get("income.investment"), v.get("income.other")) : null;
    }

    private static Expenses expenses(Values v) {
        return v.any("expenses.") ? new Expenses(v.get("expenses.living"), v.get("expenses.housing"),
                v.get("expenses.education"), v.get("expenses.insurance"), v.get("expenses.parentsSupport"),
                v.get("expenses.other")) : null;
    }

    private static Assets assets(Values v) {
        return v.any("assets.") ? new Assets(v.get("assets.cash"), v.get("assets.timeDeposits"),
                v.get("assets.wealthProducts"), v.get("assets.funds"), v.get("assets.stocks"), v.get("assets.bonds"),
                v.get("assets.preciousMetals"), v.get("assets.insuranceCashValue"), v.get("assets.realEstate"),
                v.get("assets.vehicles"), v.get("assets.businessEquity")) : null;
    }

    private static List<Liability> liabilities(Values v) {
        List<Liability> liabilities = LIABILITY_PREFIXES.stream()
                .filter(prefixed -> v.any(prefixed.getKey() + "."))
                .map(prefixed -> new Liability(prefixed.getValue(), v.<BigDecimal>get(prefixed.getKey() + ".outstanding"),
                        v.<BigDecimal>get(prefixed.getKey() + ".monthlyPayment")))
                .toList();
        return liabilities.isEmpty() ? null : liabilities;
    }

    private static Insurance insurance(Values v) {
        return v.any("insurance.") ? new Insurance(v.get("insurance.lifeCover"), v.get("insurance.criticalIllnessCover"),
                v.get("insurance.medical"), v.get("insurance.accidentCover"),
                v.get("insurance.socialSecurityDeathBenefit"), v.get("insurance.pensionAnnual")) : null;
    }

    private static InvestmentHistory investmentHistory(Values v) {
        return v.any("investment.") ? new InvestmentHistory(v.get("investment.years"),
                v.get("investment.productTypes"), v.get("investment.purchases")) : null;
    }

    private static Corporate corporate(Values v) {
        List<Corporate.BeneficialOwner> owners = new ArrayList<>();
        for (int n = 1; n <= OWNERS; n++) {
            String owner = "owner" + n + ".";
            if (v.any(owner)) {
                owners.add(new Corporate.BeneficialOwner(v.get(owner + "name"), v.get(owner + "residentId"),
                        v.get(owner + "share"), v.get(owner + "verified")));
            }
        }
        if (!v.any("corporate.") && owners.isEmpty()) {
            return null;
        }
        return new Corporate(v.get("corporate.uscc"), v.get("corporate.legalRepresentative"),
                v.get("corporate.registeredCapital"), v.get("corporate.size"), owners, v.get("corporate.businessScope"));
    }

    private static List<FamilyMember> family(Values v) {
        List<FamilyMember> family = new ArrayList<>();
        if (v.any("spouse.")) {
            family.add(new FamilyMember(FamilyMember.Relation.SPOUSE, null, v.get("spouse.birthDate"),
                    v.get("spouse.annualIncome"), null, null, null, null));
        }
        for (int n = 1; n <= CHILDREN; n++) {
            String child = "child" + n + ".";
            if (v.any(child)) {
                family.add(new FamilyMember(FamilyMember.Relation.CHILD, null, v.get(child + "birthDate"), null,
                        v.get(child + "independent"), v.get(child + "educationAnnualCost"), null, null));
            }
        }
        for (int n = 1; n <= PARENTS; n++) {
            String parent = "parent" + n + ".";
            if (v.any(parent)) {
                family.add(new FamilyMember(FamilyMember.Relation.PARENT, null, v.get(parent + "birthDate"), null,
                        null, null, v.get(parent + "annualSupport"), null));
            }
        }
        return family.isEmpty() ? null : family;
    }

    /** The row's source and date apply to every group of facts the row holds. */
    private static Map<String, FactSource> sources(Profile profile, Values v) {
        if (!v.has("source") && !v.has("collectedOn")) {
            return Map.of();
        }
        FactSource source = new FactSource(v.get("source"), v.<LocalDate>get("collectedOn"));
        return Arrays.stream(FactGroup.values())
                .filter(group -> group.isPresentIn(profile))
                .collect(Collectors.toMap(FactGroup::key, group -> source, (a, b) -> a, LinkedHashMap::new));
    }

    /** Parsed cell values of one row by column name. */
    private record Values(Map<String, Object> byName) {
        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            return (T) byName.get(name);
        }

        boolean has(String name) {
            return byName.containsKey(name);
        }

        boolean any(String prefix) {
            return byName.keySet().stream().anyMatch(name -> name.startsWith(prefix));
        }
    }

    private static String normalised(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Column> headerIndex() {
        Map<String, Column> index = new HashMap<>();
        for (Column column : ALL) {
            index.put(normalised(column.name()), column);
            index.put(normalised(column.chinese()), column);
        }
        return Map.copyOf(index);
    }

    private static List<Column> basicColumns() {
        return List.of(
                new Column("customerId", "客户号", ColumnType.TEXT),
                new Column("type", "客户类型", ColumnType.CUSTOMER_TYPE),
                new Column("name", "姓名", ColumnType.TEXT),
                new Column("residentId", "身份证号", ColumnType.TEXT),
                new Column("gender", "性别", ColumnType.GENDER),
                new Column("birthDate", "出生日期", ColumnType.DATE),
                new Column("mobile", "手机", ColumnType.TEXT),
                new Column("email", "电子邮箱", ColumnType.TEXT),
                new Column("address", "地址", ColumnType.TEXT),
                new Column("nationality", "国籍", ColumnType.TEXT),
                new Column("region", "地区", ColumnType.TEXT),
                new Column("branch", "网点", ColumnType.TEXT),
                new Column("relationshipManager", "客户经理", ColumnType.TEXT),
                new Column("employer", "工作单位", ColumnType.TEXT),
                new Column("title", "职务", ColumnType.TEXT),
                new Column("occupation", "职业", ColumnType.TEXT),
                new Column("industry", "行业", ColumnType.TEXT),
                new Column("education", "学历", ColumnType.TEXT),
                new Column("healthStatus", "健康状况", ColumnType.TEXT),
                new Column("maritalStatus", "婚姻状况", ColumnType.MARITAL_STATUS),
                new Column("retired", "是否退休", ColumnType.BOOLEAN));
    }

    private static List<Column> financialColumns() {
        return List.of(
                new Column("income.salary", "工资收入", ColumnType.AMOUNT),
                new Column("income.business", "经营收入", ColumnType.AMOUNT),
                new Column("income.investment", "投资收入", ColumnType.AMOUNT),
                new Column("income.other", "其他收入", ColumnType.AMOUNT),
                new Column("expenses.living", "生活支出", ColumnType.AMOUNT),
                new Column("expenses.housing", "住房支出", ColumnType.AMOUNT),
                new Column("expenses.education", "教育支出", ColumnType.AMOUNT),
                new Column("expenses.insurance", "保险费支出", ColumnType.AMOUNT),
                new Column("expenses.parentsSupport", "赡养父母支出", ColumnType.AMOUNT),
                new Column("expenses.other", "其他支出", ColumnType.AMOUNT),
                new Column("assets.cash", "现金及活期存款", ColumnType.AMOUNT),
                new Column("assets.timeDeposits", "定期存款", ColumnType.AMOUNT),
                new Column("assets.wealthProducts", "理财产品", ColumnType.AMOUNT),
                new Column("assets.funds", "基金", ColumnType.AMOUNT),
                new Column("assets.stocks", "股票", ColumnType.AMOUNT),
                new Column("assets.bonds", "债券", ColumnType.AMOUNT),
                new Column("assets.preciousMetals", "贵金属", ColumnType.AMOUNT),
                new Column("assets.insuranceCashValue", "保单现金价值", ColumnType.AMOUNT),
                new Column("assets.realEstate", "房产", ColumnType.AMOUNT),
                new Column("assets.vehicles", "汽车", ColumnType.AMOUNT),
                new Column("assets.businessEquity", "企业股权", ColumnType.AMOUNT),
                new Column("financialAssetsElsewhere", "他行金融资产", ColumnType.AMOUNT));
    }

    private static List<Column> liabilityColumns() {
        return List.of(
                new Column("mortgage.outstanding", "房贷余额", ColumnType.AMOUNT),
                new Column("mortgage.monthlyPayment", "房贷月供", ColumnType.AMOUNT),
                new Column("carLoan.outstanding", "车贷余额", ColumnType.AMOUNT),
                new Column("carLoan.monthlyPayment", "车贷月供", ColumnType.AMOUNT),
                new Column("consumerLoan.outstanding", "消费贷余额", ColumnType.AMOUNT),
                new Column("consumerLoan.monthlyPayment", "消费贷月还款", ColumnType.AMOUNT),
                new Column("creditCard.outstanding", "信用卡欠款", ColumnType.AMOUNT),
                new Column("creditCard.monthlyPayment", "信用卡月还款", ColumnType.AMOUNT));
    }

    private static List<Column> insuranceAndInvestmentColumns() {
        return List.of(
                new Column("insurance.lifeCover", "寿险保额", ColumnType.AMOUNT),
                new Column("insurance.criticalIllnessCover", "重疾险保额", ColumnType.AMOUNT),
                new Column("insurance.medical", "是否有医疗保险", ColumnType.BOOLEAN),
                new Column("insurance.accidentCover", "意外险保额", ColumnType.AMOUNT),
                new Column("insurance.socialSecurityDeathBenefit", "社保身故给付", ColumnType.AMOUNT),
                new Column("insurance.pensionAnnual", "年养老金", ColumnType.AMOUNT),
                new Column("investment.years", "投资年限", ColumnType.COUNT),
                new Column("investment.productTypes", "投资产品类型", ColumnType.LIST),
                new Column("investment.purchases", "投资购买次数", ColumnType.COUNT));
    }

    /** Know-your-customer facts for anti-money laundering (docs/AML.md). */
    private static List<Column> amlColumns() {
        return List.of(
                new Column("identity.verified", "身份已核实", ColumnType.BOOLEAN),
                new Column("identity.method", "身份核实方式", ColumnType.IDENTITY_METHOD),
                new Column("pep", "政治公众人物", ColumnType.PEP),
                new Column("onboarding", "开户方式", ColumnType.ONBOARDING),
                new Column("sourceOfFunds", "资金来源", ColumnType.TEXT),
                new Column("sourceOfWealth", "财富来源", ColumnType.TEXT),
                new Column("accountPurpose", "开户目的", ColumnType.TEXT));
    }

    /** A company's registration and up to three beneficial owners. */
    private static List<Column> corporateColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("corporate.uscc", "统一社会信用代码", ColumnType.TEXT),
                new Column("corporate.legalRepresentative", "法定代表人", ColumnType.TEXT),
                new Column("corporate.registeredCapital", "注册资本", ColumnType.AMOUNT),
                new Column("corporate.size", "企业规模", ColumnType.TEXT),
                new Column("corporate.businessScope", "经营范围", ColumnType.TEXT)));
        for (int n = 1; n <= OWNERS; n++) {
            columns.add(new Column("owner" + n + ".name", "受益所有人" + n + "姓名", ColumnType.TEXT));
            columns.add(new Column("owner" + n + ".residentId", "受益所有人" + n + "身份证号", ColumnType.TEXT));
            columns.add(new Column("owner" + n + ".share", "受益所有人" + n + "持股比例", ColumnType.SHARE));
            columns.add(new Column("owner" + n + ".verified", "受益所有人" + n + "身份已核实", ColumnType.BOOLEAN));
        }
        return columns;
    }

    private static List<Column> familyColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("spouse.birthDate", "配偶出生日期", ColumnType.DATE),
                new Column("spouse.annualIncome", "配偶年收入", ColumnType.AMOUNT)));
        for (int n = 1; n <= CHILDREN; n++) {
            columns.add(new Column("child" + n + ".birthDate", "子女" + n + "出生日期", ColumnType.DATE));
            columns.add(new Column("child" + n + ".educationAnnualCost", "子女" + n + "年教育费用", ColumnType.AMOUNT));
            columns.add(new Column("child" + n + ".independent", "子女" + n + "是否独立", ColumnType.BOOLEAN));
        }
        for (int n = 1; n <= PARENTS; n++) {
            columns.add(new Column("parent" + n + ".birthDate", "父母" + n + "出生日期", ColumnType.DATE));
            columns.add(new Column("parent" + n + ".annualSupport", "父母" + n + "年赡养费", ColumnType.AMOUNT));
        }
        return columns;
    }
}
