package io.clientlens.app.service;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time of the service feature: when requests are due and escalate, when tasks are closed or snoozed. A
 * {@link Clock}, the system's by default; tests put a fixed or moving clock in with {@link #use(Clock)} so that
 * deadlines pass when they say so.
 */
@Component
public class ServiceClock {
    private volatile Clock clock = Clock.systemDefaultZone();

    public Clock clock() {
        return clock;
    }

    /** Replaces the clock (tests); {@code Clock.systemDefaultZone()} puts the real one back. */
    public void use(Clock other) {
        clock = other;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Now as the audit trail records times: bank-local, the server's time zone (as every other audit record). */
    public LocalDateTime localNow() {
        return local(now());
    }

    /** A moment as the audit trail records it: bank-local time in the server's time zone. */
    public static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
