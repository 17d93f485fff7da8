package io.clientlens.aml.monitor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * "At least k distinct things within N days", as STRUCTURING, RAPID_IN_OUT and MANY_COUNTERPARTIES ask (docs/AML.md).
 * A window of N days ending on day e holds the days d with 0 ≤ e − d &lt; N. Each day with events ends a window; the
 * window fires when its events have at least k distinct keys. Firing windows that share a day form one island, and
 * an island is one alert: from its first event to the last day that ended a firing window, with every event in
 * between. Islands never share a day, so the same episode is never reported twice in a run.
 */
final class Islands {
    private Islands() {
    }

    /**
     * @param events    sorted by date
     * @param lastEvent the index of the last event of the island (its date is the last firing end)
     * @param maxKeys   the most distinct keys any firing window of the island held
     */
    record Island<E>(List<E> events, LocalDate from, LocalDate to, int maxKeys) {
    }

    /** @param events sorted by date (ties in any fixed order) */
    static <E> List<Island<E>> of(List<E> events, Function<E, LocalDate> date, Function<E, String> key,
                                  int windowDays, int minKeys) {
        List<Island<E>> islands = new ArrayList<>();
        Map<String, Integer> inWindow = new HashMap<>();
        int start = 0;
        int islandStart = -1;
        int islandEnd = -1;
        int islandMax = 0;
        LocalDate lastFiringEnd = null;
        int i = 0;
        while (i < events.size()) {
            LocalDate end = date.apply(events.get(i));
            // every event of this day joins the window
            while (i < events.size() && date.apply(events.get(i)).equals(end)) {
                inWindow.merge(key.apply(events.get(i)), 1, Integer::sum);
                i++;
            }
            while (ChronoUnit.DAYS.between(date.apply(events.get(start)), end) >= windowDays) {
                inWindow.computeIfPresent(key.apply(events.get(start)), (k, n) -> n == 1 ? null : n - 1);
                start++;
            }
            if (inWindow.size() < minKeys) {
                continue;
            }
            boolean joins = lastFiringEnd != null && ChronoUnit.DAYS.between(lastFiringEnd, end) < windowDays;
            if (!joins && islandStart >= 0) {
                islands.add(island(events, date, islandStart, islandEnd, islandMax));
            }
            if (!joins) {
                islandStart = start;
                islandMax = 0;
            }
            islandEnd = i - 1;
            islandMax = Math.max(islandMax, inWindow.size());
            lastFiringEnd = end;
        }
        if (islandStart >= 0) {
            islands.add(island(events, date, islandStart, islandEnd, islandMax));
        }
        return islands;
    }

    private static <E> Island<E> island(List<E> events, Function<E, LocalDate> date, int first, int last, int max) {
        List<E> members = List.copyOf(events.subList(first, last + 1));
        return new Island<>(members, date.apply(members.get(0)), date.apply(members.get(members.size() - 1)), max);
    }
}
