package io.clientlens.suitability;

import java.util.Arrays;
import java.util.Optional;

/** Who asked for the product: the bank recommending it, or the customer on their own initiative. */
public enum InitiatedBy {
    BANK, CUSTOMER;

    public static Optional<InitiatedBy> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
