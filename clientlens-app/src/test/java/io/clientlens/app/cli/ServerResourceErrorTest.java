package io.clientlens.app.cli;

import io.clientlens.app.admin.JobFailure;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import picocli.CommandLine;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database server runs out of disk, memory or connections, the command and the admin job say which, in the
 * chosen language, instead of PostgreSQL's message with its data file path and statement.
 */
class ServerResourceErrorTest {

    /** As a run that filled the disk fails: PostgreSQL's error, wrapped by Spring and by the run. */
    private static RuntimeException failedRun(String sqlState) {
        SQLException postgres = new SQLException("ERROR: could not extend file \"base/16386/16515.1\": No space left on "
                + "device\n  Hint: Check free disk space.\n  Where: COPY classification, line 678", sqlState);
        return new IllegalStateException("Classification failed: " + postgres.getMessage(),
                new DataAccessResourceFailureException("StatementCallback; SQL [select 1]", postgres));
    }

    @Test
    void aFullDiskIsSaidInTheChosenLanguageWithoutTheServersFilePath() {
        String english = ClientLensMain.said(failedRun("53100"), parsed("--lang", "en", "classify"));
        String chinese = ClientLensMain.said(failedRun("53100"), parsed("classify"));

        assertThat(english).isEqualTo("the database server has run out of disk space; nothing of this was stored. "
                + "Free space on the database's disk and run it again");
        assertThat(chinese).isEqualTo("数据库服务器磁盘空间不足，本次未写入任何数据。请释放数据库所在磁盘的空间后重新运行");
    }

    @Test
    void eachResourceOfClass53HasItsOwnAdviceAndOtherErrorsNone() {
        assertThat(JobFailure.serverProblem(failedRun("53200")).orElseThrow()).startsWith("the database server ran out of memory");
        assertThat(JobFailure.serverProblem(failedRun("53300")).orElseThrow()).contains("max_connections");
        assertThat(JobFailure.serverProblem(failedRun("53400")).orElseThrow()).contains("SQLState 53400")
                .doesNotContain("base/").doesNotContain("COPY");
        assertThat(JobFailure.serverProblem(failedRun("23505"))).isEmpty();
        assertThat(JobFailure.serverProblem(new IllegalStateException("no cause"))).isEmpty();
    }

    @Test
    void anAdminJobKeepsTheAdviceInBothLanguages() {
        assertThat(JobFailure.message(failedRun("53100"), 7)).contains("run out of disk space").contains("磁盘空间不足")
                .doesNotContain("base/16386").doesNotContain("COPY");
    }

    private static CommandLine parsed(String... args) {
        CommandLine cli = new CommandLine(new ClientLensCommand());
        cli.parseArgs(args);
        return cli;
    }
}
