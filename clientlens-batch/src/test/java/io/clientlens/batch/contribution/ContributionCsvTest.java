package io.clientlens.batch.contribution;

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
