package io.clientlens.questionnaire;

import io.clientlens.code.Label;

/** A type a questionnaire sorts customers into, with what it looks like and how to talk to it. */
public interface Persona {
    String name();

    Label label();

    Label traits();

    Label approach();
}
