package io.clientlens.batch.profile;

import io.clientlens.customer.FactSource;
import io.clientlens.customer.Gender;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileColumnsTest {

    @ParameterizedTest
    @CsvSource({"true,true", "是,true", "Y,true", "y,true", "1,true", "false,false", "否,false", "N,false", "0,false"})
    void readsYesAndNoInEnglishChineseAndDigits(String cell, boolean expected) {
        assertThat(ColumnType.BOOLEAN.parse(new Cell.Text(cell))).isEqualTo(expected);
    }

    @Test
    void readsGenderAndMaritalStatusCodesOrChinese() {
        assertThat(ColumnType.GENDER.parse(new Cell.Text("女"))).isEqualTo(Gender.F);
        assertThat(ColumnType.GENDER.parse(new Cell.Text("m"))).isEqualTo(Gender.M);
        assertThat(ColumnType.MARITAL_STATUS.parse(new Cell.Text("丧偶"))).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(ColumnType.MARITAL_STATUS.parse(new Cell.Text("divorced"))).isEqualTo(MaritalStatus.DIVORCED);
        assertThat(ColumnType.SOURCE.parse(new Cell.Text("电话沟通"))).isEqualTo(FactSource.Channel.PHONE);
        assertThat(ColumnType.GENDER.parse(new Cell.Text("男性"))).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2018-09-01", "2018/9/1", "20180901", "2018年9月1日"})
    void readsDatesInTheFormatsBankStaffType(String cell) {
        assertThat(ColumnType.DATE.parse(new Cell.Text(cell))).isEqualTo(LocalDate.of(2018, 9, 1));
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(ColumnType.DATE.parse(new Cell.Text("2023-02-29"))).isNull();
        assertThat(ColumnType.DATE.parse(new Cell.Text("01/09/2018"))).isNull();
    }

    @Test
    void readsAmountsWithThousandsSeparatorsButNeverNegative() {
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("300,000.50"))).isEqualTo(new BigDecimal("300000.50"));
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("-1"))).isNull();
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("三十万"))).isNull();
        // as people type amounts: in 万, with 元, in full-width characters
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("30万"))).isEqualTo(new BigDecimal("300000"));
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("1.5万元"))).isEqualTo(new BigDecimal("15000"));
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("３００，０００"))).isEqualTo(new BigDecimal("300000"));
        assertThat(ColumnType.AMOUNT.parse(new Cell.Text("1,00,000"))).isNull();
        assertThat(ColumnType.COUNT.parse(new Cell.Text("-1"))).isNull();
        assertThat(ColumnType.COUNT.parse(new Cell.Text("2.5"))).isNull();
        assertThat(ColumnType.COUNT.parse(new Cell.Numeric(new BigDecimal("3.0")))).isEqualTo(3);
    }

    @Test
    void rejectsLongNumberExcelHasAlreadyRounded() {
        assertThat(ColumnType.TEXT.parse(new Cell.Numeric(new BigDecimal("110105194912310000")))).isNull();
        assertThat(ColumnType.TEXT.parse(new Cell.Numeric(new BigDecimal("13800138000")))).isEqualTo("13800138000");
    }

    @Test
    void documentsEveryColumnWithItsChineseHeaderInOrder() throws Exception {
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+?) \\|", Pattern.MULTILINE);
        Matcher documented = row.matcher(Files.readString(docs("import-columns.md")));
        List<String> names = new ArrayList<>();
        while (documented.find()) {
            names.add(documented.group(1) + "=" + documented.group(2));
        }

        assertThat(names).containsExactlyElementsOf(ProfileColumns.ALL.stream().map(c -> c.name() + "=" + c.chinese()).toList());
    }

    @Test
    void documentedExamplesReadTheSameInChineseAndEnglish(@TempDir Path dir) throws Exception {
        List<String> blocks = csvBlocks(Files.readString(docs("import-columns.md")));
        Files.writeString(dir.resolve("zh.csv"), blocks.get(0));
        Files.writeString(dir.resolve("en.csv"), blocks.get(1));
        List<Profile> zh = new ArrayList<>();
        List<Profile> en = new ArrayList<>();
        List<ImportIssue> bad = new ArrayList<>();

        ProfileCsvReader.read(dir.resolve("zh.csv"), zh::add, bad::add);
        ProfileCsvReader.read(dir.resolve("en.csv"), en::add, bad::add);

        assertThat(bad).isEmpty();
        assertThat(zh).hasSize(2);
        assertThat(zh.get(0)).isEqualTo(en.get(0));
        assertThat(zh.get(1).assets()).isNull();
    }

    private static List<String> csvBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```csv\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    private static Path docs(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs").resolve(name))) {
                return dir.resolve("docs").resolve(name);
            }
        }
        throw new IllegalStateException("docs/" + name + " not found");
    }
}
