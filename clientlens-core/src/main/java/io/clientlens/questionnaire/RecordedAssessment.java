package io.clientlens.questionnaire;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A scored assessment delivered with a customer's bank data (by the generator), so that the
 * database and the generic file layout hold the same one: who, which questionnaire, where and
 * when, the answers and the result they scored.
 */
public record RecordedAssessment(String assessmentId, String customerId, String questionnaireId, QuestionnaireKind kind,
                                 Channel channel, LocalDateTime assessedAt, Answers answers, Assessed result) {

    public RecordedAssessment {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(assessedAt, "assessedAt");
        if (!(result instanceof RiskToleranceAssessed) && !(result instanceof PersonaAssessed)) {
            throw new IllegalArgumentException("a recorded assessment needs a scored result, was " + result);
        }
    }

    /** The total points: the risk score, or the winning type's points. */
    public int score() {
        return result instanceof RiskToleranceAssessed r ? r.score() : ((PersonaAssessed) result).score();
    }

    /** C1…C5 after any knock-out cap, the winning type, or TIE. */
    public String resultCode() {
        return result instanceof RiskToleranceAssessed r ? r.level().name() : ((PersonaAssessed) result).code();
    }
}
