package io.clientlens.customer;

import java.math.BigDecimal;

/** Insurance in force. */
public record Insurance(BigDecimal lifeCover, BigDecimal criticalIllnessCover, Boolean medical,
                        BigDecimal accidentCover, BigDecimal socialSecurityDeathBenefit, BigDecimal pensionAnnual) {
}
