package io.clientlens.questionnaire;

import io.clientlens.classify.Reason;

import java.util.List;
import java.util.Map;

/**
 * A wealth attitude or social style: the type(s) with most points. Several winners are a tie and
 * are reported as one; the RM decides in conversation, the system does not pick.
 */
public record PersonaAssessed(QuestionnaireKind kind, List<Persona> winners, Map<String, Integer> points,
                              List<Reason> reasons) implements Assessed {
    public PersonaAssessed {
        winners = List.copyOf(winners);
        points = Map.copyOf(points);
        reasons = List.copyOf(reasons);
    }

    public boolean tie() {
        return winners.size() > 1;
    }

    /** The winning code, or {@code TIE} when several types share the most points. */
    public String code() {
        return tie() ? "TIE" : winners.get(0).name();
    }

    public int score() {
        return points.getOrDefault(winners.get(0).name(), 0);
    }
}
