package io.clientlens.app.service;

import io.clientlens.code.Label;
import io.clientlens.service.RequestChannel;
import io.clientlens.service.RequestQueue;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;

import java.time.Instant;
import java.util.List;

/**
 * A service request as staff see it: the customer (name masked), channel, type, how it was dispatched and why, its
 * state and deadline ({@code breached}: the deadline passed while it waited for an answer), the escalation, the
 * follow-up, and on the detail view its history from the audit trail.
 */
public record ServiceRequest(long requestId, String externalRef, String customerId, String customerName, RequestChannel channel,
                             RequestType type, String subject, String description, String source, String serviceClass, boolean classified,
                             RequestQueue queue, boolean priority, String assignedRm, String branchId, RequestState state, Instant respondBy,
                             Instant respondedAt, boolean breached, Instant escalatedAt, String escalatedTo, Instant resolvedAt,
                             Instant closedAt, Integer satisfaction, String followUpNote, Instant followedUpAt, String followedUpBy,
                             Label dispatchReason, String policyVersion, String createdBy, String createdRole, Instant createdAt,
                             List<Event> history) {

    /** One step of the request's history: when, who in which role, what, and why. */
    public record Event(Instant at, String actor, String role, String kind, String outcome, Label reason) {
    }

    public ServiceRequest withHistory(List<Event> events) {
        return new ServiceRequest(requestId, externalRef, customerId, customerName, channel, type, subject, description, source, serviceClass,
                classified, queue, priority, assignedRm, branchId, state, respondBy, respondedAt, breached, escalatedAt, escalatedTo, resolvedAt,
                closedAt, satisfaction, followUpNote, followedUpAt, followedUpBy, dispatchReason, policyVersion, createdBy, createdRole,
                createdAt, List.copyOf(events));
    }
}
