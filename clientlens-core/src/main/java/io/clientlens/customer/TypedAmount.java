package io.clientlens.customer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as a person types it into a form, a request or a spreadsheet cell, read the
 * same way everywhere (docs/USER-GUIDE.md, "Amounts"): plain or with thousands separators
 * ({@code 1000000}, {@code 1,000,000}, {@code 1000000.00}), in 万 or 亿 ({@code 100万}, {@code 1.5万},
 * {@code 2亿}), with an optional {@code 元} and {@code ¥}, in full-width characters too
 * ({@code １，０００，０００}). At most two decimals after the unit is applied (the fen), never negative,
 * below 10^16 (what an amount column holds). Anything else is refused with the reason in zh and en.
 */
public final class TypedAmount {
    /** What every refusal says is expected. */
    public static final String EXPECTED_ZH = "应为金额，如 1000000、1,000,000、1000000.00、100万 或 1.5万元";
    public static final String EXPECTED_EN = "expected an amount such as 1000000, 1,000,000, 1000000.00, 100万 or 1.5万元";

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final int MAX_LENGTH = 40;
    // sign, digits (grouped or not), fraction, unit: each part checked separately below for a precise reason
    private static final Pattern SHAPE = Pattern.compile("([-+]?)([0-9][0-9,]*)(?:\\.([0-9]+))?\\s*(万|亿)?\\s*(元)?");
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?\\s*(万|亿)?\\s*(元)?");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");

    private TypedAmount() {
    }

    /** The outcome of reading one typed amount. */
    public sealed interface Result {
        /** The amount; its scale is as typed (1000000.00 keeps its two decimals), at most 2. */
        record Read(BigDecimal amount) implements Result {
        }

        /** Not an amount: why, in zh and en, each ending with what is expected and what was found. */
        record Refused(String zh, String en) implements Result {
            /** The refusal as the problem of one field (a form field, a request member, a column). */
            public FieldProblem problem(String field) {
                return new FieldProblem(field, zh, en);
            }
        }
    }

    /** Reads {@code text}; null or blank is refused (a caller for which blank means "none" checks that first). */
    public static Result parse(String text) {
        return parse(text, LIMIT);
    }

    /**
     * Reads {@code text} as {@link #parse(String)} and refuses an amount at or above {@code max} (the policy's
     * {@code validation.maxAmount}), naming that range.
     */
    public static Result parse(String text, BigDecimal max) {
        BigDecimal bound = max.min(LIMIT);
        if (text == null || text.isBlank()) {
            return refused("未填写", "nothing was entered", text);
        }
        if (text.length() > MAX_LENGTH) {
            String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
            return LONG_NUMBER.matcher(t).matches() ? tooLarge(bound, text.substring(0, MAX_LENGTH) + "…")
                    : refused("内容过长", "too long", text.substring(0, MAX_LENGTH) + "…");
        }
        // NFKC turns full-width digits, comma, full stop, yen sign and space into their ASCII forms
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (t.startsWith("¥")) {
            t = t.substring(1).strip();
        }
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return refused("不是金额", "not an amount", text);
        }
        if (m.group(1).equals("-")) {
            return refused("不能为负数", "must not be negative", text);
        }
        String digits = m.group(2);
        if (digits.indexOf(',') >= 0) {
            if (!GROUPED.matcher(digits).matches()) {
                return refused("千位分隔符应每三位一个（如 1,000,000）", "thousands separators go every three digits (1,000,000)", text);
            }
            digits = digits.replace(",", "");
        }
        String fraction = m.group(3);
        BigDecimal amount = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        String unit = m.group(4);
        if (unit != null) {
            amount = amount.multiply(unit.equals("万") ? WAN : YI);
            amount = amount.scale() > 0 ? amount.stripTrailingZeros() : amount;
            amount = amount.scale() < 0 ? amount.setScale(0) : amount;
        }
        if (amount.scale() > 2) {
            return refused("最多精确到分（两位小数）", "at most two decimals (the fen)", text);
        }
        if (amount.compareTo(bound) >= 0) {
            return tooLarge(bound, text);
        }
        return new Result.Read(amount);
    }

    private static Result.Refused tooLarge(BigDecimal bound, String found) {
        String max = String.format("%,d", bound.toBigInteger());
        return refused("金额过大，应小于 " + max + " 元", "too large: must be less than " + max, found);
    }

    private static Result.Refused refused(String zh, String en, String found) {
        String shown = found == null ? "" : found.strip();
        return new Result.Refused(zh + "；" + EXPECTED_ZH + "，实为“" + shown + "”",
                en + "; " + EXPECTED_EN + ", found '" + shown + "'");
    }
}
