package io.clientlens.batch.generate;

import io.clientlens.aml.monitor.AlertRule;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aml-truth.csv}: the typologies the generator planted (docs/generic-layout.md), one line each with
 * {@code customerId,rule,from,to}, in customer order. Written beside the generated data.
 */
public final class AmlTruthFile {
    public static final String FILE = "aml-truth.csv";
    private static final String HEADER = "customerId,rule,from,to";

    private AmlTruthFile() {
    }

    public static void write(Path file, List<PlantedCase> cases) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                for (PlantedCase c : cases) {
                    out.write(c.customerId() + "," + c.rule() + "," + c.from() + "," + c.to() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<PlantedCase> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IllegalArgumentException(file + ": expected the header " + HEADER);
            }
            List<PlantedCase> cases = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                if (f.length != 4) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected " + HEADER);
                }
                cases.add(new PlantedCase(f[0], AlertRule.valueOf(f[1]), LocalDate.parse(f[2]), LocalDate.parse(f[3])));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
