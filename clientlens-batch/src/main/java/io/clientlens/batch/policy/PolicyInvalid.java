package io.clientlens.batch.policy;

import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

import java.util.List;
import java.util.Objects;

/**
 * A policy file that cannot be used, with every problem found in it: each names the key path and
 * says what is wrong and what is expected, in Chinese and English, e.g. {@code frequency.windowDays:
 * expected a whole number of days, found "abc"} / {@code frequency.windowDays：应为整数天数，实际为 "abc"}.
 * All problems are reported at once so that one edit fixes them.
 */
public class PolicyInvalid extends RuntimeException implements SaysItself {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    public PolicyInvalid(String source, List<Problem> problems) {
        super(message(source, problems, Language.EN));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * One thing wrong with the file. {@code path} is the key path ({@code aumTier.bands[1].min}), {@link #DOCUMENT}
     * for the file as a whole, or empty when the text says where itself (a YAML syntax error names its line).
     */
    public record Problem(String path, String zh, String en) {
        /** The path of a problem with the whole file: it is empty, or not a mapping of keys. */
        public static final String DOCUMENT = "(document)";

        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }

        /** "key.path: what is wrong" in {@code language}, with that language's punctuation. */
        public String in(Language language) {
            boolean english = language == Language.EN;
            String text = english ? en : zh;
            if (path.isEmpty()) {
                return text;
            }
            String where = path.equals(DOCUMENT) && !english ? "（整个文件）" : path;
            return where + (english ? ": " : "：") + text;
        }
    }

    /** The file or resource the policy was read from. */
    public String source() {
        return source;
    }

    /** Every problem, as "key.path: what is wrong" in English, in the order of the file's sections. */
    public List<String> problems() {
        return problemsIn(Language.EN);
    }

    /** Every problem, as "key.path: what is wrong" in {@code language}, in the order of the file's sections. */
    public List<String> problemsIn(Language language) {
        return problems.stream().map(problem -> problem.in(language)).toList();
    }

    /** Every problem with its path and both texts. */
    public List<Problem> details() {
        return problems;
    }

    /** What {@link #getMessage()} says in English, in {@code language}: the source, how many problems, each on a line. */
    @Override
    public String in(Language language) {
        return message(source, problems, language);
    }

    private static String message(String source, List<Problem> problems, Language language) {
        List<String> lines = problems.stream().map(problem -> problem.in(language)).toList();
        String header = language == Language.EN
                ? source + " is not a valid policy (" + lines.size() + (lines.size() == 1 ? " problem" : " problems") + "):"
                : source + " 不是有效的政策文件（" + lines.size() + " 个问题）：";
        return header + "\n  " + String.join("\n  ", lines);
    }
}
