package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bench.BenchServer;
import org.entente.bench.Benchmark;
import org.entente.bench.LongArticleBench;
import org.entente.bench.RealTextBench;
import org.entente.bench.ResultTable;
import org.entente.bench.SizeResult;
import org.entente.extract.FrenchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Generates synthetic corpora of several sizes and measures extraction, loading, reloads, memory and queries. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Benchmark extraction, loading, reloads, memory and report latency on synthetic corpora.")
final class BenchmarkCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "Corpus sizes in articles, comma-separated (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--runs", defaultValue = "20", description = "Runs of each query for its p95 (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpora (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work-dir", defaultValue = ".entente/bench",
            description = "Where corpora and COPY files go (default: ${DEFAULT-VALUE})")
    Path workDir;

    @Option(names = "--keep-corpus", description = "Keep the generated corpora in the work directory")
    boolean keep;

    @Option(names = "--from", paramLabel = "DIR",
            description = "Real-text mode: make each corpus of unique articles from the .txt files under DIR (repeatable), "
                    + "and time full, no-op and 100-file reloads end to end, each a new JVM as cron starts it")
    List<Path> from;

    @Option(names = "--reload-heap", defaultValue = "512m",
            description = "Real-text mode: -Xmx of each reload's JVM (default: ${DEFAULT-VALUE})")
    String reloadHeap;

    @Option(names = "--long-article", defaultValue = "5",
            description = "Size in MB of the one long article extracted first; 0 skips it (default: ${DEFAULT-VALUE})")
    int longArticleMegabytes;

    @Override
    public Integer call() throws Exception {
        if (longArticleMegabytes > 0) {
            System.err.println("benchmark: extracting one article of " + longArticleMegabytes + " MB");
            LongArticleBench.run(longArticleMegabytes * 1_000_000, seed, new FrenchExtractor()).print(System.out);
        }
        if (sizes.stream().allMatch(n -> n <= 0)) {
            return ExitCodes.OK; // "--sizes 0": the long article alone, no database
        }
        try (BenchServer server = db.embedded() ? BenchServer.embedded(workDir)
                : BenchServer.external(db.jdbcUrl, db.user, System.getenv("ENTENTE_PASSWORD"))) {
            System.err.println("benchmark: " + server.description() + ", PostgreSQL " + server.version() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                    + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
            if (from != null && !from.isEmpty()) {
                RealTextBench bench = new RealTextBench(server, workDir, from, reloadHeap, System.err);
                List<RealTextBench.Result> results = new ArrayList<>();
                for (int n : sizes) {
                    results.add(bench.run(n, keep));
                }
                RealTextBench.print(results, System.out);
                return ExitCodes.OK;
            }
            Benchmark benchmark = new Benchmark(server, workDir, seed, runs, System.err);
            List<SizeResult> results = new ArrayList<>();
            for (int n : sizes) {
                results.add(benchmark.run(n, keep));
            }
            ResultTable.print(results, System.out);
            return ExitCodes.OK;
        }
    }
}
