package io.clientlens.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every task rule is computed against: the business date (the as-of date of the classification run),
 * the service policy, and from the suitability policy how long a risk assessment counts, how many days
 * before expiry the reminder starts and whether only face-to-face assessments count.
 */
public record TaskContext(LocalDate asOf, ServicePolicy policy, int assessmentValidityMonths, int assessmentReminderDays,
                          boolean faceToFaceRequired, String currency) {
    public TaskContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(currency, "currency");
    }

    public ServicePolicy.Reminders reminders() {
        return policy.reminders();
    }
}
