/**
 * Suitability (适当性, docs/SUITABILITY.md): products, the named rules that decide whether a product may
 * be sold to a customer, the steps that clear a sale that needs more (written confirmation,
 * override document, supervisor review, second approval), the risk disclosure and the check of
 * the copied-out confirmation sentence. Pure functions of facts and policy.
 */
package io.clientlens.suitability;
