package io.clientlens.aml.screening;

import io.clientlens.code.Label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens a customer's name against watch-list entries (docs/AML.md, "Screening"). A possible match: a name or alias
 * alike by {@link Names#similarity} at or above {@code threshold} (Chinese names: exact after normalisation), unless the
 * customer and the entry both have a birth date (or registration number) and they differ. Compliance confirms or
 * dismisses each possible match.
 */
public final class Screening {
    private Screening() {
    }

    /** The customer as screening sees them. */
    public record Subject(String customerId, String name, LocalDate birthDate, String registrationNumber) {
    }

    public record PossibleMatch(WatchListEntry entry, String listedName, double score, Label reason) {
    }

    public static List<PossibleMatch> screen(Subject s, List<WatchListEntry> entries, double threshold) {
        List<PossibleMatch> found = new ArrayList<>();
        if (s.name() == null || Names.key(s.name()).isEmpty()) {
            return found;
        }
        for (WatchListEntry e : entries) {
            if (s.birthDate() != null && e.birthDate() != null && !s.birthDate().equals(e.birthDate())) {
                continue;
            }
            if (s.registrationNumber() != null && e.registrationNumber() != null
                    && !Names.key(s.registrationNumber()).equals(Names.key(e.registrationNumber()))) {
                continue;
            }
            String best = null;
            double score = 0;
            for (String n : e.names()) {
                double sim = Names.similarity(s.name(), n);
                if (sim > score) {
                    score = sim;
                    best = n;
                }
            }
            if (best != null && score >= threshold) {
                String pct = String.format("%.0f%%", score * 100);
                boolean exact = score >= 1.0;
                found.add(new PossibleMatch(e, best, score, Label.of(
                        "客户姓名与名单“" + e.listName() + "”的 " + e.entityId() + "（" + best + "）"
                                + (exact ? "规范化后一致" : "相似度 " + pct + " ≥ " + String.format("%.0f%%", threshold * 100)),
                        "The customer's name " + (exact ? "equals, once normalised, " : "is " + pct + " alike (≥ "
                                + String.format("%.0f%%", threshold * 100) + ") to ") + e.entityId() + " (" + best
                                + ") on the list " + e.listName())));
            }
        }
        return found;
    }
}
