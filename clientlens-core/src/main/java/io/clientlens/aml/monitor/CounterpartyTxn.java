package io.clientlens.aml.monitor;

/** A transaction with the counterparty it was with: the other party's bank and account, as one key. */
public record CounterpartyTxn(TxnRef txn, String counterparty) {
}
