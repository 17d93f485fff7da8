package io.clientlens.batch.segment;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.batch.Progress;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target list written by {@code segment export} never hands a spreadsheet a formula: a region or name
 * starting with =, +, -, @, a tab or a carriage return comes out with a leading quote, after masking.
 */
class TargetListFormulaTest {
    static final String INJECTED = "=HYPERLINK(\"http://evil.example/r\",\"x\")";

    @TempDir
    Path tmp;

    @Test
    void noCellOfTheCsvStartsAFormula() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        LayoutFixture.write(input, "customers.jsonl", """
                {"customerId":"C1","type":"INDIVIDUAL","name":"=cmd|' /C calc'!A0","birthDate":"1985-06-15","gender":"M","region":"=HYPERLINK(\\"http://evil.example/r\\",\\"x\\")"}
                {"customerId":"C2","type":"INDIVIDUAL","name":"+李红","birthDate":"1990-01-01","gender":"F","region":"@SUM(1+1)"}
                {"customerId":"C3","type":"CORPORATE","name":"-2+3","region":"\\t=1+1"}
                """);
        SegmentRun run = new SegmentRunner(new SegmentRequest(input, LocalDate.of(2025, 12, 31), tmp.resolve("out"),
                PolicyYaml.defaults(), null, null, 1, null)).run(Progress.NONE);
        Path csv = tmp.resolve("targets.csv");
        TargetList.export(run, "true", io.clientlens.batch.export.TargetListFile.Format.CSV, csv, false, io.clientlens.code.Language.ZH);

        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            rows = reader.stream().toList();
        }
        assertThat(rows).hasSize(4);
        for (CsvRecord row : rows) {
            for (String cell : row.getFields()) {
                assertThat(cell).as("cell of %s", row.getFields()).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                assertThat(cell.startsWith("-") && !cell.matches("-\\d+(\\.\\d+)?")).as(cell).isFalse();
            }
        }
        assertThat(rows.get(1).getField(6)).isEqualTo("'" + INJECTED);
        assertThat(rows.get(1).getField(1)).isEqualTo("'=*");
        assertThat(rows.get(2).getField(1)).isEqualTo("'+*");
        assertThat(rows.get(2).getField(6)).isEqualTo("'@SUM(1+1)");
        assertThat(rows.get(3).getField(1)).as("a company's name is in clear, neutralised").isEqualTo("'-2+3");
        assertThat(rows.get(3).getField(6)).as("the reader trims the tab").isEqualTo("'=1+1");
    }
}
