package io.clientlens.service;

import io.clientlens.code.Label;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A service request still waiting for an answer after its deadline is escalated to the supervisor of the customer's
 * branch, once (docs/SERVICE.md "Service requests").
 */
public final class Escalation {
    private Escalation() {
    }

    /**
     * The reason to escalate now, or empty when the request is answered, not yet late, or already escalated; {@code zone}
     * is where the deadline is shown (the bank's).
     */
    public static Optional<Label> due(RequestState state, Instant respondBy, Instant now, boolean alreadyEscalated, ZoneId zone) {
        if (alreadyEscalated || !state.awaitsResponse() || !now.isAfter(respondBy)) {
            return Optional.empty();
        }
        long minutes = Duration.between(respondBy, now).toMinutes();
        String late = minutes < 60 ? minutes + " 分钟" : minutes / 60 + " 小时 " + minutes % 60 + " 分钟";
        String lateEn = minutes < 60 ? minutes + " minutes" : minutes / 60 + " h " + minutes % 60 + " min";
        String deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(respondBy);
        return Optional.of(Label.of("响应期限 " + deadline + " 已过 " + late + "，仍未响应（" + state.label().zh() + "）：升级至主管",
                "The deadline " + deadline + " passed " + lateEn + " ago without an answer (" + state.label().en() + "): escalated to the supervisor"));
    }
}
