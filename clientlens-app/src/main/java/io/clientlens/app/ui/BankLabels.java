package io.clientlens.app.ui;

import io.clientlens.code.Label;
import io.clientlens.code.Language;

import java.util.Map;

/**
 * Words for the codes of the bank's own data that pages show (docs/generic-layout.md lists them): transaction
 * operations and categories (the generic layout's and Berka's), and product types (the policy's and the catalogue's).
 * A code nobody listed is the bank's own and is shown as it is.
 */
public final class BankLabels {
    private static final Map<String, Label> OPERATIONS = Map.ofEntries(
            Map.entry("TRANSFER_IN", Label.of("转入", "transfer in")),
            Map.entry("TRANSFER_OUT", Label.of("转出", "transfer out")),
            Map.entry("TRANSFER", Label.of("转账", "transfer")),
            Map.entry("CASH_DEPOSIT", Label.of("现金存入", "cash deposit")),
            Map.entry("CASH_WITHDRAWAL", Label.of("现金支取", "cash withdrawal")),
            Map.entry("CARD_PAYMENT", Label.of("刷卡消费", "card payment")),
            Map.entry("QUICK_PAYMENT", Label.of("快捷支付", "quick payment")),
            Map.entry("AUTO_DEBIT", Label.of("代扣", "direct debit")),
            Map.entry("BANK_POSTING", Label.of("银行记账", "bank posting")),
            // Berka (Czech)
            Map.entry("VKLAD", Label.of("现金存入", "cash deposit")),
            Map.entry("VYBER", Label.of("现金支取", "cash withdrawal")),
            Map.entry("VYBER KARTOU", Label.of("银行卡取现", "card withdrawal")),
            Map.entry("PREVOD Z UCTU", Label.of("他行转入", "collection from another bank")),
            Map.entry("PREVOD NA UCET", Label.of("汇往他行", "remittance to another bank")));

    private static final Map<String, Label> CATEGORIES = Map.ofEntries(
            Map.entry("SALARY", Label.of("工资", "salary")),
            Map.entry("PENSION", Label.of("养老金", "pension")),
            Map.entry("BUSINESS_INCOME", Label.of("经营收入", "business income")),
            Map.entry("SERVICE_INCOME", Label.of("劳务收入", "service income")),
            Map.entry("TRANSFER", Label.of("转账", "transfer")),
            Map.entry("CONSUMPTION", Label.of("消费", "spending")),
            Map.entry("CASH", Label.of("取现", "cash")),
            Map.entry("HOUSING", Label.of("房租/物业", "housing")),
            Map.entry("FAMILY_SUPPORT", Label.of("赡养", "family support")),
            Map.entry("EDUCATION", Label.of("学费", "education")),
            Map.entry("INSURANCE_PREMIUM", Label.of("保费", "insurance premium")),
            Map.entry("LOAN_REPAYMENT", Label.of("还贷", "loan repayment")),
            Map.entry("SAVINGS", Label.of("转出理财/储蓄", "savings")),
            Map.entry("OPENING_DEPOSIT", Label.of("开户存入", "opening deposit")),
            Map.entry("ACCOUNT_CLOSING", Label.of("销户转出", "account closing")),
            Map.entry("PAYROLL", Label.of("代发工资", "payroll")),
            Map.entry("SUPPLIER", Label.of("货款", "supplier payment")),
            Map.entry("TAX", Label.of("税款", "tax")),
            Map.entry("INTEREST", Label.of("结息", "interest")),
            Map.entry("FEE", Label.of("手续费", "fee")),
            Map.entry("PENALTY_INTEREST", Label.of("罚息", "penalty interest")),
            // Berka's k_symbol
            Map.entry("POJISTNE", Label.of("保费", "insurance premium")),
            Map.entry("SLUZBY", Label.of("对账单费用", "statement fee")),
            Map.entry("UROK", Label.of("结息", "interest")),
            Map.entry("SANKC. UROK", Label.of("透支罚息", "penalty interest")),
            Map.entry("SIPO", Label.of("家庭缴费", "household payment")),
            Map.entry("DUCHOD", Label.of("养老金", "pension")),
            Map.entry("UVER", Label.of("还贷", "loan repayment")));

    private static final Map<String, Label> PRODUCT_TYPES = Map.ofEntries(
            Map.entry("DEPOSIT", Label.of("存款", "deposit")),
            Map.entry("TIME_DEPOSIT", Label.of("定期存款", "time deposit")),
            Map.entry("CASH_MANAGEMENT", Label.of("现金管理类理财", "cash management product")),
            Map.entry("WEALTH", Label.of("理财产品", "wealth product")),
            Map.entry("WEALTH_PRODUCT", Label.of("理财产品", "wealth product")),
            Map.entry("WEALTH_NON_GUARANTEED", Label.of("非保本理财产品", "non-guaranteed wealth product")),
            Map.entry("WEALTH_FIXED_INCOME", Label.of("固收类理财", "fixed-income wealth product")),
            Map.entry("FUND", Label.of("基金", "fund")),
            Map.entry("PRIVATE_FUND", Label.of("私募基金", "private fund")),
            Map.entry("STOCK", Label.of("股票", "stock")),
            Map.entry("BOND", Label.of("债券", "bond")),
            Map.entry("STRUCTURED", Label.of("结构性产品", "structured product")),
            Map.entry("INSURANCE", Label.of("保险", "insurance")),
            Map.entry("INVESTMENT_INSURANCE", Label.of("投资连结保险", "investment-linked insurance")),
            Map.entry("INSURANCE_LIFE", Label.of("寿险", "life insurance")),
            Map.entry("INSURANCE_HEALTH", Label.of("健康险", "health insurance")),
            Map.entry("INSURANCE_ACCIDENT", Label.of("意外险", "accident insurance")),
            Map.entry("INSURANCE_ANNUITY", Label.of("年金保险", "annuity insurance")),
            Map.entry("PENSION", Label.of("养老金融产品", "pension product")),
            Map.entry("PRECIOUS_METAL", Label.of("贵金属", "precious metal")),
            Map.entry("DERIVATIVE", Label.of("衍生品", "derivative")),
            Map.entry("TRUST", Label.of("信托", "trust")));

    private BankLabels() {
    }

    /** A transaction's operation in words ("转入", "cash deposit"); null as "—". */
    public static String operation(String code, Language lang) {
        return in(OPERATIONS, code, lang);
    }

    /** A transaction's category in words ("工资", "interest"); null as "—". */
    public static String category(String code, Language lang) {
        return in(CATEGORIES, code, lang);
    }

    /** A product type in words ("非保本理财产品", "fund"); null as "—". */
    public static String productType(String code, Language lang) {
        return in(PRODUCT_TYPES, code, lang);
    }

    private static String in(Map<String, Label> labels, String code, Language lang) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        Label label = labels.get(code.strip());
        return label == null ? code : label.in(lang);
    }
}
