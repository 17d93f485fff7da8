package io.clientlens.needs;

import io.clientlens.code.Label;

/** The three qualities a product is matched on (流动性、收益性、安全性). */
public enum ProductPreference {
    LIQUIDITY(Label.of("流动性", "Liquidity")),
    YIELD(Label.of("收益性", "Yield")),
    SAFETY(Label.of("安全性", "Safety"));

    private final Label label;

    ProductPreference(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
