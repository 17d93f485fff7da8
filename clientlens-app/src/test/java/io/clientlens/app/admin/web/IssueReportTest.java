package io.clientlens.app.admin.web;

import io.clientlens.app.admin.JobIssue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems report of an import job is safe in spreadsheets. */
class IssueReportTest {
    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() {
        String report = AdminPage.IssueReport.csv(List.of(new JobIssue(2, "region", "\t=1+1", "\r=1+1")));
        // a tab start is neutralised; a carriage return never reaches the report (JobIssue makes problem texts printable)
        assertThat(report).contains("\"'\t=1+1\"", "\"\uFFFD=1+1\"").doesNotContain("\r=");
    }
}
