package io.clientlens.batch;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** A worker's result as the thread that gathers them needs it: the worker's own exception when it failed. */
public final class WorkerResults {
    private WorkerResults() {
    }

    public static <T> T of(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // the worker's refusal (a bad line, a file changed under the run) reaches the user as it was thrown
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
