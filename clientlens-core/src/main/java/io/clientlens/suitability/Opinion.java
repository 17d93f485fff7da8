package io.clientlens.suitability;

import io.clientlens.customer.FieldProblem;

import java.util.List;

/**
 * The written opinion every supervisor review and second approval carries, whether it approves or
 * refuses (docs/SUITABILITY.md): not blank, at most {@link #MAX_LENGTH} characters.
 */
public final class Opinion {
    public static final int MAX_LENGTH = 2000;
    public static final String FIELD = "opinion";

    private Opinion() {
    }

    /** What is wrong with the opinion as given; empty when it may be recorded. */
    public static List<FieldProblem> problems(String text) {
        if (text == null || text.isBlank()) {
            return List.of(new FieldProblem(FIELD, "须填写书面意见：同意或拒绝都要说明理由",
                    "missing: a written opinion is required to approve or to refuse"));
        }
        if (text.strip().length() > MAX_LENGTH) {
            return List.of(new FieldProblem(FIELD, "意见最多 " + MAX_LENGTH + " 个字符，实有 " + text.strip().length(),
                    "at most " + MAX_LENGTH + " characters, found " + text.strip().length()));
        }
        return List.of();
    }
}
