package io.clientlens.batch.profile;

import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileFilesTest {
    @TempDir
    Path dir;

    @Test
    void picksTheReaderByExtension() throws Exception {
        Profile example = ProfileJson.read(ProfileFixture.domainExampleJson());
        Files.writeString(dir.resolve("a.json"), ProfileFixture.domainExampleJson());
        Files.writeString(dir.resolve("b.JSONL"), ProfileJson.writeLine(example) + "\n");
        Files.writeString(dir.resolve("c.csv"), "customerId,name\nC0001,王小明\n");

        assertThat(read("a.json")).containsExactly(example);
        assertThat(read("b.JSONL")).containsExactly(example);
        assertThat(read("c.csv")).extracting(Profile::name).containsExactly("王小明");
    }

    @Test
    void refusesOtherExtensionsSayingWhatIsSupported() {
        assertThatThrownBy(() -> ProfileFiles.read(dir.resolve("old.xls"), p -> { }, i -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("old.xls").hasMessageContaining(".csv, .xlsx, .json or .jsonl");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsFirstBadLineWhateverItsKind() throws Exception {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        Files.write(dir.resolve("gbk.csv"), "customerId,name\nC0001,王小明\n".getBytes(gbk));
        Files.write(dir.resolve("gbk.jsonl"), "{\"customerId\": \"C0001\"}\n{\"customerId\": \"C0002\", \"name\": \"王小明\"}\n".getBytes(gbk));
        Files.write(dir.resolve("gbk.json"), "[\n{\"customerId\": \"C0001\", \"name\": \"王小明\"}\n]\n".getBytes(gbk));
        for (String[] file : new String[][]{{"gbk.csv", "2"}, {"gbk.jsonl", "2"}, {"gbk.json", "2"}}) {
            assertThatThrownBy(() -> ProfileFiles.read(dir.resolve(file[0]), p -> { }, i -> { }))
                    .as(file[0]).rootCause().isInstanceOfSatisfying(io.clientlens.importing.NotUtf8Text.class,
                            e -> assertThat(e.line()).isEqualTo(Long.parseLong(file[1])));
        }
    }

    @Test
    void aFileWithoutRowsIsRefusedWhateverItsKind() throws Exception {
        Files.writeString(dir.resolve("header.csv"), "customerId,name\n\n");
        Files.writeString(dir.resolve("empty.csv"), "");
        Files.writeString(dir.resolve("empty.jsonl"), "\n");
        Files.writeString(dir.resolve("empty.json"), "");
        Files.writeString(dir.resolve("none.json"), "[]");
        for (String name : List.of("header.csv", "empty.csv", "empty.jsonl", "empty.json", "none.json")) {
            assertThatThrownBy(() -> ProfileFiles.read(dir.resolve(name), p -> { }, i -> { }))
                    .as(name).isInstanceOf(io.clientlens.importing.FileRefused.class)
                    .hasMessageContaining("the file holds no rows");
        }
    }

    private List<Profile> read(String name) {
        List<Profile> good = new ArrayList<>();
        List<ImportIssue> bad = new ArrayList<>();
        ProfileFiles.read(dir.resolve(name), good::add, bad::add);
        assertThat(bad).isEmpty();
        return good;
    }
}
