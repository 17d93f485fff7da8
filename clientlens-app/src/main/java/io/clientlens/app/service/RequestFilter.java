package io.clientlens.app.service;

import io.clientlens.service.RequestQueue;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;

/** Which service requests to list; null fields do not filter. {@code openOnly}: not resolved or closed. */
public record RequestFilter(RequestState state, RequestType type, RequestQueue queue, Boolean escalated, boolean openOnly, String customerId) {
    public static final RequestFilter ALL = new RequestFilter(null, null, null, null, false, null);
}
