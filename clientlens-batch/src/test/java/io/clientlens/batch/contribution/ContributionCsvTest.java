package io.clientlens.batch.contribution;

import io.clientlens.importing.ImportIssue;
import io.clientlens.importing.NotUtf8Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContributionCsvTest {
    @TempDir
    Path dir;

    @Test
    void aFigureOutsideThePolicysBoundIsAProblemAtItsLineAndTheOthersAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("c1.csv"),
                "customerId,contribution\nC000008,1e30\nC000007,-1000\nC000006,-1e13\nC000005,999.995\n");
        List<ContributionCsv.Contribution> good = new ArrayList<>();
        List<ImportIssue> bad = new ArrayList<>();
        ContributionCsv.read(file, new BigDecimal("1000"), good::add, bad::add);

        assertThat(good).extracting(ContributionCsv.Contribution::customerId).isEmpty();
        assertThat(bad).extracting(ImportIssue::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(bad.get(0).column()).isEqualTo("contribution");
        assertThat(bad.get(0).reason()).contains("must lie between -1,000 and 1,000, both excluded (policy validation.maxAmount), found '1e30'",
                "利润贡献应在 -1,000 与 1,000 元之间");
        assertThat(bad.get(3).reason()).as("stored rounded to the fen, it would reach the bound").contains("found '999.995'");

        good.clear();
        bad.clear();
        ContributionCsv.read(file, good::add, bad::add);
        assertThat(good).extracting(ContributionCsv.Contribution::customerId).containsExactly("C000007", "C000005");
        assertThat(bad).extracting(ImportIssue::line).containsExactly(2L, 4L);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsFirstBadLine() throws Exception {
        Path file = Files.write(dir.resolve("gbk.csv"), "客户号,利润贡献\nC000008,100\n".getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> ContributionCsv.read(file, c -> { }, i -> { }))
                .rootCause().isInstanceOfSatisfying(NotUtf8Text.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() throws Exception {
        Path file = Files.write(dir.resolve("bom.csv"), ("\uFEFF客户号,利润贡献\nC000008,100\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ContributionCsv.Contribution> good = new ArrayList<>();
        ContributionCsv.read(file, good::add, i -> { throw new AssertionError(i.toString()); });
        assertThat(good).extracting(ContributionCsv.Contribution::amount).containsExactly(new BigDecimal("100"));
    }
}
