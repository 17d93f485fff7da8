package io.clientlens.aml;

/** An override applied after the points: the level is at least {@code atLeast}, and why, in zh and en. */
public record RatingOverride(String code, AmlRisk atLeast, String zh, String en) {
}
