/**
 * A deterministic generator of a realistic Chinese retail-bank customer base (KYC profiles,
 * accounts, links, loans, cards, holdings and transactions) for the demo and for benchmarks,
 * and {@link io.clientlens.batch.generate.GenericLayoutWriter}, which writes any
 * {@link io.clientlens.bank.BankDataSink} stream in the generic file layout
 * ({@code docs/generic-layout.md}).
 *
 * <p>Every customer is generated from its own random stream, derived from the seed and the
 * customer's index only, so a customer's data never depends on the others and generation can be
 * split across threads or machines without changing the output.
 */
package io.clientlens.batch.generate;
