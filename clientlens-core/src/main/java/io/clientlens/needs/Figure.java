package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.FactGroup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One amount of the analysis with how it was obtained: the profile field it was read from, or the
 * arithmetic over other figures with their values ("工资 300,000 + 投资 10,000 = 310,000"). When the
 * amount cannot be known, {@code amount} is null and {@code workings} says why.
 *
 * <p>The workings are composed when first read: the demand class of every customer in a batch run needs the
 * gaps' amounts, not their sums written out. Composition is pure, so a race composes the same text twice at
 * worst. Equality, hash and text are those of the composed figure, as for a record of the four.
 */
public final class Figure {
    private final String code;
    private final Label name;
    private final BigDecimal amount;
    private final Supplier<Label> compose;
    private volatile Label workings;

    private Figure(String code, Label name, BigDecimal amount, Label workings, Supplier<Label> compose) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.amount = amount;
        this.workings = workings;
        this.compose = compose;
    }

    public static Figure known(String code, Label name, BigDecimal amount, Label workings) {
        return new Figure(code, name, Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(workings, "workings"), null);
    }

    /** A known amount whose workings are written out only when read. */
    static Figure known(String code, Label name, BigDecimal amount, Supplier<Label> workings) {
        return new Figure(code, name, Objects.requireNonNull(amount, "amount"), null, Objects.requireNonNull(workings, "workings"));
    }

    public static Figure missing(String code, Label name, Label reason) {
        return new Figure(code, name, null, Objects.requireNonNull(reason, "workings"), null);
    }

    /** A missing amount whose reason is another figure's, read only when asked for. */
    static Figure missing(String code, Label name, Supplier<Label> reason) {
        return new Figure(code, name, null, null, Objects.requireNonNull(reason, "workings"));
    }

    /**
     * A value read from the profile document at {@code field} (a missing field counts as 0, as in every sum of the
     * profile). The workings name it as the profile form does, by its group and name ("客户资料 · 收入 · 工资收入"), not by
     * the document's path, which only an integrator knows.
     */
    public static Figure input(String code, Label name, BigDecimal value, String field) {
        return known(code, name, value == null ? BigDecimal.ZERO : value, () -> {
            Label group = profileGroup(field);
            return Label.of("客户资料 · " + group.zh() + " · " + name.zh() + (value == null ? "（未填，按 0 计）" : ""),
                    "profile · " + group.en() + " · " + name.en() + (value == null ? " (empty, counted as 0)" : ""));
        });
    }

    /** The profile form's group of a document path ("income.salary" → 收入 / Income); the path itself when none holds it. */
    private static Label profileGroup(String field) {
        String key = field.substring(0, Math.max(0, field.indexOf('.')));
        return Arrays.stream(FactGroup.values()).filter(g -> g.key().equals(key)).findFirst().map(FactGroup::label)
                .orElse(Label.of(field, field));
    }

    /** A constant of the policy, named by its key. */
    public static Figure policy(String code, Label name, BigDecimal value, String key) {
        return known(code, name, value, () -> Label.of("政策 needs." + key, "policy needs." + key));
    }

    public String code() {
        return code;
    }

    public Label name() {
        return name;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Label workings() {
        Label w = workings;
        if (w == null) {
            w = Objects.requireNonNull(compose.get(), "workings");
            workings = w;
        }
        return w;
    }

    public boolean isKnown() {
        return amount != null;
    }

    /** The same figure under another code and name, keeping its value and workings. */
    public Figure as(String newCode, Label newName) {
        return new Figure(newCode, newName, amount, workings, compose == null ? null : this::workings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && code.equals(f.code) && name.equals(f.name) && Objects.equals(amount, f.amount)
                && workings().equals(f.workings());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, amount, workings());
    }

    @Override
    public String toString() {
        return "Figure[code=" + code + ", name=" + name + ", amount=" + amount + ", workings=" + workings() + "]";
    }
}
