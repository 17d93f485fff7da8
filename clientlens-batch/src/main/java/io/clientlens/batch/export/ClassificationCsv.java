package io.clientlens.batch.export;

import io.clientlens.code.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The CSV export (docs/SEGMENTS.md): customerId, then one column per dimension code. */
public final class ClassificationCsv {
    private ClassificationCsv() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("customerId");
        for (Dimension d : Dimension.values()) {
            header.add(d.code());
        }
        return header;
    }

    public static List<String> row(String customerId, Map<String, String> codes) {
        List<String> row = new ArrayList<>();
        row.add(customerId);
        for (Dimension d : Dimension.values()) {
            row.add(codes.getOrDefault(d.code(), Dimension.UNKNOWN));
        }
        return row;
    }
}
