package io.clientlens.app.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM on the test's class path, as {@code bin/clientlens} would start one, whose output
 * goes to a file; it can be killed like any process ({@code kill -9}: {@link #kill()}).
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path output;
    private final String arguments;

    private ChildJvm(Process process, Path output, String arguments) {
        this.process = process;
        this.output = output;
        this.arguments = arguments;
    }

    static ChildJvm start(Path workDir, List<String> systemProperties, Class<?> main, String... args) throws IOException {
        Files.createDirectories(workDir);
        Path output = Files.createTempFile(workDir, "child-", ".out");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dclientlens.test-log=" + workDir.resolve("child-tests.log"));
        command.addAll(systemProperties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("CLIENTLENS_"));
        return new ChildJvm(builder.start(), output, main.getSimpleName() + " " + String.join(" ", args));
    }

    /** The main class and arguments, for messages. */
    String command() {
        return arguments;
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits until the output contains {@code text}; fails if the process ends first or time runs out. */
    String awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String out = output();
            if (out.contains(text)) {
                return out;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (status " + process.exitValue() + ") before printing '" + text
                        + "':\n" + out);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + output());
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** {@code kill} (SIGTERM), as Ctrl-C or a service manager stops a process: shutdown hooks run. */
    boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
