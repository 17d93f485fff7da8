package io.clientlens.service;

import io.clientlens.code.Label;

import java.util.List;

/**
 * NEW → ASSIGNED (dispatched) → IN_PROGRESS (taken up: answered) → RESOLVED → CLOSED; a resolved or closed request may
 * be REOPENED, which is taken up again. Until it is taken up a request waits for an answer and its deadline runs.
 */
public enum RequestState {
    NEW(Label.of("新建", "New")),
    ASSIGNED(Label.of("已分派", "Assigned")),
    IN_PROGRESS(Label.of("处理中", "In progress")),
    RESOLVED(Label.of("已解决", "Resolved")),
    CLOSED(Label.of("已关闭", "Closed")),
    REOPENED(Label.of("已重开", "Reopened"));

    private final Label label;

    RequestState(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public List<RequestState> next() {
        return switch (this) {
            case NEW -> List.of(ASSIGNED);
            case ASSIGNED, REOPENED -> List.of(IN_PROGRESS);
            case IN_PROGRESS -> List.of(RESOLVED);
            case RESOLVED -> List.of(CLOSED, REOPENED);
            case CLOSED -> List.of(REOPENED);
        };
    }

    public boolean mayMoveTo(RequestState to) {
        return next().contains(to);
    }

    /** Waiting for someone to take it up: the response deadline runs. */
    public boolean awaitsResponse() {
        return this == NEW || this == ASSIGNED || this == REOPENED;
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
