package io.clientlens.app.refusal;

import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a value of a request's field or parameter, or of a command-line option, should look like, in words for people
 * in both languages: the Java type it is read into decides, and its class name is never shown.
 */
public final class ExpectedValue {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);
    private static final Set<Class<?>> DATE_TIMES = Set.of(Instant.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class);

    private static final Label WHOLE_NUMBER = Label.of("整数", "a whole number");
    private static final Label NUMBER = Label.of("数字", "a number");
    private static final Label BOOLEAN = Label.of("true 或 false", "true or false");
    private static final Label DATE = Label.of("有效日期（YYYY-MM-DD，例如 2026-01-31）", "a valid date YYYY-MM-DD (e.g. 2026-01-31)");
    private static final Label DATE_TIME = Label.of("日期时间（ISO 8601，例如 2026-01-31T09:30:00Z）",
            "a date and time in ISO 8601 (e.g. 2026-01-31T09:30:00Z)");
    private static final Label TEXT = Label.of("文本", "text");
    private static final Label LIST = Label.of("列表（JSON 数组 […]）", "a list (a JSON array […])");
    private static final Label OBJECT = Label.of("对象（JSON 对象 {…}）", "an object (a JSON object {…})");

    private ExpectedValue() {
    }

    /** Whether the type is a number, a true/false or one of a set of codes: what {@link #of} words the same anywhere. */
    public static boolean isScalar(Class<?> type) {
        return WHOLE_NUMBERS.contains(type) || NUMBERS.contains(type) || type == boolean.class || type == Boolean.class
                || type.isEnum();
    }

    public static Label of(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return WHOLE_NUMBER;
        }
        if (NUMBERS.contains(type)) {
            return NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (DATE_TIMES.contains(type)) {
            return DATE_TIME;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return TEXT;
        }
        if (type.isEnum()) {
            return oneOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return LIST;
        }
        return OBJECT;
    }

    /** A number too large for its field: the range it must lie in, where the field's type says it. */
    public static Label outOfRange(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return outOfRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return outOfRange(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return Label.of("数字超出范围", "the number is out of range");
    }

    private static Label outOfRange(long min, long max) {
        return Label.of("数字超出范围，应在 " + min + " 至 " + max + " 之间", "the number is out of range: expected " + min + " to " + max);
    }

    private static Label oneOf(List<String> values) {
        return Label.of("以下之一：" + String.join("、", values), "one of " + String.join(", ", values));
    }

    /** "应为整数，而不是“abc”" / "expected a whole number, found 'abc'". */
    public static Label mismatch(Label expected, Label found) {
        return Label.of("应为" + spacedBeforeLatin(expected.zh()) + "，而不是" + found.zh(),
                "expected " + expected.en() + ", found " + found.en());
    }

    /** Chinese text puts a space between a Chinese and a Latin word: 应为 true 或 false. */
    private static String spacedBeforeLatin(String text) {
        return !text.isEmpty() && text.charAt(0) < 0x80 ? " " + text : text;
    }

    /** A value as sent, quoted; long ones cut, since it is echoed to show which value was meant, not to copy back a whole paste. */
    public static Label quoted(String value) {
        int max = 60;
        String shown = value.length() <= max ? value : value.substring(0, max) + "…";
        return Label.of("“" + shown + "”", "'" + shown + "'");
    }
}
