package io.clientlens.app.audit;

import java.util.List;
import java.util.Map;

/** One record of the append-only trail as read back: what, when, who in which role, about whom, the outcome and why. */
public record AuditRecord(long recordId, String kind, String at, String actor, String role, String customerId, String subject,
                          String outcome, String policyVersion, String questionnaireVersion, Map<String, Object> inputs,
                          List<Object> reasons) {
}
