package io.clientlens.customer;

import io.clientlens.code.Label;

import java.util.List;
import java.util.function.Predicate;

/**
 * The groups of facts a KYC profile holds, each tagged as the seeds classify facts: part of the
 * basic, financial or goals information (理财规划需求角度), financial or not, quantitative or
 * qualitative (财务/非财务, 定量/定性). Financial facts (income, expenses, assets, liabilities,
 * insurance, investment history) are the quantitative ones; the others (basic, contact,
 * occupation, family, goals, interests) are non-financial and qualitative (docs/USER-GUIDE.md §1).
 */
public enum FactGroup {
    BASIC("basic", Part.BASIC, false, false, Label.of("基本信息", "Basic information"),
            p -> p.name() != null && (p.birthDate() != null || p.residentId() != null
                    || (p.corporate() != null && p.corporate().uscc() != null))),
    CONTACT("contact", Part.BASIC, false, false, Label.of("联系方式", "Contact"),
            p -> p.mobile() != null || p.email() != null || p.address() != null),
    OCCUPATION("occupation", Part.BASIC, false, false, Label.of("职业信息", "Occupation"),
            p -> p.occupation() != null || p.employer() != null || p.industry() != null),
    FAMILY("family", Part.BASIC, false, false, Label.of("家庭成员", "Family"),
            p -> p.maritalStatus() != null && p.family() != null),
    INCOME("income", Part.FINANCIAL, true, true, Label.of("收入", "Income"), p -> p.income() != null),
    EXPENSES("expenses", Part.FINANCIAL, true, true, Label.of("支出", "Expenses"), p -> p.expenses() != null),
    ASSETS("assets", Part.FINANCIAL, true, true, Label.of("资产", "Assets"), p -> p.assets() != null),
    LIABILITIES("liabilities", Part.FINANCIAL, true, true, Label.of("负债", "Liabilities"), p -> p.liabilities() != null),
    INSURANCE("insurance", Part.FINANCIAL, true, true, Label.of("保险保障", "Insurance"), p -> p.insurance() != null),
    INVESTMENT_HISTORY("investmentHistory", Part.FINANCIAL, true, true, Label.of("投资经历", "Investment history"),
            p -> p.investmentHistory() != null),
    GOALS("goals", Part.GOALS, false, false, Label.of("人生规划和目标", "Life plans and goals"),
            p -> p.goals() != null && !p.goals().isEmpty()),
    INTERESTS("interests", Part.GOALS, false, false, Label.of("兴趣爱好与渠道偏好", "Interests and channels"),
            p -> p.hobbies() != null || p.preferredChannels() != null || p.tags() != null);

    /** The three groups of information of docs/profile.schema.json. */
    public enum Part {
        BASIC(Label.of("基本信息", "Basic")),
        FINANCIAL(Label.of("财务信息", "Financial")),
        GOALS(Label.of("个人兴趣及人生规划和目标", "Interests, life plans and goals"));

        private final Label label;

        Part(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }
    }

    private final String key;
    private final Part part;
    private final boolean financial;
    private final boolean quantitative;
    private final Label label;
    private final Predicate<Profile> present;

    FactGroup(String key, Part part, boolean financial, boolean quantitative, Label label, Predicate<Profile> present) {
        this.key = key;
        this.part = part;
        this.financial = financial;
        this.quantitative = quantitative;
        this.label = label;
        this.present = present;
    }

    public String key() { return key; }
    public Part part() { return part; }
    public boolean financial() { return financial; }
    public boolean quantitative() { return quantitative; }
    public Label label() { return label; }

    public boolean isPresentIn(Profile profile) {
        return present.test(profile);
    }

    /** Groups a corporate customer's profile is measured on: no family or personal goals. */
    public static List<FactGroup> forCorporate() {
        return List.of(BASIC, CONTACT, OCCUPATION, INCOME, EXPENSES, ASSETS, LIABILITIES);
    }
}
