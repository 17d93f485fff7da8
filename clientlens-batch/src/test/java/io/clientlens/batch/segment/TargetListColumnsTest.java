package io.clientlens.batch.segment;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.clientlens.batch.Progress;
import io.clientlens.batch.export.TargetListFile;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target list of {@code segment export}: headers in the user's language, classes as labels, the branch and the
 * relationship manager of each customer, AUM a number in the workbook.
 */
class TargetListColumnsTest {
    @TempDir
    Path tmp;

    @Test
    void headersAreInTheUsersLanguageClassesAreLabelsAndEachRowNamesItsBranchAndRm() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        LayoutFixture.write(input, "customers.jsonl", """
                {"customerId":"C1","type":"INDIVIDUAL","name":"王小明","birthDate":"1985-06-15","gender":"M","region":"北京市","branch":"BR001","relationshipManager":"RM07"}
                {"customerId":"C2","type":"INDIVIDUAL","name":"李红","birthDate":"1990-01-01","gender":"F","region":"上海市","branch":"BR002","relationshipManager":"RM08"}
                {"customerId":"C3","type":"CORPORATE","name":"某某公司","region":"广东省"}
                """);
        SegmentRun run = new SegmentRunner(new SegmentRequest(input, LocalDate.of(2025, 12, 31), tmp.resolve("out"),
                PolicyYaml.defaults(), null, null, 1, null)).run(Progress.NONE);

        Path zh = tmp.resolve("zh.csv");
        TargetList.export(run, "true", TargetListFile.Format.CSV, zh, false, Language.ZH);
        List<CsvRecord> rows = read(zh);
        List<String> header = rows.get(0).getFields().stream().map(h -> h.replace("\uFEFF", "")).toList();
        assertThat(header).containsExactly("客户号", "姓名", "身份证号", "手机号", "网点", "客户经理", "地区",
                "资产层级", "客户价值", "服务等级", "RFM行为细分", "资产（AUM）", "所属自定义分群");
        CsvRecord c1 = rows.get(1);
        assertThat(c1.getField(0)).isEqualTo("C1");
        assertThat(c1.getField(4)).isEqualTo("BR001");
        assertThat(c1.getField(5)).isEqualTo("RM07");
        assertThat(c1.getField(6)).isEqualTo("北京市");
        String tier = codeOf(run, "C1", Dimension.AUM_TIER);
        assertThat(c1.getField(7)).isEqualTo(Dimension.AUM_TIER.labelOf(tier).zh()).doesNotContain(tier);
        assertThat(c1.getField(8)).isEqualTo(Dimension.VALUE_CLASS.labelOf(codeOf(run, "C1", Dimension.VALUE_CLASS)).zh());
        assertThat(rows.get(2).getField(5)).isEqualTo("RM08");
        assertThat(rows.get(3).getField(4)).as("no branch in the profile: empty").isEmpty();
        for (CsvRecord r : rows.subList(1, rows.size())) {
            for (int i = 7; i <= 10; i++) {
                assertThat(r.getField(i)).as("a class is its label").doesNotMatch("[A-Z_]{2,}");
            }
        }

        Path en = tmp.resolve("en.xlsx");
        TargetList.export(run, "true", TargetListFile.Format.XLSX, en, false, Language.EN);
        try (InputStream in = Files.newInputStream(en); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("Target customers");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer id");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Relationship manager");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("AUM tier");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo(Dimension.AUM_TIER.labelOf(tier).en());
            assertThat(sheet.getRow(1).getCell(11).getCellType()).as("the AUM is a number").isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("王*");
        }
    }

    private static List<CsvRecord> read(Path csv) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            return reader.stream().toList();
        }
    }

    private static String codeOf(SegmentRun run, String customerId, Dimension d) {
        try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement();
             var rs = s.executeQuery("select \"" + d.code() + "\" from read_parquet('" + run.results().toString().replace("'", "''")
                     + "') where \"customerId\" = '" + customerId + "'")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
