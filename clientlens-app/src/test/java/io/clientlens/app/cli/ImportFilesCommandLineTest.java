package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import customers} and {@code import contributions} refuse a file they cannot take as a whole (not UTF-8, no
 * rows, a folder) with one line in the chosen language and store nothing, and report a contribution out of range at its
 * line while importing the others.
 */
class ImportFilesCommandLineTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    static Path home;
    @TempDir
    Path files;

    static Outcome run(String... args) {
        return CliRun.in(home, args);
    }

    @BeforeAll
    static void twoCustomers() throws IOException {
        Path customers = Files.writeString(home.resolve("customers.csv"), "customerId,name\nC000007,李娜\nC000008,张伟\n");
        Outcome imported = run("import", "customers", customers.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    @Test
    void aGbkFileIsRefusedNamingTheLineAndNothingIsStored() throws IOException {
        Path gbk = Files.write(files.resolve("gbk.csv"), "customerId,name\nC000009,王小明\n".getBytes(GBK));
        Outcome zh = run("import", "customers", gbk.toString());
        assertThat(zh.status()).isEqualTo(1);
        assertThat(zh.err()).contains("文件不是 UTF-8 编码的文本", "第 2 行").doesNotContain("not UTF-8");
        assertThat(zh.err().lines().count()).isEqualTo(1);
        Outcome en = run("--lang", "en", "import", "customers", gbk.toString());
        assertThat(en.err()).contains("the file is not UTF-8 text (first non-UTF-8 byte on line 2)").doesNotContain("文件");
        assertThat(run("show", "C000009").status()).as("not stored").isEqualTo(1);

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path withBom = Files.write(files.resolve("bom.csv"), join(bom, "customerId,name\nC000009,王小明\n".getBytes(StandardCharsets.UTF_8)));
        Outcome utf8 = run("--lang", "en", "import", "customers", withBom.toString());
        assertThat(utf8.status()).as(utf8.err()).isZero();
        assertThat(utf8.out()).contains("inserted 1");
    }

    @Test
    void aBinaryFileNamedCsvIsSaidNotToBeUtf8Text() throws IOException {
        byte[] binary = new byte[4096];
        new Random(3).nextBytes(binary);
        Path garbage = Files.write(files.resolve("garbage.csv"), binary);
        Outcome customers = run("import", "customers", garbage.toString());
        assertThat(customers.status()).isEqualTo(1);
        assertThat(customers.out() + customers.err()).contains("文件不是 UTF-8 编码的文本").doesNotContain("未知列");
        Outcome contributions = run("--lang", "en", "import", "contributions", garbage.toString());
        assertThat(contributions.status()).isEqualTo(1);
        assertThat(contributions.out() + contributions.err()).contains("the file is not UTF-8 text").doesNotContain("header must name");
    }

    @Test
    void aFileOfWhichNoRowCanBeUsedIsAFailedImportNotAPartialOne() throws IOException {
        Path unknown = Files.writeString(files.resolve("unk.csv"), "customerId,name,foo\nT1,张三,x\n");
        Outcome refused = run("import", "customers", unknown.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).contains("unk.csv:1 [foo]", "没有一行可以导入，本次未导入任何数据。");
        assertThat(run("profile", "export", "T1").status()).isEqualTo(1);
    }

    @Test
    void aContributionOutOfRangeIsAProblemLineAndTheOtherRowsAreImported() throws IOException {
        Path file = Files.writeString(files.resolve("c1.csv"), "customerId,contribution\nC000008,1e30\nC000007,-1e13\nC000007,1200\n");
        Outcome en = run("--lang", "en", "import", "contributions", file.toString());
        assertThat(en.status()).as(en.err()).isEqualTo(2);
        assertThat(en.out()).contains("contribution   inserted 0  updated 1",
                "c1.csv:2 [contribution]: must lie between -10,000,000,000,000 and 10,000,000,000,000, both excluded "
                        + "(policy validation.maxAmount), found '1e30'",
                "c1.csv:3 [contribution]");
        Outcome zh = run("import", "contributions", file.toString());
        assertThat(zh.out()).as("the good row was stored the first time").contains("利润贡献" + " ".repeat(6) + " 新增 0  更新 0  未变 1",
                "c1.csv:2 [contribution]: 利润贡献应在 -10,000,000,000,000 与 10,000,000,000,000 元之间");
    }

    @Test
    void aFileWithoutRowsIsRefusedInOneLine() throws IOException {
        Path empty = Files.writeString(files.resolve("empty.csv"), "");
        Path headerOnly = Files.writeString(files.resolve("header.csv"), "customerId,name\n\n");
        Path contributionsHeader = Files.writeString(files.resolve("c0.csv"), "customerId,contribution\n");
        for (String[] command : new String[][]{{"customers", empty.toString()}, {"customers", headerOnly.toString()},
                {"contributions", empty.toString()}, {"contributions", contributionsHeader.toString()}}) {
            Outcome zh = run("import", command[0], command[1]);
            assertThat(zh.status()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(zh.err()).as(String.join(" ", command)).contains("文件中没有数据行（文件为空或只有表头）");
            assertThat(zh.err().lines().count()).isEqualTo(1);
            Outcome en = run("--lang", "en", "import", command[0], command[1]);
            assertThat(en.err()).contains("the file holds no rows (it is empty or has only the header)");
        }
    }

    @Test
    void aFolderIsSaidToBeOneNotAMissingFile() {
        for (String kind : new String[]{"customers", "contributions"}) {
            Outcome zh = run("import", kind, files.toString());
            assertThat(zh.status()).isEqualTo(1);
            assertThat(zh.err()).contains("这是文件夹，不是文件：" + files).doesNotContain("文件不存在");
            assertThat(run("--lang", "en", "import", kind, files.toString()).err()).contains("This is a folder, not a file: " + files);
        }
        assertThat(run("import", "customers", files.resolve("absent.csv").toString()).err()).contains("文件不存在：");
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
