package io.clientlens.batch.profile;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IsoDatesTest {
    @Test
    void readsPlainIsoDates() {
        assertThat(IsoDates.parse("1985-06-15")).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void leavesEverythingElseToJacksonsReader() {
        for (String other : new String[] {"2025-02-29", "2018-13-01", "2018-00-10", "1990/01/02", " 1990-01-02",
                "1990-1-02", "19900102", "+1990-01-02", "1990-01-0x", "", "1990-01-02T00:00"}) {
            assertThat(IsoDates.parse(other)).as(other).isNull();
        }
    }
}
