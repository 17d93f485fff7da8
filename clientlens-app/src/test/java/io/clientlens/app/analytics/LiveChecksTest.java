package io.clientlens.app.analytics;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileValidation;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live segment checks on a bounded pool (here one thread and a queue of two), one at a time per user, stopped after the
 * time limit (here 0.5 s), counting from the run kept in memory rather than reading the run again per keystroke.
 */
@TestPropertySource(properties = {"clientlens.segments.check-threads=1", "clientlens.segments.check-per-user=1",
        "clientlens.segments.check-timeout=500ms"})
class LiveChecksTest extends PostgresTest {
    /**
     * A list of 300 ones joined to itself 150 times, then counted: over three million copies a customer, far beyond the
     * 0.5 s limit for the base on any machine (a list of 50 numbers was done within the limit on an idle one). The
     * expression stays under CEL's limit of 100,000 characters.
     */
    static final String SLOW = "size(" + IntStream.range(0, 150).mapToObj(i -> "[" + "1,".repeat(299) + "1]")
            .collect(Collectors.joining(" + ")) + ") > 0";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    LiveChecks checks;
    long run;

    @BeforeEach
    void aRunOf400Customers() {
        for (int i = 0; i < 400; i++) {
            customers.save(ProfileValidation.parseAndCheck("{\"customerId\": \"C" + i + "\", \"name\": \"客户" + i + "\", "
                    + "\"gender\": \"" + (i % 2 == 0 ? "F" : "M") + "\", \"branch\": \"BR001\", \"relationshipManager\": \"RM01\"}", io.clientlens.policy.Policy.Validation.V1.maxAmount()));
        }
        run = runs.run(LocalDate.of(2026, 9, 30), Progress.NONE).runId();
        // the first check reads the run into memory and compiles CEL on a cold JVM: wait until that is done
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(checks.count("warm.up", run, "true") instanceof LiveChecks.Outcome.Counted) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    /**
     * The check's outcome, asked again while it is stopped by the short limit of these tests: on a busy machine even a
     * quick check may take longer once, and the claim under test is that it is counted, not how fast.
     */
    LiveChecks.Outcome counted(String user, String expression) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        LiveChecks.Outcome outcome = checks.count(user, run, expression);
        while (outcome instanceof LiveChecks.Outcome.TimedOut && System.nanoTime() < until) {
            outcome = checks.count(user, run, expression);
        }
        return outcome;
    }

    @Test
    void countsFromTheRunKeptInMemoryNotFromTheDatabasePerKeystroke() {
        assertThat(counted("an.analyst", "features.gender == \"F\"")).isEqualTo(new LiveChecks.Outcome.Counted(200));
        admin.update("delete from classification where run_id = ?", run); // a full scan now would find nobody
        assertThat(counted("an.analyst", "features.gender == \"M\"")).isEqualTo(new LiveChecks.Outcome.Counted(200));
        assertThat(counted("an.analyst", "true")).isEqualTo(new LiveChecks.Outcome.Counted(400));
    }

    @Test
    void aCheckOverTheTimeLimitIsStoppedAndFreesThePool() {
        long start = System.nanoTime();
        assertThat(checks.count("an.analyst", run, SLOW)).isEqualTo(new LiveChecks.Outcome.TimedOut(Duration.ofMillis(500)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(counted("an.analyst", "true")).isEqualTo(new LiveChecks.Outcome.Counted(400));
    }

    @Test
    void oneCheckAtATimePerUserAndABoundedPoolForEveryone() throws Exception {
        // the analysts' requests, each on its own thread (the common pool may have a single one)
        java.util.concurrent.ExecutorService analysts = java.util.concurrent.Executors.newFixedThreadPool(3);
        CompletableFuture<LiveChecks.Outcome> first = CompletableFuture.supplyAsync(() -> checks.count("an.analyst", run, SLOW), analysts);
        Thread.sleep(150); // the first check has started (the two sleeps stay well within its 0.5 s limit)
        assertThat(checks.count("an.analyst", run, "features.gender == \"F\"")).isInstanceOf(LiveChecks.Outcome.Busy.class)
                .matches(b -> ((LiveChecks.Outcome.Busy) b).ofThisUser());
        // the one thread is busy: two more users wait in the queue, a fourth is refused at once
        CompletableFuture<LiveChecks.Outcome> second = CompletableFuture.supplyAsync(() -> checks.count("b.analyst", run, SLOW + " || false"), analysts);
        CompletableFuture<LiveChecks.Outcome> third = CompletableFuture.supplyAsync(() -> checks.count("c.analyst", run, SLOW + " || true"), analysts);
        Thread.sleep(100);
        LiveChecks.Outcome fourth = checks.count("d.analyst", run, "features.gender == \"M\"");
        assertThat(fourth).isInstanceOf(LiveChecks.Outcome.Busy.class).matches(b -> !((LiveChecks.Outcome.Busy) b).ofThisUser());
        assertThat(first.get()).isInstanceOf(LiveChecks.Outcome.TimedOut.class);
        second.get();
        third.get();
        analysts.shutdown();
        assertThat(counted("an.analyst", "features.gender == \"F\"")).isEqualTo(new LiveChecks.Outcome.Counted(200));
    }
}
