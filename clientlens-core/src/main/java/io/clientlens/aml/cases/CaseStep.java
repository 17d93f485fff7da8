package io.clientlens.aml.cases;

import io.clientlens.code.Label;

/** What an action on a case led to: the case moved (and the step is audited), or the action was refused and why. */
public sealed interface CaseStep {

    record Moved(CaseState before, CaseState after) implements CaseStep {
    }

    record Refused(Label why) implements CaseStep {
    }
}
