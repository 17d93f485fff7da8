package io.clientlens.app.refusal;

/** The thing a request names does not exist. Answered with 404. */
public class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }
}
