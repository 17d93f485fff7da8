package io.clientlens.aml;

/**
 * Port: what compliance knows about a customer beyond the profile and the transactions, as inputs of the AML
 * rating (docs/AML.md): an open suspicious-transaction report (STR) case, and a watch-list hit compliance has
 * confirmed. Case management and watch-list screening provide them; until they do, every customer has
 * {@link Flags#NONE}. Implementations answer from a snapshot taken once per run, so a run rates every customer
 * against the same facts.
 */
@FunctionalInterface
public interface ComplianceFlags {

    /** The flags of one customer; {@link Flags#NONE} when compliance knows nothing. */
    Flags of(String customerId);

    /** No customer has a flag. */
    ComplianceFlags NONE = customerId -> Flags.NONE;

    /**
     * @param openSuspiciousReport  a case with a suspicious-transaction report is open: at least HIGH
     * @param confirmedWatchListHit compliance confirmed a match on a sanctions or watch list: PROHIBITED
     */
    record Flags(boolean openSuspiciousReport, boolean confirmedWatchListHit) {
        public static final Flags NONE = new Flags(false, false);

        public boolean any() {
            return openSuspiciousReport || confirmedWatchListHit;
        }
    }
}
