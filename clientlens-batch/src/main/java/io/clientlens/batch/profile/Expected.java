package io.clientlens.batch.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** What a field or cell should hold, said in both languages for problem messages. */
record Expected(String zh, String en) {

    static final Expected AMOUNT = new Expected("不小于 0 的数字", "a number ≥ 0");
    static final Expected WHOLE_NUMBER = new Expected("不小于 0 的整数", "a whole number ≥ 0");
    static final Expected BOOLEAN = new Expected("true 或 false", "true or false");
    static final Expected DATE = new Expected("日期 yyyy-MM-dd", "a date yyyy-MM-dd");
    static final Expected TEXT = new Expected("文本", "text");
    static final Expected ARRAY = new Expected("数组", "an array");
    static final Expected OBJECT = new Expected("对象", "an object");

    static Expected oneOf(Collection<String> codes) {
        String list = String.join(", ", codes);
        return new Expected("以下之一：" + list, "one of " + list);
    }

    static Expected codesOf(Class<?> enumType) {
        return oneOf(Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    /** The expectation for a Java type the profile document binds onto. */
    static Expected forType(Class<?> type) {
        if (type.isEnum()) {
            return codesOf(type);
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return AMOUNT;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == BigInteger.class) {
            return WHOLE_NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == String.class) {
            return TEXT;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return ARRAY;
        }
        return OBJECT;
    }
}
