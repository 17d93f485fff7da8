package io.clientlens.importing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand reader gives java.time's value for the plain forms and null for everything else. */
class IsoDateTextTest {

    @Test
    void plainDatesAreReadAsJavaTimeReadsThem() {
        for (String text : new String[] {"2026-03-01", "1900-01-01", "2024-02-29", "0001-12-31", "9999-12-31"}) {
            assertThat(IsoDateText.date(text)).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    void anythingElseIsLeftToJavaTime() {
        for (String text : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-3-01", "2026/03/01",
                "20260301", "2026-03-01 ", "+2026-03-01", "2026-03-0x", "２０２６-03-01", ""}) {
            assertThat(IsoDateText.date(text)).as(text).isNull();
        }
    }

    @Test
    void plainDateTimesAreReadAsJavaTimeReadsThem() {
        for (String text : new String[] {"2026-03-01T10:15:00", "2026-12-31T23:59:59", "2024-02-29T00:00:00"}) {
            assertThat(IsoDateText.dateTime(text)).isEqualTo(LocalDateTime.parse(text));
        }
    }

    @Test
    void otherDateTimesAreLeftToJavaTime() {
        for (String text : new String[] {"2026-03-01T10:15", "2026-03-01T10:15:00.5", "2026-03-01 10:15:00",
                "2026-03-01T24:00:00", "2026-03-01T10:60:00", "2026-03-01T10:15:60", "2026-02-30T10:15:00",
                "2026-03-01T1a:15:00", "2026-03-01T10-15-00"}) {
            assertThat(IsoDateText.dateTime(text)).as(text).isNull();
        }
    }
}
