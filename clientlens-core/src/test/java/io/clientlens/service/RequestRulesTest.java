package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRulesTest {
    private static final Instant AT = Instant.parse("2026-10-08T01:00:00Z");
    private static final java.time.ZoneId UTC = java.time.ZoneOffset.UTC;
    private final ServicePolicy.Dispatch policy = ServiceFixture.policy().dispatch();

    @Test
    void classAGoesToTheCustomersRmThroughTheGreenChannelWithinTwoHours() {
        var d = Dispatch.of("A", "RM01", AT, policy);
        assertThat(d.queue()).isEqualTo(RequestQueue.RM_GREEN_CHANNEL);
        assertThat(d.assignedRm()).isEqualTo("RM01");
        assertThat(d.priority()).isTrue();
        assertThat(d.respondBy()).isEqualTo(Instant.parse("2026-10-08T03:00:00Z"));
        assertThat(d.reason().zh()).isEqualTo("A 类客户 → 客户经理绿色通道（客户经理 RM01，优先处理），须在 2 小时内响应");
    }

    @Test
    void classBToTheServiceCentreAndCToTheOnlineQueue() {
        var b = Dispatch.of("B", "RM01", AT, policy);
        assertThat(b.queue()).isEqualTo(RequestQueue.SERVICE_CENTRE);
        assertThat(b.assignedRm()).isNull();
        assertThat(b.respondBy()).isEqualTo(Instant.parse("2026-10-09T01:00:00Z"));
        var c = Dispatch.of("C", "RM01", AT, policy);
        assertThat(c.queue()).isEqualTo(RequestQueue.ONLINE_QUEUE);
        assertThat(c.respondBy()).isEqualTo(Instant.parse("2026-10-11T01:00:00Z"));
        assertThat(c.reason().en()).isEqualTo("class C customer → Online queue, to be answered within 72 hours");
    }

    @Test
    void anUnclassifiedCustomerIsDispatchedAsThePolicySays() {
        var d = Dispatch.of(null, "RM01", AT, policy);
        assertThat(d.classified()).isFalse();
        assertThat(d.serviceClass()).isEqualTo("B");
        assertThat(d.reason().en()).startsWith("customer not yet classified (dispatched as class B)");
        assertThat(Dispatch.of("UNKNOWN", "RM01", AT, policy).queue()).isEqualTo(RequestQueue.SERVICE_CENTRE);
    }

    @Test
    void escalatesOnceWhenTheDeadlinePassesUnanswered() {
        Instant by = Instant.parse("2026-10-08T03:00:00Z");
        assertThat(Escalation.due(RequestState.ASSIGNED, by, by, false, UTC)).isEmpty();
        assertThat(Escalation.due(RequestState.ASSIGNED, by, by.plusSeconds(61), false, UTC)).hasValueSatisfying(r ->
                assertThat(r.zh()).contains("响应期限 2026-10-08 03:00 已过 1 分钟", "升级至主管"));
        assertThat(Escalation.due(RequestState.REOPENED, by, by.plusSeconds(3 * 3600 + 600), false, java.time.ZoneId.of("Asia/Shanghai"))).hasValueSatisfying(r ->
                assertThat(r.en()).contains("The deadline 2026-10-08 11:00 passed 3 h 10 min ago"));
        assertThat(Escalation.due(RequestState.IN_PROGRESS, by, by.plusSeconds(7200), false, UTC)).isEmpty();
        assertThat(Escalation.due(RequestState.ASSIGNED, by, by.plusSeconds(7200), true, UTC)).isEmpty();
    }

    @Test
    void statesMoveOnlyForward() {
        assertThat(RequestState.NEW.mayMoveTo(RequestState.ASSIGNED)).isTrue();
        assertThat(RequestState.ASSIGNED.mayMoveTo(RequestState.RESOLVED)).isFalse();
        assertThat(RequestState.RESOLVED.next()).containsExactly(RequestState.CLOSED, RequestState.REOPENED);
        assertThat(RequestState.CLOSED.mayMoveTo(RequestState.REOPENED)).isTrue();
        assertThat(RequestState.REOPENED.awaitsResponse()).isTrue();
    }

    @Test
    void satisfactionIsOneToFive() {
        assertThat(RequestRules.followUp(5, null)).isEmpty();
        assertThat(RequestRules.followUp(0, null)).extracting(p -> p.field()).containsExactly("satisfaction");
        assertThat(RequestRules.followUp(null, "x".repeat(1001))).extracting(p -> p.field()).containsExactly("satisfaction", "note");
        assertThat(RequestRules.newRequest(" ", null)).extracting(p -> p.field()).containsExactly("subject");
    }
}
