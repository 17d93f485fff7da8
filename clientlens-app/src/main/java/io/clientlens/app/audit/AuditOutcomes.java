package io.clientlens.app.audit;

import io.clientlens.code.Label;
import io.clientlens.needs.NeedStatus;
import io.clientlens.service.RequestState;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What the usual outcomes of audit records are called in both languages; another outcome is shown as its code, labelled. */
public final class AuditOutcomes {
    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("DONE", Label.of("完成", "done")),
            Map.entry("OK", Label.of("成功", "succeeded")),
            Map.entry("SUCCEEDED", Label.of("成功", "succeeded")),
            Map.entry("FAILED", Label.of("失败", "failed")),
            Map.entry("REFUSED", Label.of("已拒绝", "refused")),
            Map.entry("APPROVED", Label.of("已同意", "approved")),
            Map.entry("REJECTED", Label.of("已驳回", "rejected")),
            Map.entry("CREATED", Label.of("已创建", "created")),
            Map.entry("OPENED", Label.of("已登记", "opened")),
            Map.entry("CLOSED", Label.of("已关闭", "closed")),
            Map.entry("RESOLVED", Label.of("已解决", "resolved")),
            Map.entry("SNOOZED", Label.of("已推迟", "snoozed")),
            Map.entry("REOPENED", Label.of("已重新打开", "reopened")),
            Map.entry("SHOWN", Label.of("已显示", "shown")),
            Map.entry("DELETED", Label.of("已删除", "deleted")),
            Map.entry("EXPORTED", Label.of("已导出", "exported")),
            Map.entry("GRANTED", Label.of("已准许", "granted")),
            Map.entry("STARTED", Label.of("已开始", "started")),
            Map.entry("CHANGED", Label.of("已修改", "changed")),
            Map.entry("ALLOWED", Label.of("允许", "allowed")),
            // a suitability check's decision, named as the check page names it
            Map.entry("BLOCKED", Label.of("拒绝", "blocked")),
            Map.entry("APPROVAL_REQUIRED", Label.of("须审批", "approval needed")),
            Map.entry("CONFIRMATION_REQUIRED", Label.of("须确认", "confirmation required")),
            Map.entry("ASSIGNED", Label.of("已分派", "assigned")),
            Map.entry("ESCALATED", Label.of("已升级", "escalated")));

    private AuditOutcomes() {
    }

    /** The outcome's name, if it is one of the usual ones. */
    public static Optional<Label> label(String outcome) {
        if (outcome == null) {
            return Optional.empty();
        }
        Label usual = LABELS.get(outcome);
        if (usual != null) {
            return Optional.of(usual);
        }
        // a service request's or a need's outcome is the state it reached, named as their pages name it
        Optional<Label> state = stateLabel(RequestState.values(), outcome, RequestState::label)
                .or(() -> stateLabel(NeedStatus.values(), outcome, NeedStatus::label));
        if (state.isPresent()) {
            return state;
        }
        // an assessment's outcome is the risk level it gave: its code with its name, "C3 稳健型"
        return java.util.Arrays.stream(io.clientlens.questionnaire.RiskLevel.values()).filter(l -> l.name().equals(outcome)).findFirst()
                .map(l -> Label.of(l.name() + " " + l.label().zh(), l.name() + " " + l.label().en()));
    }

    private static <E extends Enum<E>> Optional<Label> stateLabel(E[] states, String outcome, Function<E, Label> label) {
        return java.util.Arrays.stream(states).filter(s -> s.name().equals(outcome)).findFirst().map(label);
    }
}
