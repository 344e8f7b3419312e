package org.entente.bench;

import java.util.Map;

/**
 * Everything measured for one corpus size.
 *
 * @param megabytes corpus size in MB (10^6 bytes) of article files
 * @param extractSeconds wall time reading and extracting on every core
 * @param loadedRows rows the loader wrote into the core tables
 * @param loadSeconds wall time the loader spent writing them, commit included
 * @param copyRows rows of the raw COPY of the same rows into a fresh warehouse
 * @param copySeconds its wall time, commit included
 * @param fullReloadSeconds the reload command's work end to end into a fresh warehouse
 * @param noopReloadSeconds the same reload again, nothing changed
 * @param removedFiles files removed by the removal reload
 * @param removalReloadSeconds a reload of one file in five of the corpus, removing the others, end to end
 * @param fullReloadPhases seconds of each phase of the full reload, in order
 * @param p95Millis p95 latency of each view query and report
 */
public record SizeResult(int articles, double megabytes, int cores, double extractSeconds, long loadedRows,
                         double loadSeconds, long copyRows, double copySeconds, double fullReloadSeconds,
                         double noopReloadSeconds, long removedFiles, double removalReloadSeconds,
                         Map<String, Double> fullReloadPhases, long peakHeapBytes,
                         long peakRssBytes,
                         Map<String, Double> p95Millis) {

    public double extractMegabytesPerSecond() {
        return megabytes / extractSeconds;
    }

    public double extractMegabytesPerSecondPerCore() {
        return extractMegabytesPerSecond() / cores;
    }

    public double extractArticlesPerSecond() {
        return articles / extractSeconds;
    }

    public double loadRowsPerSecond() {
        return loadedRows / loadSeconds;
    }

    public double copyRowsPerSecond() {
        return copyRows / copySeconds;
    }

    /** Loader rows/s over raw COPY rows/s. */
    public double loadToCopyRatio() {
        return loadRowsPerSecond() / copyRowsPerSecond();
    }

    public double worstP95Millis() {
        return p95Millis.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
