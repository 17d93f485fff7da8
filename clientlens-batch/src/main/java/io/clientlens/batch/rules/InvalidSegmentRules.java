package io.clientlens.batch.rules;

import java.util.List;

/** The rules cannot be used: every problem names the source, the segment and the position. */
public final class InvalidSegmentRules extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem: the segment (or null for the file itself), 1-based line and column, what is wrong. */
    public record Problem(String segment, int line, int column, String message) {
        @Override
        public String toString() {
            String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "";
            return (segment == null ? "" : "segment '" + segment + "'")
                    + (where.isEmpty() ? "" : (segment == null ? "" : " ") + "(" + where + ")") + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public InvalidSegmentRules(String source, List<Problem> problems) {
        super(source + ": " + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
