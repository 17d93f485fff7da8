package io.clientlens.app.audit;

import io.clientlens.classify.Reason;
import io.clientlens.staff.Actor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** One decision as it is kept: who, when, about whom, the inputs, the versions and the reasons. */
public record AuditEntry(String kind, LocalDateTime at, Actor actor, String customerId, String subject, String outcome,
                         String policyVersion, String questionnaireVersion, Map<String, Object> inputs,
                         List<Reason> reasons) {
}
