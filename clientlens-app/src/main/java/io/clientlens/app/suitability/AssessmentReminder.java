package io.clientlens.app.suitability;

/** A customer whose latest counting risk assessment expires soon ({@code expired} false) or has expired. */
public record AssessmentReminder(String customerId, long assessmentId, String riskLevel, String validUntil, boolean expired) {
}
