package io.clientlens.service;

import io.clientlens.code.Label;
import io.clientlens.service.ServiceFacts.RiskAssessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The risk assessment that counts (the latest; face-to-face only when the policy says so) expires within the
 * reminder days of the business date, or has expired: an expired assessment blocks new sales. One task per
 * assessment; a newer assessment clears it.
 */
final class AssessmentExpiryRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.ASSESSMENT_EXPIRY;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        Optional<RiskAssessment> counting = facts.riskAssessments().stream()
                .filter(a -> a.faceToFace() || !c.faceToFaceRequired())
                .max(Comparator.comparing(RiskAssessment::assessedOn).thenComparingLong(RiskAssessment::assessmentId));
        if (counting.isEmpty()) {
            return List.of();
        }
        RiskAssessment a = counting.get();
        LocalDate validUntil = a.assessedOn().plusMonths(c.assessmentValidityMonths()).minusDays(1);
        if (c.asOf().isBefore(validUntil.minusDays(c.assessmentReminderDays()))) {
            return List.of();
        }
        boolean expired = c.asOf().isAfter(validUntil);
        var inputs = TaskDue.inputs("assessmentId", a.assessmentId(), "assessedOn", a.assessedOn(), "validUntil", validUntil,
                "validityMonths", c.assessmentValidityMonths(), "reminderDays", c.assessmentReminderDays(),
                "faceToFaceRequired", c.faceToFaceRequired());
        Label reason = expired
                ? Label.of("风险承受能力评估已于 " + validUntil + " 过期（" + a.assessedOn() + " 评估，有效期 " + c.assessmentValidityMonths()
                        + " 个月，过期 " + ChronoUnit.DAYS.between(validUntil, c.asOf()) + " 天）：过期后不能办理新的销售，请邀请客户重新评估",
                "The risk assessment expired on " + validUntil + " (assessed " + a.assessedOn() + ", valid "
                        + c.assessmentValidityMonths() + " months, " + ChronoUnit.DAYS.between(validUntil, c.asOf())
                        + " days ago): no new sales until the customer is reassessed")
                : Label.of("风险承受能力评估将于 " + validUntil + " 到期（" + Texts.when(validUntil, c.asOf()).zh() + "；到期前 "
                        + c.assessmentReminderDays() + " 天起提醒）：请邀请客户重新评估",
                "The risk assessment expires on " + validUntil + " (" + Texts.when(validUntil, c.asOf()).en() + "; reminded from "
                        + c.assessmentReminderDays() + " days before): invite the customer to reassess");
        return List.of(new TaskDue(kind(), facts.customerId(), validUntil,
                TaskDue.key(kind(), facts.customerId(), String.valueOf(a.assessmentId())),
                expired ? "assessmentExpired" : "assessmentExpiring", inputs, reason));
    }
}
