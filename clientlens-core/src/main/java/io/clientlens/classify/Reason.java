package io.clientlens.classify;

import io.clientlens.code.Label;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why a result is what it is: the rule that fired, in Chinese and English.
 *
 * <p>The texts of a deferred reason are composed when first read, not when the rule decides: a batch run keeps
 * only the fired rule's id (and the inputs) and renders the texts on demand, so composing them for every
 * customer would be work thrown away. Composition is pure, so two threads reading at once at worst compose the
 * same texts twice. Equality, hash and text are those of the rendered reason, as for a record of the three.
 */
public final class Reason {
    private final String rule;
    private final Supplier<Label> compose;
    private volatile Label texts;

    public Reason(String rule, String zh, String en) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.texts = Label.of(zh, en);
        this.compose = null;
    }

    private Reason(String rule, Supplier<Label> compose) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.compose = Objects.requireNonNull(compose, "compose");
    }

    /** A reason whose zh/en texts are composed only when somebody reads them. */
    public static Reason deferred(String rule, Supplier<Label> compose) {
        return new Reason(rule, compose);
    }

    public String rule() {
        return rule;
    }

    public String zh() {
        return texts().zh();
    }

    public String en() {
        return texts().en();
    }

    private Label texts() {
        Label t = texts;
        if (t == null) {
            t = Objects.requireNonNull(compose.get(), "texts");
            texts = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && rule.equals(r.rule) && texts().equals(r.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, zh(), en());
    }

    @Override
    public String toString() {
        return "Reason[rule=" + rule + ", zh=" + zh() + ", en=" + en() + "]";
    }
}
