package io.clientlens.batch.segment;

import io.clientlens.code.InputRejected;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The runs recorded under the ClientLens home ({@code <home>/segment-runs/<id>.json}); a run can
 * also be named by its output directory (which holds run.json).
 */
public final class RunRegistry {
    private final Path directory;

    public RunRegistry(Path home) {
        this.directory = home.resolve("segment-runs");
    }

    public void record(SegmentRun run) {
        run.write(directory.resolve(run.id() + ".json"));
    }

    /** A run by id (or unique id prefix), or by a directory holding run.json. */
    public SegmentRun find(String idOrDirectory) {
        Path dir = Path.of(idOrDirectory);
        if (Files.isRegularFile(dir.resolve(SegmentRun.FILE))) {
            return SegmentRun.read(dir.resolve(SegmentRun.FILE));
        }
        List<Path> matches = list().stream()
                .filter(p -> p.getFileName().toString().startsWith(idOrDirectory)).toList();
        if (matches.size() == 1) {
            return SegmentRun.read(matches.get(0));
        }
        List<String> names = matches.stream().map(p -> p.getFileName().toString()).toList();
        throw matches.isEmpty()
                ? new InputRejected("在 " + directory + " 中没有分群运行“" + idOrDirectory + "”（也没有含 run.json 的同名目录）",
                "no segment run '" + idOrDirectory + "' in " + directory + " (and no run.json in such a directory)")
                : new InputRejected("分群运行“" + idOrDirectory + "”不唯一：" + String.join("、", names),
                "segment run '" + idOrDirectory + "' is ambiguous: " + names);
    }

    public List<Path> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
