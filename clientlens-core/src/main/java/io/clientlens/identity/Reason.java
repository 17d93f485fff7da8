package io.clientlens.identity;

/** Why a value is invalid, in both of the product's languages; validators return it, or null when valid. */
record Reason(String zh, String en) {

    static final Reason MISSING = new Reason("未填写", "is missing");

    static Reason of(String zh, String en) {
        return new Reason(zh, en);
    }
}
