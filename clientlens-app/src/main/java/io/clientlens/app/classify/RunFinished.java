package io.clientlens.app.classify;

/**
 * Published when a classification run has been committed: what is kept between pages about the data (its currency,
 * for one) is read again afterwards.
 */
public record RunFinished(long runId) {
}
