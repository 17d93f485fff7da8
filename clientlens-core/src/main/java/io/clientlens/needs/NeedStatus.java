package io.clientlens.needs;

import io.clientlens.code.Label;

import java.util.List;

/** identified → reviewed → accepted / declined; accepted → met (docs/NEEDS.md). */
public enum NeedStatus {
    IDENTIFIED(Label.of("已识别", "Identified")),
    REVIEWED(Label.of("已评审", "Reviewed")),
    ACCEPTED(Label.of("已接受", "Accepted")),
    DECLINED(Label.of("已拒绝", "Declined")),
    MET(Label.of("已满足", "Met"));

    private final Label label;

    NeedStatus(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The statuses a need may move to from this one. */
    public List<NeedStatus> next() {
        return switch (this) {
            case IDENTIFIED -> List.of(REVIEWED);
            case REVIEWED -> List.of(ACCEPTED, DECLINED);
            case ACCEPTED -> List.of(MET);
            case DECLINED, MET -> List.of();
        };
    }

    /** Declined and met needs are closed: they leave the priority ranking. */
    public boolean isOpen() {
        return this != DECLINED && this != MET;
    }
}
