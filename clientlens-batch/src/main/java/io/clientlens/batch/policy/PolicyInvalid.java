package io.clientlens.batch.policy;

import java.util.List;

/**
 * A policy file that cannot be used, with every problem found in it: each names the key path and
 * says what is wrong and what is expected, e.g. {@code frequency.windowDays: expected a whole
 * number of days, found "abc"}. All problems are reported at once so that one edit fixes them.
 */
public class PolicyInvalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    public PolicyInvalid(String source, List<String> problems) {
        super(source + " is not a valid policy (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n  " + String.join("\n  ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file or resource the policy was read from. */
    public String source() {
        return source;
    }

    /** Every problem, as "key.path: what is wrong", in the order of the file's sections. */
    public List<String> problems() {
        return problems;
    }
}
