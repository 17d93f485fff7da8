package io.clientlens.batch.berka;

import io.clientlens.customer.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BerkaDatesTest {

    @Test
    void readsYymmddAsADateOfTheTwentiethCentury() {
        assertThat(BerkaDates.yymmdd("930101")).isEqualTo(LocalDate.of(1993, 1, 1));
        assertThat(BerkaDates.yymmdd("991231")).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(BerkaDates.yymmdd("960229")).isEqualTo(LocalDate.of(1996, 2, 29));
    }

    // 000229 would be 1900-02-29, which did not exist: 1900 was not a leap year.
    @ParameterizedTest
    @ValueSource(strings = {"", "93010", "9301011", "93-101", "931301", "930100", "930230", "000229", "a30101", " 30101"})
    void rejectsTextsThatAreNotYymmddDates(String text) {
        assertThat(BerkaDates.yymmdd(text)).isNull();
    }

    @Test
    void aMonthAboveFiftyMarksAWomanBornInThatMonthMinusFifty() {
        assertThat(BerkaDates.birthNumber("706213"))
                .isEqualTo(new BerkaDates.BirthNumber(LocalDate.of(1970, 12, 13), Gender.F));
    }

    @Test
    void aMonthUpToTwelveMarksAMan() {
        assertThat(BerkaDates.birthNumber("450204"))
                .isEqualTo(new BerkaDates.BirthNumber(LocalDate.of(1945, 2, 4), Gender.M));
    }

    @ParameterizedTest
    @ValueSource(strings = {"451304", "455004", "456304", "450230", "4502O4"})
    void rejectsBirthNumbersWithoutAValidMonthOrDay(String text) {
        assertThat(BerkaDates.birthNumber(text)).isNull();
    }
}
