package io.clientlens.app.classify;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PerRunCacheTest {
    private final List<Long> computed = new ArrayList<>();
    private final PerRunCache<String> cache = new PerRunCache<>(run -> {
        computed.add(run.runId());
        return "figures of run " + run.runId() + " finished " + run.finishedAt();
    });

    private static RunQueries.RunInfo run(long id, String finished) {
        return new RunQueries.RunInfo(id, LocalDate.of(2026, 11, 1), "v1", 10, Instant.parse(finished));
    }

    @Test
    void computesEachRunOnce() {
        assertThat(cache.get(run(1, "2026-11-01T10:00:00Z"))).isEqualTo("figures of run 1 finished 2026-11-01T10:00:00Z");
        cache.get(run(1, "2026-11-01T10:00:00Z"));
        cache.get(run(2, "2026-11-02T10:00:00Z"));
        cache.get(run(1, "2026-11-01T10:00:00Z"));
        assertThat(computed).containsExactly(1L, 2L);
    }

    @Test
    void aRunIdUsedAgainAfterTheDatabaseWasRefilledIsComputedAfresh() {
        cache.get(run(1, "2026-11-01T10:00:00Z"));
        assertThat(cache.get(run(1, "2026-11-05T08:30:00Z"))).endsWith("2026-11-05T08:30:00Z");
        assertThat(computed).containsExactly(1L, 1L);
    }

    @Test
    void keepsOnlyTheLastFewRuns() {
        for (long id = 1; id <= 5; id++) {
            cache.get(run(id, "2026-11-0" + id + "T10:00:00Z"));
        }
        cache.get(run(5, "2026-11-05T10:00:00Z"));
        cache.get(run(1, "2026-11-01T10:00:00Z"));
        assertThat(computed).containsExactly(1L, 2L, 3L, 4L, 5L, 1L);
    }
}
