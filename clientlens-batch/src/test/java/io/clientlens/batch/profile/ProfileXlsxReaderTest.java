package io.clientlens.batch.profile;

import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileXlsxReaderTest {
    @TempDir
    Path dir;

    @Test
    void givesTheSameProfilesAsTheEquivalentCsv() throws Exception {
        Path csv = dir.resolve("profiles.csv");
        Files.writeString(csv, """
                客户号,姓名,出生日期,工资收入,是否退休,investment.years,手机,子女1出生日期
                C1,王小明,1988-03-01,300000.5,否,3,13800138000,2018-09-01
                C2,李四,1970-12-31,0,是,,13900139000,
                """, StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("profiles.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("客户");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            text(sheet.createRow(0), "客户号", "姓名", "出生日期", "工资收入", "是否退休", "investment.years", "手机", "子女1出生日期");
            Row first = sheet.createRow(1);
            text(first, "C1", "王小明");
            dateCell(first, 2, LocalDate.of(1988, 3, 1), date);
            first.createCell(3).setCellValue(300000.5);
            first.createCell(4).setCellValue(false);
            first.createCell(5).setCellValue(3);
            first.createCell(6).setCellValue(13800138000d);
            dateCell(first, 7, LocalDate.of(2018, 9, 1), date);
            Row second = sheet.createRow(2);
            text(second, "C2", "李四", "1970-12-31");
            second.createCell(3).setCellValue(0);
            second.createCell(4).setCellValue("是");
            second.createCell(6).setCellValue("13900139000");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }

        Outcome fromCsv = Outcome.of(csv, ProfileCsvReader::read);
        Outcome fromXlsx = Outcome.of(xlsx, ProfileXlsxReader::read);

        assertThat(fromCsv.bad()).isEmpty();
        assertThat(fromXlsx.bad()).isEmpty();
        assertThat(fromXlsx.good()).hasSize(2).isEqualTo(fromCsv.good());
    }

    @Test
    void reportsBadCellByRowNumberAndHeader() throws Exception {
        Path xlsx = workbook(new Object[] {"customerId", "birthDate", "residentId"},
                new Object[] {"C1", "not a date", "11010519491231002X"},
                new Object[] {"C2", "1990-01-01", 110105194912310020d},
                new Object[] {"C3", "1990-01-01", "110105194912310020"});

        Outcome outcome = Outcome.of(xlsx, ProfileXlsxReader::read);

        assertThat(outcome.good()).extracting(Profile::customerId).containsExactly("C3");
        assertThat(outcome.bad()).extracting(ImportIssue::line, ImportIssue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "birthDate"),
                        org.assertj.core.groups.Tuple.tuple(3L, "residentId"));
    }

    @Test
    void rejectsUnknownHeader() throws Exception {
        Path xlsx = workbook(new Object[] {"customerId", "月收入"}, new Object[] {"C1", 1});

        Outcome outcome = Outcome.of(xlsx, ProfileXlsxReader::read);

        assertThat(outcome.good()).isEmpty();
        assertThat(outcome.bad()).singleElement().extracting(ImportIssue::column).isEqualTo("月收入");
    }

    @Test
    void reportsAFileThatIsNotAWorkbook() throws Exception {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "customerId\nC1\n");

        Outcome outcome = Outcome.of(fake, ProfileXlsxReader::read);

        assertThat(outcome.good()).isEmpty();
        assertThat(outcome.bad()).singleElement().extracting(ImportIssue::reason).asString().contains(".xlsx");
    }

    private Path workbook(Object[]... rows) throws Exception {
        Path xlsx = dir.resolve("rows.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        return xlsx;
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    interface Reader {
        void read(Path file, java.util.function.Consumer<Profile> good, java.util.function.Consumer<ImportIssue> bad);
    }

    record Outcome(List<Profile> good, List<ImportIssue> bad) {
        static Outcome of(Path file, Reader reader) {
            Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>());
            reader.read(file, outcome.good()::add, outcome.bad()::add);
            return outcome;
        }
    }
}
