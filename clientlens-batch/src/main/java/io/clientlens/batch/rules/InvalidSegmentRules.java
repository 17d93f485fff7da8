package io.clientlens.batch.rules;

import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

import java.util.List;

/** The rules cannot be used: every problem names the source, the segment and the position. */
public final class InvalidSegmentRules extends RuntimeException implements SaysItself {
    private static final long serialVersionUID = 1L;

    /** One problem: the segment (or null for the file itself), 1-based line and column, what is wrong in both languages. */
    public record Problem(String segment, int line, int column, Label text) {

        /** A problem whose text is the same in both languages: what an expression engine or a parser says. */
        static Problem of(String segment, int line, int column, String zh, String en) {
            return new Problem(segment, line, column, Label.of(zh, en));
        }

        /** What a constructor refused, in both languages when it said it so. */
        static Label reasonOf(IllegalArgumentException refused) {
            return refused instanceof InputRejected r ? r.reason() : Label.of(refused.getMessage(), refused.getMessage());
        }

        /** What is wrong, in English (logs, and the exception's message). */
        public String message() {
            return text.en();
        }

        public String in(Language language) {
            boolean zh = language != Language.EN;
            String where = line > 0 ? (zh ? "第 " + line + " 行" + (column > 0 ? "第 " + column + " 列" : "")
                    : "line " + line + (column > 0 ? ", column " + column : "")) : "";
            String who = segment == null ? "" : zh ? "客群“" + segment + "”" : "segment '" + segment + "'";
            String at = where.isEmpty() ? "" : zh ? "（" + where + "）" : (segment == null ? "" : " ") + "(" + where + ")";
            return who + at + (zh ? "：" : ": ") + text.in(language);
        }

        @Override
        public String toString() {
            return in(Language.EN);
        }
    }

    private final String source;
    private final transient List<Problem> problems;

    public InvalidSegmentRules(String source, List<Problem> problems) {
        super(source + ": " + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The file and every problem, in {@code language}. */
    @Override
    public String in(Language language) {
        return language == Language.EN ? getMessage()
                : source + "：" + String.join("；", problems.stream().map(p -> p.in(language)).toList());
    }
}
