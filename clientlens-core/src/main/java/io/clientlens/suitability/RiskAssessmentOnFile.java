package io.clientlens.suitability;

import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.RiskLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stored risk tolerance assessment as the suitability check sees it. */
public record RiskAssessmentOnFile(long assessmentId, String questionnaireId, RiskLevel level, Channel channel,
                                   LocalDateTime assessedAt) {

    /** The last day it counts: assessed on 10 Jan 2026 with 12 months' validity → 9 Jan 2027. */
    public LocalDate validUntil(int validityMonths) {
        return assessedAt.toLocalDate().plusMonths(validityMonths).minusDays(1);
    }

    public boolean expiredOn(LocalDate day, int validityMonths) {
        return day.isAfter(validUntil(validityMonths));
    }

    /** Reminders start {@code reminderDays} before the last valid day (docs/SUITABILITY.md). */
    public boolean reminderDueOn(LocalDate day, int validityMonths, int reminderDays) {
        LocalDate until = validUntil(validityMonths);
        return !day.isAfter(until) && !day.isBefore(until.minusDays(reminderDays));
    }
}
