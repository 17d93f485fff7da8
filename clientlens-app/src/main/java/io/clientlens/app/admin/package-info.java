/**
 * Imports and classification runs that administrators start from the web pages: each runs in the
 * background as a job whose record (who, what, progress, counts, line-level issues) is kept in the
 * table {@code admin_job}. The imports themselves are those of the command line
 * ({@link io.clientlens.app.importing.Imports}, {@link io.clientlens.app.importing.Contributions},
 * {@link io.clientlens.app.suitability.Products}); this package only schedules and records them.
 */
package io.clientlens.app.admin;
