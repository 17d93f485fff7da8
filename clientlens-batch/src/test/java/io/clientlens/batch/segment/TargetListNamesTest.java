package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A target list from a segment run masks a person's name and shows a company's in clear. */
class TargetListNamesTest {
    @TempDir
    Path tmp;

    @Test
    void aCompanysNameIsInClearAndAPersonsMasked() throws IOException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        SegmentRun run = new SegmentRunner(new SegmentRequest(input, LocalDate.of(2025, 12, 31), tmp.resolve("out"),
                PolicyYaml.defaults(), null, null, 1, null)).run(Progress.NONE);
        Path csv = tmp.resolve("targets.csv");
        TargetList.export(run, "true", io.clientlens.batch.export.TargetListFile.Format.CSV, csv, false, io.clientlens.code.Language.ZH);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).anyMatch(l -> l.startsWith("C1,王*,")).anyMatch(l -> l.startsWith("C3,某某公司,"))
                .noneMatch(l -> l.contains("王小明"));
    }
}
