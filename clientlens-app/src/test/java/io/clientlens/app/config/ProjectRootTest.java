package io.clientlens.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRootTest {
    @TempDir
    Path temp;

    @Test
    void theLaunchersFolderWinsOverTheCurrentFolder() {
        assertThat(ProjectRoot.find(null, Map.of(ProjectRoot.ENV, "/opt/clientlens"), "x.jar"))
                .isEqualTo(Path.of("/opt/clientlens"));
        assertThat(ProjectRoot.find("/srv/cl", Map.of(ProjectRoot.ENV, "/opt/clientlens"), "x.jar"))
                .isEqualTo(Path.of("/srv/cl"));
        assertThat(ProjectRoot.berka(Path.of("/opt/clientlens"))).isEqualTo(Path.of("/opt/clientlens/data/berka"));
    }

    @Test
    void withoutItTheFolderOfTheRunningJarThenTheCurrentFolder() throws IOException {
        Path jar = temp.resolve("repo/clientlens-app/target/clientlens.jar");
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);

        assertThat(ProjectRoot.find(null, Map.of(), jar.toString())).isEqualTo(temp.resolve("repo"));
        assertThat(ProjectRoot.find(null, Map.of(), "/usr/lib/other.jar")).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(ProjectRoot.find("", Map.of(ProjectRoot.ENV, " "), "classes:lib/a.jar")).isEqualTo(Path.of("").toAbsolutePath());
    }
}
