package io.clientlens.app.service;

/**
 * A service request as entered or imported, as text (checked by {@link ServiceRequests}); {@code externalRef} is an
 * import's own reference (re-importing finds the request), {@code createdAt} an import's time (ISO 8601; default now).
 */
public record NewRequest(String customerId, String channel, String type, String subject, String description, String externalRef,
                         String createdAt) {
    public NewRequest(String customerId, String channel, String type, String subject, String description) {
        this(customerId, channel, type, subject, description, null, null);
    }
}
