package io.clientlens.app.suitability;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * One stored assessment as services hand it out: who was assessed with which questionnaire, the score and result code,
 * the stored result document (level or type, labels, reasons, flags; see {@link Assessments#result}), the channel, who
 * recorded it and when, and for a risk tolerance assessment the last day it counts.
 */
public record AssessmentView(long assessmentId, String customerId, String questionnaire, String kind, int score, String resultCode,
                             Map<String, Object> result, String channel, String recordedBy, String recordedRole, String assessedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String validUntil, Map<String, Object> answers) {
    public boolean isRiskTolerance() {
        return "RISK_TOLERANCE".equals(kind);
    }
}
