package io.clientlens.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import files are decoded strictly: a byte that is not UTF-8 is found at its line, whatever chunk it falls in. */
class Utf8TextTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void aGbkFileIsRefusedAtTheLineOfItsFirstBadByte() throws IOException {
        byte[] file = join("customerId,name\nC1,".getBytes(StandardCharsets.UTF_8), "王小明".getBytes(GBK), "\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Utf8Text.decode(file)).isInstanceOfSatisfying(NotUtf8Text.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason().zh()).contains("文件不是 UTF-8 编码的文本", "第 2 行");
            assertThat(e.reason().en()).contains("not UTF-8 text", "line 2");
        });
        Path path = write("gbk.csv", file);
        assertThatThrownBy(() -> Utf8Text.decode(java.nio.file.Files.readAllBytes(path))).isInstanceOf(NotUtf8Text.class);
        assertThatThrownBy(() -> readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(path))))
                .isInstanceOfSatisfying(NotUtf8Text.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void theReaderCountsLinesAcrossItsChunksAndKeepsCharactersSplitBetweenThem() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line < 5000; line++) {
            text.append("客户").append(line).append(",王小明\n"); // three-byte characters fall across every chunk boundary
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(write("good.csv", good))))).isEqualTo(text.toString());
        byte[] bad = join(good, "李".getBytes(GBK));
        assertThatThrownBy(() -> readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(write("bad.csv", bad)))))
                .isInstanceOfSatisfying(NotUtf8Text.class, e -> assertThat(e.line()).isEqualTo(5000));
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 2); // a character cut short at the end of the file
        assertThatThrownBy(() -> readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(write("cut.csv", cut))))).isInstanceOf(NotUtf8Text.class);
    }

    @Test
    void aByteOrderMarkIsDroppedAndAnEmptyFileIsEmpty() throws IOException {
        byte[] withBom = join(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "customerId\nC1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Utf8Text.decode(withBom)).isEqualTo("customerId\nC1\n");
        assertThat(readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(write("bom.csv", withBom))))).isEqualTo("customerId\nC1\n");
        assertThat(readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(write("only-bom.csv", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))))).isEmpty();
        assertThat(readAll(Utf8Text.reader(java.nio.file.Files.newInputStream(write("empty.csv", new byte[0]))))).isEmpty();
        assertThat(Utf8Text.decode(new byte[0])).isEmpty();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static String readAll(Reader reader) throws IOException {
        try (reader) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
