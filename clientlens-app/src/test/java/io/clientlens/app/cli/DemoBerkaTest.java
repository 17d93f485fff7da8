package io.clientlens.app.cli;

import io.clientlens.app.cli.CliRun.Outcome;
import io.clientlens.app.config.ProjectRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo --dataset berka} reads the extract kept in the repository (data/berka) under the folder the
 * launcher names (bin/clientlens sets CLIENTLENS_PROJECT_ROOT; here the equivalent system property), not the
 * current folder, and shows its amounts in Czech crowns.
 */
class DemoBerkaTest {
    @TempDir
    Path temp;

    /** Maven runs the tests in the module's folder, clientlens-app; the repository is its parent. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @AfterEach
    void forgetTheProjectRoot() {
        System.clearProperty(ProjectRoot.PROPERTY);
    }

    @Test
    void loadsTheRepositorysBerkaExtractAndShowsItsAmountsInCrowns() {
        System.setProperty(ProjectRoot.PROPERTY, REPOSITORY.toString());
        Path home = temp.resolve("home");

        Outcome demo = CliRun.in(home, "--lang", "en", "demo", "--dataset", "berka", "--no-serve");

        assertThat(demo.status()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("customer       inserted 5,369").contains("trans.asc:49104")
                .contains("as-of 1994-03-31").contains("amounts in CZK").contains("customers 5,369")
                .containsPattern("AML monitoring: new alerts \\d+");
        // Client 2 has owned account 2 since 1993-02-26.
        Outcome shown = CliRun.in(home, "--lang", "en", "show", "2");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).contains(" CZK").doesNotContain("CNY").doesNotContain("元");
        assertThat(CliRun.in(home, "show", "2").out()).contains(" 克朗").doesNotContain("元");
    }

    @Test
    void withoutTheDataFolderItSaysInOneLineWhichFolderItExpected() {
        Path elsewhere = temp.resolve("no-data-here");
        System.setProperty(ProjectRoot.PROPERTY, elsewhere.toString());

        Outcome demo = CliRun.in(temp.resolve("home2"), "--lang", "en", "demo", "--dataset", "berka", "--no-serve");

        assertThat(demo.status()).isEqualTo(1);
        assertThat(demo.err()).contains("Berka data not found").contains(elsewhere.resolve("data").resolve("berka").toString())
                .contains("--berka-dir");
        assertThat(demo.err().strip().lines().count()).isEqualTo(1);
    }
}
