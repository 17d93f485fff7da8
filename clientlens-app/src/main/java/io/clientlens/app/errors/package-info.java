/**
 * Error answers that no controller wrote: problem details under {@code /api/}, a page in both languages elsewhere. Outside
 * {@code io.clientlens.app.web}, whose page advice needs a signed-in user, because errors also reach people who are not.
 */
package io.clientlens.app.errors;
