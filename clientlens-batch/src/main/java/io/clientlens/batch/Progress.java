package io.clientlens.batch;

/**
 * Told how far long work has come (a classification run, a segment run); the CLI shows a progress
 * bar with rate and ETA, the server and tests ignore it.
 */
public interface Progress {
    Progress NONE = new Progress() {
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
    default void phase(String name) {
    }

    void start(String task, long total);

    void step(long done);

    void finish();
}
