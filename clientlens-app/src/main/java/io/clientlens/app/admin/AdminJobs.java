package io.clientlens.app.admin;

import io.clientlens.batch.Progress;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts jobs in the background, one at a time in the order they were started (an import and a
 * run at once would compete for the same rows and the same two cores), and records how each ends.
 * Only in the web server: the command line runs its imports in the foreground and must not touch
 * the server's jobs.
 */
@Service
@ConditionalOnWebApplication
public class AdminJobs {
    private static final Logger LOG = LoggerFactory.getLogger(AdminJobs.class);

    /** The work of one job; it reports rows done to the progress and returns what it did. */
    @FunctionalInterface
    public interface Work {
        Outcome run(Progress progress) throws Exception;
    }

    private final Jobs jobs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-job");
        t.setDaemon(true);
        return t;
    });

    AdminJobs(Jobs jobs) {
        this.jobs = jobs;
    }

    /** A job still RUNNING now was cut off when the server last stopped (one server per database). */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedJobs() {
        int interrupted = jobs.markInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} job(s) were running when the server stopped; marked FAILED (interrupted)", interrupted);
        }
    }

    /** Records the job as RUNNING and queues its work; returns the job id at once. */
    public long start(JobKind kind, String fileName, boolean strict, LocalDate asOf, String startedBy, Work work) {
        long id = jobs.create(kind, fileName, strict, asOf, startedBy);
        LOG.info("job {} {} started by {}{}", id, kind, startedBy, strict ? " (strict)" : "");
        worker.submit(() -> run(id, kind, work));
        return id;
    }

    private void run(long id, JobKind kind, Work work) {
        JobProgress progress = new JobProgress(jobs, id);
        try {
            Outcome outcome = work.run(progress);
            jobs.finish(id, Math.max(progress.done(), 0), outcome);
            LOG.info("job {} {} done: {} rows, {} issues, stored {}", id, kind, progress.done(), outcome.issues().size(),
                    outcome.stored());
        } catch (Exception | Error e) {
            // The exception's text may quote the input (masked like an issue) and hold SQL or paths: it goes to the
            // log only; the job keeps what is wrong with the file in both languages (JobFailure).
            LOG.warn("job {} {} failed, nothing stored: {}: {}", id, kind, e.getClass().getName(),
                    JobIssue.masked(e.getMessage() == null ? "" : e.getMessage()));
            jobs.fail(id, JobFailure.message(e, id));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
