package io.clientlens.batch.aml;

import io.clientlens.aml.ComplianceFlags;
import io.clientlens.code.InputRejected;
import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compliance flags beside the files: read as written, and a wrong file refused saying where, in both languages. */
class ComplianceFlagsFileTest {
    private static final String HEADER = "customerId,openSuspiciousReport,confirmedWatchListHit\n";

    @TempDir
    Path dir;

    @Test
    void readsEachFlaggedCustomerAndNobodyElse() throws Exception {
        Files.writeString(dir.resolve(ComplianceFlagsFile.FILE), "\uFEFF" + HEADER + "客户1,true,\nC2,false,true\n");

        ComplianceFlags flags = ComplianceFlagsFile.read(dir);

        assertThat(flags.of("客户1")).isEqualTo(new ComplianceFlags.Flags(true, false));
        assertThat(flags.of("C2")).isEqualTo(new ComplianceFlags.Flags(false, true));
        assertThat(flags.of("C3")).isEqualTo(ComplianceFlags.Flags.NONE);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNamingTheLineInsteadOfFlaggingNobody() throws Exception {
        Files.write(dir.resolve(ComplianceFlagsFile.FILE), (HEADER + "C1,true,false\n客户2,true,false\n").getBytes("GBK"));

        assertThatThrownBy(() -> ComplianceFlagsFile.read(dir))
                .isInstanceOf(InputRejected.class)
                .satisfies(e -> {
                    assertThat(((InputRejected) e).in(Language.EN)).contains("aml-flags.csv").contains("not UTF-8").contains("line 3");
                    assertThat(((InputRejected) e).in(Language.ZH)).contains("aml-flags.csv").contains("第 3 行");
                });
    }

    @Test
    void aValueOtherThanTrueOrFalseIsRefusedNamingTheLineAndTheColumnInBothLanguages() throws Exception {
        Files.writeString(dir.resolve(ComplianceFlagsFile.FILE), HEADER + "C1,yes,false\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ComplianceFlagsFile.read(dir))
                .isInstanceOf(InputRejected.class)
                .satisfies(e -> {
                    assertThat(((InputRejected) e).in(Language.EN)).contains("line 2: openSuspiciousReport: expected true or false, found \"yes\"");
                    assertThat(((InputRejected) e).in(Language.ZH)).contains("第 2 行：openSuspiciousReport 应为 true 或 false");
                });
    }
}
