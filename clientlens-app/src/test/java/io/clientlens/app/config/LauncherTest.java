package io.clientlens.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherTest {

    @Test
    void anUnreachableExternalDatabaseIsReportedWithItsUrl(@TempDir Path home) {
        Settings settings = new Settings(home, null, "jdbc:postgresql://localhost:1/nowhere", "u", "p", null, null);
        assertThatThrownBy(() -> Launcher.start(settings, null, Map.of()))
                .hasMessageStartingWith("Cannot connect to the database at jdbc:postgresql://localhost:1/nowhere (CLIENTLENS_DB_URL)");
    }

    @Test
    void homeComesFromTheOptionThenTheEnvironmentThenTheUsersFolder(@TempDir Path home) {
        assertThat(Settings.resolve(home, null, Map.of("CLIENTLENS_HOME", "/elsewhere")).home()).isEqualTo(home);
        assertThat(Settings.resolve(null, null, Map.of("CLIENTLENS_HOME", "/elsewhere")).home()).isEqualTo(Path.of("/elsewhere"));
        assertThat(Settings.resolve(null, null, Map.of()).home())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".clientlens"));
        assertThat(Settings.resolve(home, null, Map.of("CLIENTLENS_DB_URL", " ")).usesExternalDatabase()).isFalse();
    }
}
