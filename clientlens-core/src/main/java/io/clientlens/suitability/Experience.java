package io.clientlens.suitability;

import io.clientlens.classify.Reason;

/**
 * The customer's investment experience and where it came from: the latest classification run
 * ({@code CLASSIFICATION}), or the classification rule applied to the KYC profile and the holdings
 * at the bank when the customer was not classified yet ({@code PROFILE}).
 */
public record Experience(boolean experienced, Source source, Reason reason) {
    public enum Source { CLASSIFICATION, PROFILE }

    public String code() {
        return experienced ? "EXPERIENCED" : "INEXPERIENCED";
    }
}
