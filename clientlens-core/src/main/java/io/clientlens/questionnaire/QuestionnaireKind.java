package io.clientlens.questionnaire;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Optional;

/** The three questionnaires of docs/SUITABILITY.md; {@code word} is what the CLI says ({@code assess risk}). */
public enum QuestionnaireKind {
    RISK_TOLERANCE("risk", Label.of("风险承受能力评估", "Risk tolerance")),
    WEALTH_ATTITUDE("wealth", Label.of("财富观", "Wealth attitude")),
    SOCIAL_STYLE("style", Label.of("客户性格", "Social style"));

    private final String word;
    private final Label label;

    QuestionnaireKind(String word, Label label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    public Label label() {
        return label;
    }

    public static Optional<QuestionnaireKind> byWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word) || k.name().equals(word)).findFirst();
    }
}
