package io.clientlens.classify;

import io.clientlens.importing.IsoDateText;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.QuestionnaireKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A questionnaire assessment on record as classification sees it: which questionnaire kind, the
 * result code (C1…C5, a wealth attitude or social style, or {@code TIE}), where and when it was made.
 */
public record AssessmentOnRecord(QuestionnaireKind kind, String resultCode, Channel channel, LocalDateTime assessedAt) {

    /** The result code of a wealth attitude or social style assessment whose types share the most points. */
    public static final String TIE = "TIE";

    public AssessmentOnRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    public LocalDate assessedOn() {
        return assessedAt.toLocalDate();
    }

    /** The last day it counts: assessed on 10 Jan 2026 with 12 months' validity → 9 Jan 2027. */
    public LocalDate validUntil(int validityMonths) {
        return assessedOn().plusMonths(validityMonths).minusDays(1);
    }

    /**
     * Reads the text both feature queries deliver for one assessment: {@code KIND,CHANNEL,CODE,
     * YYYY-MM-DDTHH:MM:SS}, e.g. {@code RISK_TOLERANCE,BRANCH,C4,2026-03-01T10:15:00}.
     */
    public static AssessmentOnRecord parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("an assessment must read KIND,CHANNEL,CODE,DATE-TIME, was '" + text + "'");
        }
        try {
            LocalDateTime at = IsoDateText.dateTime(parts[3]);
            return new AssessmentOnRecord(QuestionnaireKind.valueOf(parts[0]), parts[2], Channel.valueOf(parts[1]),
                    at != null ? at : LocalDateTime.parse(parts[3]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("an assessment must read KIND,CHANNEL,CODE,DATE-TIME, was '" + text + "'", e);
        }
    }
}
