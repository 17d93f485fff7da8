package io.clientlens.classify;

/** Why a result is what it is: the rule that fired, in Chinese and English. */
public record Reason(String rule, String zh, String en) {
}
