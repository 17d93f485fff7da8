package io.clientlens.needs;

import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount of the analysis with how it was obtained: the profile field it was read from, or the
 * arithmetic over other figures with their values ("工资 300,000 + 投资 10,000 = 310,000"). When the
 * amount cannot be known, {@code amount} is null and {@code workings} says why.
 */
public record Figure(String code, Label name, BigDecimal amount, Label workings) {

    public Figure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workings, "workings");
    }

    public static Figure known(String code, Label name, BigDecimal amount, Label workings) {
        return new Figure(code, name, Objects.requireNonNull(amount, "amount"), workings);
    }

    public static Figure missing(String code, Label name, Label reason) {
        return new Figure(code, name, null, reason);
    }

    /** A value read from the profile document at {@code field} (a missing field counts as 0, as in every sum of the profile). */
    public static Figure input(String code, Label name, BigDecimal value, String field) {
        return known(code, name, value == null ? BigDecimal.ZERO : value,
                Label.of("资料字段 " + field + (value == null ? "（未填，按 0 计）" : ""),
                        "profile field " + field + (value == null ? " (empty, counted as 0)" : "")));
    }

    /** A constant of the policy, named by its key. */
    public static Figure policy(String code, Label name, BigDecimal value, String key) {
        return known(code, name, value, Label.of("政策 needs." + key, "policy needs." + key));
    }

    public boolean isKnown() {
        return amount != null;
    }

    /** The same figure under another code and name, keeping its value and workings. */
    public Figure as(String newCode, Label newName) {
        return new Figure(newCode, newName, amount, workings);
    }
}
