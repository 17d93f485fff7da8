package io.clientlens.app.admin;

import io.clientlens.batch.Progress;

/**
 * Rows done of a running job, written to its record at most every {@link #INTERVAL_MS} ms so that
 * the page can show them without slowing the work down.
 */
final class JobProgress implements Progress {
    static final long INTERVAL_MS = 300;

    private final Jobs jobs;
    private final long jobId;
    private volatile long done;
    private volatile Long total;
    private long lastWrite;

    JobProgress(Jobs jobs, long jobId) {
        this.jobs = jobs;
        this.jobId = jobId;
    }

    @Override
    public void start(String task, long total) {
        this.total = total;
        this.done = 0;
        write();
    }

    @Override
    public void step(long done) {
        this.done = done;
        long now = System.currentTimeMillis();
        if (now - lastWrite >= INTERVAL_MS) {
            write();
        }
    }

    @Override
    public void finish() {
        write();
    }

    long done() {
        return done;
    }

    private void write() {
        lastWrite = System.currentTimeMillis();
        jobs.progress(jobId, done, total);
    }
}
