/**
 * The classification policy as a YAML file (docs/POLICY.md): the shipped default
 * ({@code io/clientlens/policy/policy-v1.yaml}) and a bank's own file, read into the core's
 * {@link io.clientlens.policy.Policy} and checked completely before use.
 */
package io.clientlens.batch.policy;
