package io.clientlens.app.classify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the server starts, finishes the run deletions that stopped part way (the server or {@code runs delete} was
 * stopped while deleting), so that their space comes back without waiting for the next classification run. A run of
 * a million customers takes about a minute to delete and clean, so this runs on a thread of its own: the server is
 * ready at once, and pages never show a run being deleted.
 */
@Component
@ConditionalOnWebApplication
class DeletionsFinishedAtStart {
    private final RunRetention retention;

    DeletionsFinishedAtStart(RunRetention retention) {
        this.retention = retention;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        start();
    }

    /** @return the thread doing it, for tests to wait on (a listener's return value would be published as an event) */
    Thread start() {
        Thread thread = new Thread(() -> retention.finishInterruptedOrLog("server start"), "run-deletions");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
