package io.clientlens.app.admin;

import io.clientlens.customer.FieldProblem;
import io.clientlens.identity.Masking;
import io.clientlens.importing.ImportIssue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of an imported file as the page and the error report show it: line (0 when it
 * concerns the whole file), field, and what is wrong in Chinese and English. Identity numbers in
 * the text are masked, so a report never repeats a clear resident ID, card or mobile number.
 */
public record JobIssue(long line, String field, String zh, String en) {
    private static final Pattern PRODUCT_WHERE = Pattern.compile("line (\\d+)(?:\\.(.+))?");
    private static final String SEPARATOR = " / ";

    /** Longest text kept per part: a problem quoting a binary file's "line" would otherwise be kilobytes of noise. */
    static final int MAX_TEXT = 500;

    public JobIssue {
        field = field == null || field.isBlank() ? "" : printable(masked(field));
        zh = printable(masked(zh));
        en = printable(masked(en));
    }

    /**
     * Control characters (a NUL cannot even be stored in PostgreSQL's text) and unpaired surrogates of a file
     * that is not text are shown as U+FFFD; overly long text is cut.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT + 1));
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.length() >= MAX_TEXT && out.length() < text.length() ? out + "…" : out.toString();
    }

    /** The readers write a reason as "english / 中文" (either order); one without both languages is shown as it is in both. */
    public static JobIssue of(ImportIssue issue) {
        String reason = issue.reason() == null ? "" : issue.reason();
        int cut = reason.lastIndexOf(SEPARATOR);
        if (cut < 0) {
            return new JobIssue(issue.line(), issue.column(), reason, reason);
        }
        String first = reason.substring(0, cut).strip();
        String second = reason.substring(cut + SEPARATOR.length()).strip();
        boolean chineseFirst = hasChinese(first) && !hasChinese(second);
        return new JobIssue(issue.line(), issue.column(), chineseFirst ? first : second, chineseFirst ? second : first);
    }

    /** A problem of the product catalogue, whose reader names the place as "line 3.risk". */
    public static JobIssue of(FieldProblem problem) {
        Matcher m = PRODUCT_WHERE.matcher(problem.field());
        if (m.matches()) {
            return new JobIssue(Long.parseLong(m.group(1)), m.group(2), problem.zh(), problem.en());
        }
        return new JobIssue(0, problem.field(), problem.zh(), problem.en());
    }

    /** The text with every resident ID, card and mobile number in it masked (docs/SECURITY.md). */
    public static String masked(String text) {
        return Masking.identityNumbersIn(text);
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
