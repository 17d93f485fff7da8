package io.clientlens.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkDirectoriesTest {
    @TempDir
    Path tmp;

    @Test
    void removesTheDirectoryWithEverythingInItAndNothingBeside() throws IOException {
        Path work = tmp.resolve(".segment-work-1");
        Files.createDirectories(work.resolve("spill/deeper"));
        Files.writeString(work.resolve("spill/deeper/part.tmp"), "x");
        Files.writeString(work.resolve("classifications.parquet"), "y");
        Path beside = Files.writeString(tmp.resolve("summary.json"), "{}");

        WorkDirectories.remove(work);

        assertThat(work).doesNotExist();
        assertThat(beside).hasContent("{}");
    }

    @Test
    void aMissingOrUnnamedDirectoryIsNothingToDo() {
        WorkDirectories.remove(tmp.resolve("never-made"));
        WorkDirectories.remove(null);

        assertThat(tmp).isEmptyDirectory();
    }
}
