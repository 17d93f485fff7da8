package io.clientlens.aml;

/** A rating factor that applies to the customer: its code (docs/AML.md), the points it adds, and why, in zh and en. */
public record RatingFactor(String code, int points, String zh, String en) {
}
