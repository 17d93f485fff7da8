package io.clientlens.aml;

import io.clientlens.customer.CustomerType;
import io.clientlens.policy.AmlPolicy;

import io.clientlens.classify.Amounts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a customer's credits fit who the customer is (docs/AML.md): more than a multiple of the declared annual
 * income (an individual) or of the registered capital (a company), or a large amount for a minor or a very old
 * customer. The rating counts it as a factor; monitoring raises PROFILE_MISMATCH on it.
 */
public final class ProfileConsistency {
    private ProfileConsistency() {
    }

    /** Which test failed: {@code INCOME}, {@code CAPITAL} or {@code AGE}, with the numbers compared. */
    public record Mismatch(String test, BigDecimal credits, BigDecimal declared, BigDecimal multiple, Integer age) {
        /** The amount the credits exceeded (INCOME, CAPITAL) or reached (AGE). */
        public BigDecimal limit(AmlPolicy.ProfileMismatch p) {
            return test.equals("AGE") ? p.ageCredits() : multiple.multiply(declared);
        }

        /** "Credits of … in N days > 3 × declared annual income …", in zh and en; monitoring says the same. */
        public String[] describe(AmlPolicy.ProfileMismatch rule, int windowDays, String currency) {
            Mismatch m = this;
            // e.g. 近 365 天入账 600,001 元 > 3 × 申报年收入 200,000 元
            String credits = "近 " + windowDays + " 天入账 " + Amounts.zh(m.credits(), currency);
            String creditsEn = "Credits of " + Amounts.en(m.credits(), currency) + " in " + windowDays + " days";
            return switch (m.test()) {
                case "INCOME" -> new String[] {credits + " > " + plain(m.multiple()) + " × 申报年收入 " + Amounts.zh(m.declared(), currency),
                        creditsEn + " > " + plain(m.multiple()) + " × declared annual income " + Amounts.en(m.declared(), currency)};
                case "CAPITAL" -> new String[] {credits + " > " + plain(m.multiple()) + " × 注册资本 " + Amounts.zh(m.declared(), currency),
                        creditsEn + " > " + plain(m.multiple()) + " × registered capital " + Amounts.en(m.declared(), currency)};
                default -> new String[] {"年龄 " + m.age() + " 岁（未满 " + rule.minAge() + " 岁或 " + rule.maxAge() + " 岁及以上），"
                        + credits + " ≥ " + Amounts.zh(rule.ageCredits(), currency),
                        "Aged " + m.age() + " (under " + rule.minAge() + " or " + rule.maxAge() + " and over), "
                                + creditsEn.substring(0, 1).toLowerCase(Locale.ROOT) + creditsEn.substring(1) + " ≥ "
                                + Amounts.en(rule.ageCredits(), currency)};
            };
        }
    }

    /**
     * @param declaredIncome    the profile's annual income (sum of its kinds); null or zero: not compared
     * @param registeredCapital a company's registered capital; null or zero: not compared
     * @param age               completed years at as-of; null: not compared
     */
    public static Optional<Mismatch> check(CustomerType type, BigDecimal declaredIncome, BigDecimal registeredCapital,
                                           Integer age, BigDecimal credits, AmlPolicy.ProfileMismatch p) {
        if (type == CustomerType.CORPORATE) {
            if (positive(registeredCapital) && credits.compareTo(p.capitalMultiple().multiply(registeredCapital)) > 0) {
                return Optional.of(new Mismatch("CAPITAL", credits, registeredCapital, p.capitalMultiple(), null));
            }
        } else if (positive(declaredIncome) && credits.compareTo(p.incomeMultiple().multiply(declaredIncome)) > 0) {
            return Optional.of(new Mismatch("INCOME", credits, declaredIncome, p.incomeMultiple(), null));
        }
        if (age != null && (age < p.minAge() || age >= p.maxAge()) && credits.compareTo(p.ageCredits()) >= 0) {
            return Optional.of(new Mismatch("AGE", credits, null, null, age));
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
