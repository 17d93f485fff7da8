package io.clientlens.needs;

import io.clientlens.code.Label;

/** 马斯洛需求层次: the five levels, lowest first. */
public enum MaslowLevel {
    PHYSIOLOGICAL(Label.of("生理需求", "Physiological")),
    SAFETY(Label.of("安全需求", "Safety")),
    LOVE_AND_BELONGING(Label.of("爱和归属感的需求", "Love and belonging")),
    ESTEEM(Label.of("被尊重的需求", "Esteem")),
    SELF_ACTUALIZATION(Label.of("自我实现的需求", "Self-actualisation"));

    private final Label label;

    MaslowLevel(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
