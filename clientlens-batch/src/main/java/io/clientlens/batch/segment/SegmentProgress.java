package io.clientlens.batch.segment;

/** Told how far a run has come; the CLI draws a progress bar with rows/s and ETA. */
public interface SegmentProgress {
    SegmentProgress NONE = new SegmentProgress() {
        @Override
        public void phase(String name) {
        }

        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step(long done) {
        }

        @Override
        public void finish() {
        }
    };

    /** A step without a count (e.g. DuckDB aggregating the transactions). */
    void phase(String name);

    void start(String task, long total);

    void step(long done);

    void finish();
}
