package io.clientlens.app.cli;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * segment --engine spark finds the engine's jars outside the application: the module's jar and the
 * list its build writes, or the jars named in CLIENTLENS_SPARK_CLASSPATH; without either it says how to
 * build it, in both languages. The DuckDB engine stays the default and --master needs the Spark engine.
 */
class SparkEngineTest {
    @TempDir
    Path root;

    @Test
    void anUnbuiltEngineIsExplainedWithTheCommandThatBuildsIt() {
        assertThatThrownBy(() -> SparkEngine.classPath(root, null, new Say(Language.EN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the Spark engine is not built: run ./mvnw -pl clientlens-spark -am package -DskipTests")
                .hasMessageContaining(SparkEngine.ENV);
        assertThatThrownBy(() -> SparkEngine.classPath(root, "", new Say(Language.ZH)))
                .hasMessageContaining("Spark 引擎尚未构建");
    }

    @Test
    void theJarsComeFromTheModulesBuildOrFromTheEnvironment() throws IOException {
        Path target = Files.createDirectories(root.resolve("clientlens-spark/target"));
        Files.writeString(target.resolve("clientlens-spark.jar"), "");
        Files.writeString(target.resolve("spark-classpath.txt"), "/opt/a.jar" + File.pathSeparator + "/opt/spark-sql.jar\n");
        List<URL> built = SparkEngine.classPath(root, null, new Say(Language.EN));
        assertThat(built).extracting(URL::getPath)
                .containsExactly(target.resolve("clientlens-spark.jar").toString(), "/opt/a.jar", "/opt/spark-sql.jar");
        List<URL> named = SparkEngine.classPath(root, "/x/one.jar" + File.pathSeparator + "/x/two.jar", new Say(Language.EN));
        assertThat(named).extracting(URL::getPath).containsExactly("/x/one.jar", "/x/two.jar");
    }

    @Test
    void eachPhaseOfARunIsToldInTheUsersLanguage() {
        for (String phase : List.of("inputs", "features", "classify", "monitoring", "counts")) {
            String zh = SparkEngine.phase(phase, new Say(Language.ZH));
            String en = SparkEngine.phase(phase, new Say(Language.EN));
            assertThat(zh).as(phase).isNotEqualTo(phase).containsPattern("\\p{IsHan}").endsWith("…");
            assertThat(en).as(phase).isNotEqualTo(phase).doesNotContainPattern("\\p{IsHan}").endsWith("…");
        }
        assertThat(SparkEngine.phase("monitoring", new Say(Language.EN))).isEqualTo("Spark is monitoring the transactions (six rules)…");
        assertThat(SparkEngine.phase("later", new Say(Language.EN))).as("a phase a newer engine adds").isEqualTo("later");
    }
}
