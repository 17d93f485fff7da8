package io.clientlens.needs;

import io.clientlens.classify.Amounts;
import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The few operations the analysis needs, each writing its workings with the numbers used so that
 * a reader can redo the sum by hand. A missing operand makes the result missing with the
 * operand's reason; nothing divides by zero.
 */
final class Arithmetic {
    static final int RATIO_SCALE = 4;

    private Arithmetic() {
    }

    /** A term of a sum with its sign. */
    record Term(Figure figure, boolean minus) {
        static Term plus(Figure f) {
            return new Term(f, false);
        }

        static Term minus(Figure f) {
            return new Term(f, true);
        }
    }

    static Figure sum(String code, Label name, List<Figure> figures) {
        // loops, not streams, here and below: every customer of a batch run computes some thirty of these
        Term[] terms = new Term[figures.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = Term.plus(figures.get(i));
        }
        return combine(code, name, List.of(terms));
    }

    static Figure difference(String code, Label name, Figure a, Figure b) {
        return combine(code, name, List.of(Term.plus(a), Term.minus(b)));
    }

    static Figure combine(String code, Label name, List<Term> terms) {
        for (Term t : terms) {
            if (!t.figure().isKnown()) {
                return Figure.missing(code, name, because(t.figure()));
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            total = t.minus() ? total.subtract(t.figure().amount()) : total.add(t.figure().amount());
        }
        BigDecimal sum = total;
        return Figure.known(code, name, sum, () -> Label.of(written(terms, true) + " = " + plain(sum),
                written(terms, false) + " = " + plain(sum)));
    }

    /** The terms of a sum written out with their names and values: "工资 300,000 + 投资 10,000". */
    private static String written(List<Term> terms, boolean zh) {
        if (terms.isEmpty()) {
            return zh ? "无" : "none";
        }
        StringBuilder text = new StringBuilder();
        for (Term t : terms) {
            boolean first = text.length() == 0;
            String op = t.minus() ? (first ? "−" : " − ") : (first ? "" : " + ");
            Label termName = t.figure().name();
            text.append(op).append(zh ? termName.zh() : termName.en()).append(' ').append(plain(t.figure().amount()));
        }
        return text.toString();
    }

    /** {@code a × factor}, where the factor is named ("12 个月", "support years 5"). */
    static Figure times(String code, Label name, Figure a, Figure factor) {
        Optional<Figure> missing = firstMissing(List.of(a, factor));
        if (missing.isPresent()) {
            return Figure.missing(code, name, because(missing.get()));
        }
        BigDecimal value = a.amount().multiply(factor.amount());
        return Figure.known(code, name, value, () -> Label.of(
                a.name().zh() + " " + plain(a.amount()) + " × " + factor.name().zh() + " " + plain(factor.amount()) + " = " + plain(value),
                a.name().en() + " " + plain(a.amount()) + " × " + factor.name().en() + " " + plain(factor.amount()) + " = " + plain(value)));
    }

    /** {@code a ÷ divisor} for a divisor known to be positive (12 months), money kept to the fen. */
    static Figure dividedBy(String code, Label name, Figure a, int divisor, Label divisorName) {
        if (!a.isKnown()) {
            return Figure.missing(code, name, because(a));
        }
        BigDecimal value = a.amount().divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
        return Figure.known(code, name, value, () -> Label.of(
                a.name().zh() + " " + plain(a.amount()) + " ÷ " + divisor + " " + divisorName.zh() + " = " + plain(value),
                a.name().en() + " " + plain(a.amount()) + " ÷ " + divisor + " " + divisorName.en() + " = " + plain(value)));
    }

    /** {@code max(0, a)}: a gap is never negative. */
    static Figure notBelowZero(String code, Label name, Figure a) {
        if (!a.isKnown()) {
            return Figure.missing(code, name, a::workings);
        }
        BigDecimal value = a.amount().max(BigDecimal.ZERO);
        return Figure.known(code, name, value, () -> Label.of(
                "max(0, " + a.workings().zh() + ") = " + plain(value),
                "max(0, " + a.workings().en() + ") = " + plain(value)));
    }

    static Figure number(String code, Label name, long value, Label workings) {
        return Figure.known(code, name, BigDecimal.valueOf(value), workings);
    }

    static Optional<Figure> firstMissing(List<Figure> figures) {
        for (Figure f : figures) {
            if (!f.isKnown()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A result that needs a missing operand is missing for the operand's root reason ("收入信息缺失"), not a chain of them. */
    static Supplier<Label> because(Figure missing) {
        return missing::workings;
    }

    static String plain(BigDecimal amount) {
        return Amounts.plain(amount);
    }

    static String ratio(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The present value of {@code annual} paid for {@code years} years at {@code rate}:
     * annual × (1 − (1 + rate)^−years) / rate, which is annual × years when the rate is 0.
     */
    static Figure presentValue(String code, Label name, Figure annual, Figure years, BigDecimal rate) {
        if (rate.signum() == 0) {
            return times(code, name, annual, years);
        }
        Optional<Figure> missing = firstMissing(List.of(annual, years));
        if (missing.isPresent()) {
            return Figure.missing(code, name, because(missing.get()));
        }
        int n = years.amount().intValueExact();
        java.math.MathContext mc = java.math.MathContext.DECIMAL64;
        BigDecimal factor = n == 0 ? BigDecimal.ZERO
                : BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.ONE.add(rate).pow(n, mc), mc)).divide(rate, mc);
        BigDecimal value = annual.amount().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        return Figure.known(code, name, value, () -> Label.of(
                annual.name().zh() + " " + plain(annual.amount()) + " 按折现率 " + rate.stripTrailingZeros().toPlainString() + " 折现 " + n + " 年（年金现值系数 "
                        + factor.setScale(4, RoundingMode.HALF_UP) + "）= " + plain(value),
                annual.name().en() + " " + plain(annual.amount()) + " for " + n + " years discounted at " + rate.stripTrailingZeros().toPlainString()
                        + " (annuity factor " + factor.setScale(4, RoundingMode.HALF_UP) + ") = " + plain(value)));
    }
}
