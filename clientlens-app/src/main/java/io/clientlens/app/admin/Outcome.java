package io.clientlens.app.admin;

import io.clientlens.app.importing.LoadCounts;

import java.util.List;
import java.util.Map;

/** What a finished job did: rows per table, the problems found, whether anything was stored, and the run it made. */
public record Outcome(Map<String, LoadCounts> counts, List<JobIssue> issues, boolean stored, Long runId) {
}
