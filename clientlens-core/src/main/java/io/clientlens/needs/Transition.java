package io.clientlens.needs;

import io.clientlens.code.Label;

/** The outcome of asking to move a need to another status: moved, or refused with the reason. */
public sealed interface Transition {

    record Moved(Need need, NeedStatus from) implements Transition {
    }

    record Refused(String rule, Label reason) implements Transition {
    }
}
