package io.clientlens.batch;

import io.clientlens.importing.ImportIssue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import found, per kind of row ({@link #BRANCHES}, {@link #CUSTOMERS}, …): how many rows
 * were read and accepted, how many were rejected, and the issues behind the rejections in file
 * order. Every kind the importer handles appears in both maps, with 0 when nothing was rejected.
 */
public record ImportSummary(Map<String, Long> rowsRead, Map<String, Long> rowsRejected, List<ImportIssue> issues) {
    public static final String BRANCHES = "branches";
    public static final String CUSTOMERS = "customers";
    public static final String ACCOUNTS = "accounts";
    public static final String LINKS = "links";
    public static final String LOANS = "loans";
    public static final String CARDS = "cards";
    public static final String TRANSACTIONS = "transactions";
    public static final String HOLDINGS = "holdings";

    public ImportSummary {
        // Copies keep insertion order so a summary prints in the order the import ran.
        rowsRead = Collections.unmodifiableMap(new LinkedHashMap<>(rowsRead));
        rowsRejected = Collections.unmodifiableMap(new LinkedHashMap<>(rowsRejected));
        issues = List.copyOf(issues);
    }

    public long read(String kind) {
        return rowsRead.getOrDefault(kind, 0L);
    }

    public long rejected(String kind) {
        return rowsRejected.getOrDefault(kind, 0L);
    }

    public boolean hasIssues() {
        return !issues.isEmpty();
    }
}
