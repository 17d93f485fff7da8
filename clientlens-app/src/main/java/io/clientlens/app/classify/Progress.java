package io.clientlens.app.classify;

/** Told how far long work has come; the CLI shows a progress bar, the server logs. */
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

    void start(String task, long total);

    void step(long done);

    void finish();
}
