package io.clientlens.app.cli;

import io.clientlens.app.config.ProjectRoot;
import io.clientlens.batch.segment.SegmentRun;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code segment --engine spark}: runs the Spark engine (module clientlens-spark, docs/SCALING.md) in
 * this process from its own jars, which are never on the application's class path: the module's jar
 * and the libraries listed in {@code clientlens-spark/target/spark-classpath.txt} (Spark itself, about
 * 280 MB), in a class loader of their own over the JDK, loaded only when this engine is asked for.
 * The environment variable {@code CLIENTLENS_SPARK_CLASSPATH} may name the jars instead (a
 * path-separated list).
 */
final class SparkEngine {
    static final String ENV = "CLIENTLENS_SPARK_CLASSPATH";
    private static final String MAIN = "io.clientlens.spark.SparkSegmentMain";

    private SparkEngine() {
    }

    /**
     * Runs the engine with SparkSegmentMain's arguments, telling {@code progress} what each phase does as it begins,
     * and returns the run it recorded in {@code out}.
     */
    static SegmentRun run(List<String> args, Path out, Say say, PrintWriter progress) {
        List<URL> urls = classPath(ProjectRoot.find(), System.getenv(ENV), say);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Not closed: Spark and Hadoop run shutdown hooks from these jars when the process ends.
        URLClassLoader loader = new URLClassLoader("clientlens-spark", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        try {
            thread.setContextClassLoader(loader);
            Consumer<String> starting = phase -> {
                progress.println(phase(phase, say));
                progress.flush();
            };
            loader.loadClass(MAIN).getMethod("run", String[].class, Consumer.class)
                    .invoke(null, args.toArray(String[]::new), starting);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw new IllegalArgumentException(cause.getMessage(), cause);
            }
            throw new IllegalStateException(say.t("Spark 分群运行失败：", "the Spark segment run failed: ")
                    + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(say.t("无法启动 Spark 引擎：", "cannot start the Spark engine: ") + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return SegmentRun.read(out.toAbsolutePath().resolve(SegmentRun.FILE));
    }

    /** What a phase of the engine's run does, as the user reads it; the phase's own name if it is a new one. */
    static String phase(String name, Say say) {
        return switch (name) {
            case "inputs" -> say.t("Spark 正在读取并检查输入…", "Spark is reading and checking the input…");
            case "features" -> say.t("Spark 正在计算客户特征和总体统计（利润贡献帕累托分界、RFM 五分位）…",
                    "Spark is computing the customer features and the population statistics (Pareto cut of contribution, RFM quintiles)…");
            case "classify" -> say.t("Spark 正在分类并写出结果…", "Spark is classifying the customers and writing the results…");
            case "monitoring" -> say.t("Spark 正在进行交易监测（六条规则）…", "Spark is monitoring the transactions (six rules)…");
            case "counts" -> say.t("正在统计各类客户数…", "Counting the customers per class…");
            default -> name;
        };
    }

    /** The engine's jars: from {@code env} when set, else from the build of module clientlens-spark under {@code root}. */
    static List<URL> classPath(Path root, String env, Say say) {
        List<String> entries = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            entries.addAll(List.of(env.split(java.io.File.pathSeparator)));
        } else {
            Path target = root.resolve("clientlens-spark").resolve("target");
            Path jar = target.resolve("clientlens-spark.jar");
            Path list = target.resolve("spark-classpath.txt");
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(list)) {
                throw new IllegalArgumentException(say.t(
                        "Spark 引擎尚未构建：请在 " + root + " 运行 ./mvnw -pl clientlens-spark -am package -DskipTests（会下载约 280 MB 的 Spark），"
                                + "或用环境变量 " + ENV + " 指定其 jar 包",
                        "the Spark engine is not built: run ./mvnw -pl clientlens-spark -am package -DskipTests in " + root
                                + " (it downloads about 280 MB of Spark), or name its jars in " + ENV));
            }
            entries.add(jar.toString());
            try {
                String text = Files.readString(list, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    entries.addAll(List.of(text.split(java.io.File.pathSeparator)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + list, e);
            }
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                urls.add(Path.of(entry.strip()).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(entry + ": not a file path", e);
            }
        }
        return urls;
    }
}
