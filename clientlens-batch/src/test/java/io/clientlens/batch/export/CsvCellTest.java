package io.clientlens.batch.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spreadsheet-formula neutralisation of CSV cells, as the OWASP CSV-injection guidance asks. */
class CsvCellTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil.example/r\",\"x\")|'=HYPERLINK(\"http://evil.example/r\",\"x\")",
            "+1+2|'+1+2",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "=*|'=*",
            "-12.50|-12.50",
            "-7|-7",
            "王*|王*",
            "a=1|a=1",
            "'=already|'=already"})
    void formulaStartsGetAQuote(String value, String written) {
        assertThat(CsvCell.safe(value)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"\t=1+1", "\r=1+1"})
    void tabAndCarriageReturnStartsGetAQuote(String value) {
        assertThat(CsvCell.safe(value)).isEqualTo("'" + value);
    }

    @org.junit.jupiter.api.Test
    void nullIsAnEmptyCellAndRowsKeepTheirOrder() {
        assertThat(CsvCell.safe((String) null)).isEmpty();
        assertThat(CsvCell.safe(Arrays.asList("C1", null, "=1", "3"))).isEqualTo(List.of("C1", "", "'=1", "3"));
    }
}
