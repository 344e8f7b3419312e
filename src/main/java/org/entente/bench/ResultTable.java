package org.entente.bench;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Prints the benchmark's results: one column per corpus size, one row per figure, with the targets. */
public final class ResultTable {
    private record Row(String label, String target, Function<SizeResult, String> value) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("corpus MB", "", r -> fmt(r.megabytes(), 1)),
            new Row("extraction MB/s (all cores)", "", r -> fmt(r.extractMegabytesPerSecond(), 2)),
            new Row("extraction MB/s per core", ">= 5", r -> fmt(r.extractMegabytesPerSecondPerCore(), 2)),
            new Row("extraction articles/s", "", r -> fmt(r.extractArticlesPerSecond(), 0)),
            new Row("core rows loaded", "", r -> String.valueOf(r.loadedRows())),
            new Row("loader rows/s", "", r -> fmt(r.loadRowsPerSecond(), 0)),
            new Row("raw COPY rows/s", "", r -> fmt(r.copyRowsPerSecond(), 0)),
            new Row("loader / raw COPY", ">= 0.70", r -> fmt(r.loadToCopyRatio(), 2)),
            new Row("full reload s", "<= 90 at 100k", r -> fmt(r.fullReloadSeconds(), 1)),
            new Row("no-op reload s", "<= 5 at 100k", r -> fmt(r.noopReloadSeconds(), 2)),
            new Row("files removed by the removal reload", "", r -> String.valueOf(r.removedFiles())),
            new Row("removal reload s", "<= 20 for 20,000", r -> fmt(r.removalReloadSeconds(), 1)),
            new Row("peak heap MB", "<= 512", r -> fmt(r.peakHeapBytes() / 1048576.0, 0)),
            new Row("peak RSS MB", "", r -> r.peakRssBytes() < 0 ? "n/a" : fmt(r.peakRssBytes() / 1048576.0, 0)),
            new Row("worst p95 ms (views, reports)", "<= 100 at 100k", r -> fmt(r.worstP95Millis(), 1)));

    private ResultTable() {
    }

    /** Prints the figures, then the phases of the full reload and the p95 latency of each view query and report. */
    public static void print(List<SizeResult> results, PrintStream out) {
        String header = "| figure | target | " + String.join(" | ",
                results.stream().map(r -> r.articles() + " articles").toList()) + " |";
        out.println(header);
        out.println(separator(results.size() + 2));
        for (Row row : ROWS) {
            out.println("| " + row.label() + " | " + row.target() + " | "
                    + String.join(" | ", results.stream().map(row.value()).toList()) + " |");
        }
        keyedRows(results, SizeResult::fullReloadPhases, "full reload: %s s", "", out);
        keyedRows(results, SizeResult::p95Millis, "p95 ms %s", "<= 100", out);
    }

    /** One row per key that any size has, in order: the phases of the reload, the view and report latencies. */
    private static void keyedRows(List<SizeResult> results, Function<SizeResult, Map<String, Double>> values,
                                  String label, String target, PrintStream out) {
        Set<String> keys = new LinkedHashSet<>();
        results.forEach(r -> keys.addAll(values.apply(r).keySet()));
        for (String key : keys) {
            out.println("| " + label.formatted(key) + " | " + target + " | " + String.join(" | ", results.stream()
                    .map(r -> values.apply(r).containsKey(key) ? fmt(values.apply(r).get(key), 1) : "").toList()) + " |");
        }
    }

    private static String separator(int columns) {
        return "|" + "---|".repeat(columns);
    }

    private static String fmt(double value, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
