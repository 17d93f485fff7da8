package io.clientlens.code;

/**
 * A refusal that can say what is wrong in either language. Whoever speaks to the user (the command line, a page) asks
 * it in the user's language instead of showing the exception's own message, which stays English for the logs.
 */
public interface SaysItself {
    String in(Language language);
}
