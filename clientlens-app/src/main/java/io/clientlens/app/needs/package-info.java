/**
 * Needs analysis in the application: the diagnosis of a stored profile, the needs register on
 * PostgreSQL, the printable report (HTML and PDF). The acting user and role of the register are
 * the signed-in user on the server and the CLI options {@code --user} / {@code --role} on the
 * command line (run by the machine's operator).
 */
package io.clientlens.app.needs;
