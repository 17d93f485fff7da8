package io.clientlens.identity;

/**
 * An identity value that fails its standard's rules; names the field and says, in Chinese and in
 * English, what is wrong and what is expected. {@link #reason()} is the English text.
 */
public class InvalidIdentity extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String zh;
    private final String en;

    public InvalidIdentity(String field, String zh, String en) {
        super(field + ": " + en);
        this.field = field;
        this.zh = zh;
        this.en = en;
    }

    InvalidIdentity(String field, Reason reason) {
        this(field, reason.zh(), reason.en());
    }

    public String field() {
        return field;
    }

    /** The English reason, e.g. "check digit is 3 but the Luhn check requires 7". */
    public String reason() {
        return en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
