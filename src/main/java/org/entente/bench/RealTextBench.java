package org.entente.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.corpus.FileStat;

/**
 * The real-text benchmark: {@code n} unique articles made from real texts, loaded from scratch and
 * then reloaded after no change and after 100 files added, changed and removed, each reload a new
 * JVM as cron starts it.
 */
public final class RealTextBench {
    /** Files each small step adds, changes or removes. */
    static final int STEP_FILES = 100;

    private final BenchServer server;
    private final Path workDir;
    private final List<Path> from;
    private final String heap;
    private final PrintStream log;

    /** One timed reload. */
    public record Step(String name, double seconds, double cpuSeconds, long peakRssBytes) {
    }

    /** The steps of one corpus size, with the corpus's number of texts and megabytes. */
    public record Result(int articles, int texts, double megabytes, List<Step> steps) {
    }

    public RealTextBench(BenchServer server, Path workDir, List<Path> from, String heap, PrintStream log) {
        this.server = server;
        this.workDir = workDir;
        this.from = from;
        this.heap = heap;
        this.log = log;
    }

    public Result run(int n, boolean keep) {
        Path dir = workDir.resolve("real-" + n);
        Benchmark.delete(dir);
        RealTextCorpus corpus = new RealTextCorpus(from, dir);
        log.printf("[%d] writing %d articles from %d real texts in %s%n", n, n, corpus.texts(), dir);
        long bytes = corpus.writeRange(0, n);
        String db = "entente_bench_real_" + n;
        try (var migrated = server.fresh(db)) {
            log.printf("[%d] migrated %s%n", n, db);
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare " + db + ": " + e.getMessage(), e);
        }
        CronReload cron = new CronReload(CronReload.runningJar(), heap, server.urlOf(db), server.user(),
                server.password());
        List<Step> steps = new ArrayList<>();
        try {
            steps.add(step(n, "full reload", cron, dir));
            steps.add(step(n, "no-op reload", cron, dir));
            corpus.writeRange(n, n + STEP_FILES);
            steps.add(step(n, STEP_FILES + " files added", cron, dir));
            int stride = n / STEP_FILES;
            for (int i = 0; i < STEP_FILES; i++) {
                // Another text and number: new content under the same name.
                corpus.write(i * stride, n + STEP_FILES + i);
            }
            steps.add(step(n, STEP_FILES + " files changed", cron, dir));
            for (int i = 0; i < STEP_FILES; i++) {
                Files.delete(corpus.file(i * stride + 1));
            }
            steps.add(step(n, STEP_FILES + " files removed", cron, dir));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            server.drop(db);
            if (!keep) {
                Benchmark.delete(dir);
            }
        }
        return new Result(n, corpus.texts(), bytes / 1e6, steps);
    }

    private Step step(int n, String name, CronReload cron, Path dir) {
        log.printf("[%d] %s%n", n, name);
        outlastRacyWindow();
        CronReload.Result r = cron.run(dir);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(name + " exited " + r.exitCode() + ":\n" + r.output());
        }
        log.printf("[%d] %s: %.1f s (CPU %.1f s), peak RSS %d MB%n", n, name, r.seconds(), r.cpuSeconds(),
                r.peakRssBytes() / 1048576);
        // The run's own account: its time without the JVM's start, and its phases.
        r.output().lines().filter(l -> l.startsWith("run ") || l.startsWith("phases:"))
                .forEach(l -> log.printf("[%d]   %s%n", n, l));
        return new Step(name, r.seconds(), r.cpuSeconds(), r.peakRssBytes());
    }

    /**
     * Waits until the files just written are older than {@link FileStat#RACY_WINDOW}: a reload does
     * not record the stat of a file modified that recently, so the next one would hash it again, and
     * a "no-op" right after writing 200,000 files hashed thousands of them.
     */
    private static void outlastRacyWindow() {
        try {
            Thread.sleep(FileStat.RACY_WINDOW.toMillis() + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Prints the results as a Markdown table: one row per step, one column per size. */
    public static void print(List<Result> results, PrintStream out) {
        StringBuilder head = new StringBuilder("| step: wall s (CPU s of the reload's JVM), end to end, JVM start included |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Result r : results) {
            head.append(" %,d articles (%d texts, %.0f MB) |".formatted(r.articles(), r.texts(), r.megabytes()));
            rule.append("---|");
        }
        out.println(head);
        out.println(rule);
        for (int i = 0; i < results.get(0).steps().size(); i++) {
            StringBuilder row = new StringBuilder("| " + results.get(0).steps().get(i).name() + " |");
            for (Result r : results) {
                Step s = r.steps().get(i);
                row.append(" %.1f (CPU %.1f) |".formatted(s.seconds(), s.cpuSeconds()));
            }
            out.println(row);
        }
        StringBuilder rss = new StringBuilder("| peak RSS MB (any step) |");
        for (Result r : results) {
            rss.append(" %d |".formatted(r.steps().stream().mapToLong(Step::peakRssBytes).max().orElse(-1) / 1048576));
        }
        out.println(rss);
    }
}
