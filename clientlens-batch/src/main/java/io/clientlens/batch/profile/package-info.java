/**
 * The customer profile in files: the JSON profile document of docs/profile.schema.json (one document, an
 * array, or JSON Lines) and flat CSV / Excel tables mapped by column header. Every reader delivers
 * good profiles and reports each bad document, line or cell as an
 * {@link io.clientlens.importing.ImportIssue} naming where it is and what was expected.
 *
 * <p>Identity numbers are read as text, not validated here; the import wires in the identity checks.
 */
package io.clientlens.batch.profile;
