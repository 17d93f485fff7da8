package io.clientlens.questionnaire;

import io.clientlens.code.Label;

import java.util.List;

/**
 * Answers that do not fit together (e.g. aged 70 or more with a horizon over 10 years): when every
 * answer in {@code whenAll} ("question=option") was given, the RM is shown {@code message}.
 * The result still stands; the RM clarifies with the customer.
 */
public record ConsistencyCheck(String id, List<String> whenAll, Label message) {
    public ConsistencyCheck {
        whenAll = List.copyOf(whenAll);
    }
}
