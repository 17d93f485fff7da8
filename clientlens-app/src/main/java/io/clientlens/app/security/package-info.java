/**
 * Users, sign-in (bearer tokens for the REST API, a form for the web pages), roles and the
 * customer scope of each user (docs/SECURITY.md). See docs/SECURITY.md for the matrix and the checklist.
 */
package io.clientlens.app.security;
