package io.clientlens.code;

/**
 * Text that people send (a name, a note, an opinion) may not hold a NUL character: PostgreSQL cannot store it in
 * {@code text} or {@code jsonb}, and nobody types it on purpose, so it is refused where the text arrives, naming
 * the field, rather than failing later at the database.
 */
public final class ControlCharacters {
    /** Why such a text is refused, in both languages. */
    public static final Label REFUSED = Label.of("文本不能包含控制字符（NUL，\\u0000）",
            "text must not contain control characters (NUL, \\u0000)");

    private ControlCharacters() {
    }

    public static boolean holdsNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
