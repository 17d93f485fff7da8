package io.clientlens.app.security;

import java.time.Duration;

/**
 * The wait imposed before the next sign-in after {@code failures} recent failures (docs/SECURITY.md, "Sign-in limits"):
 * none for the first {@link #FREE} failures, then one second, doubling with each further failure, never more than
 * {@code cap}.
 */
final class SignInDelay {
    static final int FREE = 3;

    private SignInDelay() {
    }

    static Duration after(long failures, Duration cap) {
        if (failures < FREE) {
            return Duration.ZERO;
        }
        long exponent = Math.min(failures - FREE, 30);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
