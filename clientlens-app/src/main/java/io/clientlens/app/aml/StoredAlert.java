package io.clientlens.app.aml;

import io.clientlens.aml.monitor.Alert;

import java.time.Instant;

/** An alert as kept: its id, the monitoring run that raised it and when. */
public record StoredAlert(long alertId, long runId, Instant raisedAt, Alert alert) {
}
