package io.clientlens.code;

/**
 * An argument, option or input file that cannot be used, with what is wrong and what is expected in both languages.
 * The exception's own message is the English text, so logs and existing callers read as before; whoever speaks to
 * the user (the command line, a page) shows {@link #reason()} in the user's language.
 */
public class InputRejected extends IllegalArgumentException implements SaysItself {
    private static final long serialVersionUID = 1L;

    private final Label reason;

    public InputRejected(Label reason) {
        super(reason.en());
        this.reason = reason;
    }

    public InputRejected(Label reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public InputRejected(String zh, String en) {
        this(Label.of(zh, en));
    }

    public InputRejected(String zh, String en, Throwable cause) {
        this(Label.of(zh, en), cause);
    }

    public Label reason() {
        return reason;
    }

    @Override
    public String in(Language language) {
        return reason.in(language);
    }
}
