package org.entente.reload;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of one reload: its audit id, each file's outcome, how long it took, and how long each
 * of its phases took, in order ("scan", "rules", "extract and write", "remove", "analyze", "check",
 * "marts", "commit"; "analyze" only when the run touched much of the warehouse).
 *
 * @param corpusRoot the real path of the corpus loaded
 * @param previousRoot the corpus root of the last run that loaded anything, or null
 */
public record ReloadReport(long runId, List<FileOutcome> outcomes, Duration elapsed, Map<String, Duration> phases,
                           String corpusRoot, String previousRoot) {
    public ReloadReport {
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    /** True when the last run that loaded anything read another corpus root. */
    public boolean rootChanged() {
        return previousRoot != null && !previousRoot.equals(corpusRoot);
    }

    public long count(FileOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** "files new 5, changed 0, unchanged 0, removed 0, failed 0", as the CLI and the scheduler's log print it. */
    public String countsText() {
        return "files new %d, changed %d, unchanged %d, removed %d, failed %d".formatted(count(FileOutcome.Kind.NEW),
                count(FileOutcome.Kind.CHANGED), count(FileOutcome.Kind.UNCHANGED), count(FileOutcome.Kind.REMOVED),
                count(FileOutcome.Kind.FAILED));
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

}
