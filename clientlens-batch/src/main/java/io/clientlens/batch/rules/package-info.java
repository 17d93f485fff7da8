/**
 * Custom segments (docs/SEGMENTS.md): a versioned rules file of CEL expressions over a customer's
 * features and dimension codes, compiled and type-checked before any customer is evaluated.
 */
package io.clientlens.batch.rules;
