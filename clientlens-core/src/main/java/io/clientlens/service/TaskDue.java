package io.clientlens.service;

import io.clientlens.code.Label;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A task a rule found due for one customer: its kind, due date, the key that makes it unique (kind,
 * customer and the period or thing it is about, so that computing it again finds the same task), the
 * rule that fired, the inputs it used and the reason in Chinese and English.
 */
public record TaskDue(TaskKind kind, String customerId, LocalDate dueOn, String key, String rule,
                      Map<String, String> inputs, Label reason) {
    public TaskDue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** The key of a task: {@code KIND:customer:what}, e.g. {@code BIRTHDAY:C000001:2026}. */
    static String key(TaskKind kind, String customerId, String what) {
        return kind.name() + ":" + customerId + ":" + what;
    }

    /** Inputs as pairs of name and value, in the order given; null values are written as empty text. */
    static Map<String, String> inputs(Object... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value == null ? "" : value instanceof java.math.BigDecimal b ? b.toPlainString() : value.toString());
        }
        return map;
    }
}
