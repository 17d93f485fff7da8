/**
 * Needs analysis in the application: the diagnosis of a stored profile, the needs register on
 * PostgreSQL, the printable report (HTML and PDF). The acting user and role of the register come
 * provisionally from the request headers {@code X-ClientLens-User} / {@code X-ClientLens-Role}
 * and the CLI options {@code --user} / {@code --role}; the security issue replaces that source.
 */
package io.clientlens.app.needs;
