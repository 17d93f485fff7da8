package io.clientlens.app.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Figures of a completed run never change, yet computing them reads every classification document of the run
 * (seconds at 100,000 customers): each is computed once per run and kept for the last few runs. A run is known by
 * its id and its finishing time together, so a database that was emptied and refilled (ids start again) is never
 * answered from the old figures.
 */
public final class PerRunCache<T> {
    private static final int RUNS_KEPT = 4;

    private final Function<RunQueries.RunInfo, T> compute;
    private final Map<String, T> values = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > RUNS_KEPT;
        }
    });

    public PerRunCache(Function<RunQueries.RunInfo, T> compute) {
        this.compute = compute;
    }

    public T get(RunQueries.RunInfo run) {
        String key = run.runId() + "@" + run.finishedAt();
        T value = values.get(key);
        if (value == null) {
            // Two first requests may both compute: harmless, and no request waits on another's query.
            value = compute.apply(run);
            values.put(key, value);
        }
        return value;
    }
}
