package io.clientlens.aml;

import io.clientlens.customer.CustomerType;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
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

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
