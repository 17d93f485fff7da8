package io.clientlens.suitability;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what in the suitability chain (docs/SUITABILITY.md). General sales staff give no
 * advice: they hand the customer over to an RM.
 */
public enum Role {
    RM(Label.of("理财经理", "Relationship manager"), Set.of(Action.ADVISE, Action.RECORD)),
    SALES(Label.of("一般销售人员", "General sales staff"), Set.of()),
    SUPERVISOR(Label.of("业务主管", "Supervisor"), Set.of(Action.ADVISE, Action.REVIEW)),
    HEAD_OF_WEALTH(Label.of("财富管理负责人", "Head of wealth management"), Set.of(Action.ADVISE, Action.SECOND_APPROVAL));

    /** ADVISE: run assessments and suitability checks; RECORD: confirmations and override documents. */
    public enum Action { ADVISE, RECORD, REVIEW, SECOND_APPROVAL }

    private final Label label;
    private final Set<Action> actions;

    Role(Label label, Set<Action> actions) {
        this.label = label;
        this.actions = actions;
    }

    public Label label() {
        return label;
    }

    public boolean may(Action action) {
        return actions.contains(action);
    }

    public static Optional<Role> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
