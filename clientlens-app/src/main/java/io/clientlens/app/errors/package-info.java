/**
 * Error answers: problem details under {@code /api/}, a page in both languages elsewhere, for whoever produced the error
 * (the container's valve writes them before Spring is reached; {@code web.ErrorPages} answers the container's error
 * dispatch and shows the same texts in the site layout).
 */
package io.clientlens.app.errors;
