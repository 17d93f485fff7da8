/**
 * Identity data (docs/SECURITY.md): value objects that check themselves against their standards
 * (resident ID GB 11643, USCC GB 32100, mobile, bank card with Luhn), bilingual reasons when they
 * do not, the identity check of a whole profile, and masking for display (JR/T 0171).
 */
package io.clientlens.identity;
