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

    /** Without transliteration: a Chinese name matches Chinese names only. */
    public static List<PossibleMatch> screen(Subject s, List<WatchListEntry> entries, double threshold) {
        return screen(s, entries, threshold, PinyinName.Romanizer.NONE);
    }

    /** With {@code romanizer}, a Chinese name also matches Latin names by pinyin, and a Latin name Chinese ones. */
    public static List<PossibleMatch> screen(Subject s, List<WatchListEntry> entries, double threshold,
                                             PinyinName.Romanizer romanizer) {
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
            Names.Likeness likeness = null;
            for (String n : e.names()) {
                Names.Likeness l = Names.compare(s.name(), n, romanizer);
                if (likeness == null || l.score() > likeness.score()) {
                    likeness = l;
                    best = n;
                }
            }
            if (best != null && likeness.score() >= threshold) {
                found.add(new PossibleMatch(e, best, likeness.score(), reason(e, best, likeness, threshold)));
            }
        }
        return found;
    }

    private static Label reason(WatchListEntry e, String listed, Names.Likeness l, double threshold) {
        String pct = String.format("%.0f%%", l.score() * 100);
        String min = String.format("%.0f%%", threshold * 100);
        if (l.how() == Names.How.PINYIN) {
            return Label.of("客户姓名按拼音（" + l.pinyin() + "）与名单“" + e.listName() + "”的 " + e.entityId() + "（" + listed
                            + "）相似度 " + pct + " ≥ " + min,
                    "The customer's name, compared by pinyin (" + l.pinyin() + "), is " + pct + " alike (≥ " + min + ") to "
                            + e.entityId() + " (" + listed + ") on the list " + e.listName());
        }
        boolean exact = l.score() >= 1.0;
        return Label.of("客户姓名与名单“" + e.listName() + "”的 " + e.entityId() + "（" + listed + "）"
                        + (exact ? "规范化后一致" : "相似度 " + pct + " ≥ " + min),
                "The customer's name " + (exact ? "equals, once normalised, " : "is " + pct + " alike (≥ " + min + ") to ")
                        + e.entityId() + " (" + listed + ") on the list " + e.listName());
    }
}
