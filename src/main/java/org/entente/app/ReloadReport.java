package org.entente.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of one reload: its audit id, each file's outcome, how long it took, and how long each
 * of its phases took, in order ("scan", "extract and write", "remove", "analyze", "check", "refresh", "commit").
 */
public record ReloadReport(long runId, List<FileOutcome> outcomes, Duration elapsed, Map<String, Duration> phases) {
    public ReloadReport {
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    public long count(FileOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    public Map<FileOutcome.Kind, Long> counts() {
        return outcomes.stream().collect(Collectors.groupingBy(FileOutcome::kind, Collectors.counting()));
    }

    public List<FileOutcome> failures() {
        return outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.FAILED).toList();
    }

    /** succeeded, or partial when some file failed. */
    public String status() {
        return failures().isEmpty() ? "succeeded" : "partial";
    }

    static Map<String, FileOutcome> bySource(List<FileOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(FileOutcome::sourceFile, Function.identity()));
    }
}
