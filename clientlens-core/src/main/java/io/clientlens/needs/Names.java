package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.Liability;

/** The names of the analysis' figures in both languages, as the seed tables (表2, 表3, 保险需求诊断表) call them. */
public final class Names {
    public static final Label NET_INCOME = Label.of("净收入", "net income");
    public static final Label EXPENSES = Label.of("支出合计", "expenses");
    public static final Label MONTHLY_DEBT_PAYMENT = Label.of("每月债务偿还额", "monthly debt payments");
    public static final Label DEBT_REPAYMENT = Label.of("年债务偿还额", "annual debt repayment");
    public static final Label OUTFLOW = Label.of("年总支出", "outflow");
    public static final Label SURPLUS = Label.of("年结余", "surplus");
    public static final Label MONTHLY_OUTFLOW = Label.of("每月支出", "monthly outflow");
    public static final Label MONTHLY_NET_INCOME = Label.of("每月税后收入", "monthly net income");
    public static final Label LIQUID_ASSETS = Label.of("流动资产", "liquid assets");
    public static final Label FINANCIAL_ASSETS = Label.of("金融资产", "financial assets");
    public static final Label INVESTMENT_ASSETS = Label.of("投资资产", "investment assets");
    public static final Label TOTAL_ASSETS = Label.of("总资产", "total assets");
    public static final Label LIABILITIES = Label.of("总负债", "liabilities");
    public static final Label NET_ASSETS = Label.of("净资产", "net assets");
    public static final Label FAMILY_LIVING = Label.of("家庭年生活费", "family living expenses");

    private Names() {
    }

    /** Why a figure is missing when a group of the profile document is not on file. */
    public static Label groupMissing(String group) {
        return Label.of(groupZh(group) + "信息缺失（资料中无 " + group + "）", "the " + group + " group is not on file");
    }

    private static String groupZh(String group) {
        return switch (group) {
            case "income" -> "收入";
            case "expenses" -> "支出";
            case "assets" -> "资产";
            case "liabilities" -> "负债";
            case "insurance" -> "保险保障";
            case "birthDate" -> "出生日期";
            default -> group;
        };
    }

    public static Label liabilityKind(Liability.Kind kind) {
        if (kind == null) {
            return Label.of("负债", "liability");
        }
        return switch (kind) {
            case MORTGAGE -> Label.of("房贷", "mortgage");
            case CAR_LOAN -> Label.of("车贷", "car loan");
            case CONSUMER_LOAN -> Label.of("消费贷款", "consumer loan");
            case CREDIT_CARD -> Label.of("信用卡", "credit card");
            case BUSINESS_LOAN -> Label.of("经营贷款", "business loan");
            case OTHER -> Label.of("其他负债", "other liability");
        };
    }
}
