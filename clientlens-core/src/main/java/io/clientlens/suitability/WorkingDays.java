package io.clientlens.suitability;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days are Monday to Friday; public holidays are not known to ClientLens (docs/SUITABILITY.md). */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code day}: Friday plus 2 is Tuesday, Saturday plus 1 is Monday. */
    public static LocalDate after(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = day;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
