package io.clientlens.batch.profile;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Identity;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.TypedAmount;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How a table cell becomes a profile value. {@link #parse} gives null when the cell cannot be
 * read as this type; the caller then reports the value and {@link #expected()}.
 */
enum ColumnType {
    TEXT(new Expected("文本", "text"), ColumnType::text),
    AMOUNT(new Expected("不小于 0 的金额，如 300000、300,000.50、30万 或 1.5万元", "an amount ≥ 0 such as 300000, 300,000.50, 30万 or 1.5万元"),
            ColumnType::amount),
    COUNT(new Expected("不小于 0 的整数", "a whole number ≥ 0"), ColumnType::count),
    DATE(new Expected("日期 yyyy-MM-dd（也可 yyyy/M/d、yyyyMMdd、yyyy年M月d日）",
            "a date yyyy-MM-dd (or yyyy/M/d, yyyyMMdd, yyyy年M月d日)"), ColumnType::date),
    BOOLEAN(new Expected("是/否、true/false、Y/N 或 1/0", "true/false, 是/否, Y/N or 1/0"), ColumnType::bool),
    GENDER(new Expected("M/F 或 男/女", "M/F or 男/女"), cell -> code(cell, Map.of("男", Gender.M, "女", Gender.F), Gender.class)),
    MARITAL_STATUS(new Expected("SINGLE, MARRIED, PARTNERED, DIVORCED, WIDOWED 或 未婚/已婚/同居/离异/丧偶",
            "SINGLE, MARRIED, PARTNERED, DIVORCED, WIDOWED or 未婚/已婚/同居/离异/丧偶"),
            cell -> code(cell, Map.of("未婚", MaritalStatus.SINGLE, "已婚", MaritalStatus.MARRIED,
                    "同居", MaritalStatus.PARTNERED, "离异", MaritalStatus.DIVORCED, "丧偶", MaritalStatus.WIDOWED),
                    MaritalStatus.class)),
    CUSTOMER_TYPE(new Expected("INDIVIDUAL/CORPORATE 或 个人/企业", "INDIVIDUAL/CORPORATE or 个人/企业"),
            cell -> code(cell, Map.of("个人", CustomerType.INDIVIDUAL, "个人客户", CustomerType.INDIVIDUAL,
                    "企业", CustomerType.CORPORATE, "企业客户", CustomerType.CORPORATE), CustomerType.class)),
    SOURCE(new Expected("ACCOUNT_OPENING, QUESTIONNAIRE, INTERVIEW, PHONE, DATA_MINING, IMPORT 或 开户资料/调查问卷/面谈沟通/电话沟通/数据挖掘/导入",
            "ACCOUNT_OPENING, QUESTIONNAIRE, INTERVIEW, PHONE, DATA_MINING, IMPORT or 开户资料/调查问卷/面谈沟通/电话沟通/数据挖掘/导入"),
            cell -> code(cell, Map.of("开户资料", FactSource.Channel.ACCOUNT_OPENING, "调查问卷", FactSource.Channel.QUESTIONNAIRE,
                    "面谈沟通", FactSource.Channel.INTERVIEW, "电话沟通", FactSource.Channel.PHONE,
                    "数据挖掘", FactSource.Channel.DATA_MINING, "导入", FactSource.Channel.IMPORT), FactSource.Channel.class)),
    LIST(new Expected("以分号分隔的值，如 FUND;STOCK", "values separated by ; such as FUND;STOCK"), ColumnType::list),
    SHARE(new Expected("0 至 1 之间的比例，如 0.25 或 25%", "a fraction from 0 to 1 such as 0.25, or 25%"), ColumnType::share),
    PEP(new Expected("FOREIGN, DOMESTIC, INTERNATIONAL_ORG, ASSOCIATE, NONE 或 外国政要/国内政要/国际组织高管/政要关系人/非政要",
            "FOREIGN, DOMESTIC, INTERNATIONAL_ORG, ASSOCIATE, NONE or 外国政要/国内政要/国际组织高管/政要关系人/非政要"),
            cell -> code(cell, Map.of("外国政要", Pep.FOREIGN, "国内政要", Pep.DOMESTIC, "国际组织高管", Pep.INTERNATIONAL_ORG,
                    "政要关系人", Pep.ASSOCIATE, "非政要", Pep.NONE), Pep.class)),
    IDENTITY_METHOD(new Expected("ONLINE_CHECK, DOCUMENT, FACE_RECOGNITION, BANK_ACCOUNT, BUSINESS_REGISTRY, OTHER 或 联网核查/证件核对/人脸识别/他行账户验证/企业登记核查/其他",
            "ONLINE_CHECK, DOCUMENT, FACE_RECOGNITION, BANK_ACCOUNT, BUSINESS_REGISTRY, OTHER or 联网核查/证件核对/人脸识别/他行账户验证/企业登记核查/其他"),
            cell -> code(cell, Map.of("联网核查", Identity.Method.ONLINE_CHECK, "证件核对", Identity.Method.DOCUMENT,
                    "人脸识别", Identity.Method.FACE_RECOGNITION, "他行账户验证", Identity.Method.BANK_ACCOUNT,
                    "企业登记核查", Identity.Method.BUSINESS_REGISTRY, "其他", Identity.Method.OTHER), Identity.Method.class)),
    ONBOARDING(new Expected("FACE_TO_FACE, NON_FACE_TO_FACE 或 面对面/非面对面", "FACE_TO_FACE, NON_FACE_TO_FACE or 面对面/非面对面"),
            cell -> code(cell, Map.of("面对面", Onboarding.FACE_TO_FACE, "非面对面", Onboarding.NON_FACE_TO_FACE), Onboarding.class));

    /**
     * Excel keeps 15 significant digits; an 18-digit ID number stored as a number has already
     * lost its last digits, so a number this long cannot be the text it stands for.
     */
    private static final BigDecimal LONGER_THAN_EXCEL_KEEPS = BigDecimal.TEN.pow(15);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu年M月d日"));
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "是", true, "否", false,
            "y", true, "n", false, "yes", true, "no", false, "1", true, "0", false);

    private final Expected expected;
    private final Function<Cell, Object> parser;

    ColumnType(Expected expected, Function<Cell, Object> parser) {
        this.expected = expected;
        this.parser = parser;
    }

    Expected expected() {
        return expected;
    }

    Object parse(Cell cell) {
        return parser.apply(cell);
    }

    private static Object text(Cell cell) {
        if (cell instanceof Cell.Numeric n && n.value().abs().compareTo(LONGER_THAN_EXCEL_KEEPS) >= 0) {
            return null;
        }
        return cell.text();
    }

    /** A number cell as it is; a text cell as a person types an amount ({@link TypedAmount}: 300,000.50, 30万). */
    private static BigDecimal amount(Cell cell) {
        BigDecimal value = null;
        if (cell instanceof Cell.Numeric n) {
            value = n.value();
        } else if (cell instanceof Cell.Text t && TypedAmount.parse(t.text()) instanceof TypedAmount.Result.Read read) {
            value = read.amount();
        }
        return value == null || value.signum() < 0 ? null : value;
    }

    private static Integer count(Cell cell) {
        BigDecimal value = null;
        if (cell instanceof Cell.Numeric n) {
            value = n.value();
        } else if (cell instanceof Cell.Text t) {
            value = decimal(t.text().replace(",", ""));
        }
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    private static LocalDate date(Cell cell) {
        if (cell instanceof Cell.Date d) {
            return d.value();
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(cell.text(), format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeException notThisFormat) {
                // try the next format
            }
        }
        return null;
    }

    private static Boolean bool(Cell cell) {
        return cell instanceof Cell.Bool b ? b.value() : BOOLEANS.get(cell.text().toLowerCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> E code(Cell cell, Map<String, E> chinese, Class<E> type) {
        String text = cell.text();
        E byChinese = chinese.get(text);
        if (byChinese != null) {
            return byChinese;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text))
                .findFirst().orElse(null);
    }

    /** 0.25 or 25%: a fraction of the whole, never above it. */
    private static BigDecimal share(Cell cell) {
        BigDecimal value = null;
        if (cell instanceof Cell.Numeric n) {
            value = n.value();
        } else if (cell instanceof Cell.Text t) {
            String text = t.text().strip();
            value = text.endsWith("%") ? decimal(text.substring(0, text.length() - 1).strip()) : decimal(text);
            value = value != null && text.endsWith("%") ? value.movePointLeft(2) : value;
        }
        return value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 ? null : value;
    }

    private static List<String> list(Cell cell) {
        return Arrays.stream(cell.text().split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
