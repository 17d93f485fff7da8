package io.clientlens.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code profile import} of random bytes as .csv, .jsonl or .xlsx says what is wrong with the file in the chosen
 * language, never SQL, a Java class or exception name, or a path other than the file's own.
 */
class GarbageImportCommandLineTest {
    /** As GarbageUploadTest.INTERNALS: SQL, Java exceptions and class names, server paths. */
    static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("(?i)\\bSQL\\b|PreparedStatement|\\binsert into\\b|\\bselect .* from\\b"),
            Pattern.compile("[A-Za-z]+(Exception|Error)\\b"),
            Pattern.compile("\\b(java|javax|jakarta|org|com|io|tools|de)\\.[a-z0-9_]+\\.[A-Za-z0-9_.]+"),
            Pattern.compile("(^|[\\s'\"(:])/(tmp|work|home|var|usr|root|opt|proc)\\b"));

    @TempDir
    static Path home;
    @TempDir
    Path files;

    @Test
    void randomBytesGetAPlainMessageInTheChosenLanguage() throws IOException {
        for (String name : new String[]{"garbage.csv", "garbage.jsonl", "garbage.xlsx"}) {
            Path file = files.resolve(name);
            Files.write(file, garbage(name.hashCode()));
            for (String lang : new String[]{"zh", "en"}) {
                CliRun.Outcome outcome = CliRun.in(home, "--lang", lang, "profile", "import", file.toString());
                String said = (outcome.out() + "\n" + outcome.err()).replace(file.toString(), "FILE");
                for (Pattern internal : INTERNALS) {
                    assertThat(internal.matcher(said).find()).as("%s %s shows %s in:%n%s", name, lang, internal, said).isFalse();
                }
                assertThat(said).as(name + " " + lang).containsPattern(lang.equals("zh") ? "\\p{IsHan}" : "(?i)\\bthe\\b");
                if (lang.equals("en")) {
                    assertThat(said).as(name + " en: the problems in English only")
                            .doesNotContainPattern(" / [^\\n]*[，；：。“”（）]").doesNotContain("缺少", "未知列名", "无法读取");
                }
            }
        }
    }

    static byte[] garbage(long seed) {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
