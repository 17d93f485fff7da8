/**
 * Import of the Berka data set (a real Czech bank's anonymised data, PKDD'99): districts,
 * clients, accounts, dispositions, loans, cards and transactions, as data/berka/README.md describes them.
 * {@link io.clientlens.batch.berka.BerkaReader} is the entry point.
 */
package io.clientlens.batch.berka;
