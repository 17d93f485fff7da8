package io.clientlens.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A member of the customer's family. A child is dependent until the policy's independence age
 * unless marked {@code independent}; a parent with {@code annualSupport} &gt; 0 is supported.
 */
public record FamilyMember(
        Relation relation,
        String name,
        LocalDate birthDate,
        BigDecimal annualIncome,
        Boolean independent,
        BigDecimal educationAnnualCost,
        BigDecimal annualSupport,
        String healthStatus) {

    public enum Relation { SPOUSE, CHILD, PARENT, OTHER }

    public boolean isChild() {
        return relation == Relation.CHILD;
    }

    public boolean markedIndependent() {
        return Boolean.TRUE.equals(independent);
    }

    public boolean isSupportedParent() {
        return relation == Relation.PARENT && annualSupport != null && annualSupport.signum() > 0;
    }
}
