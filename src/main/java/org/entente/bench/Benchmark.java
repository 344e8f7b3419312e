package org.entente.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.reload.FileOutcome;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadReport;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import org.entente.reload.RemovalLimit;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.db.Warehouse;
import org.entente.extract.Extractor;
import org.entente.extract.FrenchExtractor;

/**
 * Runs the benchmark for one corpus size: generates the corpus, times extraction and loading apart,
 * the raw COPY of the same rows, a full and a no-op reload, memory, and query latencies.
 */
public final class Benchmark {
    private final BenchServer server;
    private final Path workDir;
    private final long seed;
    private final int runs;
    private final PrintStream log;
    /** The share of files the removal step takes away. */
    static final int REMOVED_PERCENT = 80;

    private final Extractor extractor = new FrenchExtractor();

    public Benchmark(BenchServer server, Path workDir, long seed, int runs, PrintStream log) {
        this.server = server;
        this.workDir = workDir;
        this.seed = seed;
        this.runs = runs;
        this.log = log;
    }

    /** Measures {@code n} articles; the corpus is deleted afterwards unless {@code keep}. */
    public SizeResult run(int n, boolean keep) throws CorpusException {
        Path corpusDir = workDir.resolve("corpus-" + n);
        delete(corpusDir);
        log.printf("[%d] generating %d articles in %s%n", n, n, corpusDir);
        CorpusGenerator.Corpus corpus = new CorpusGenerator(seed).write(corpusDir, n);
        try (MemoryProbe memory = new MemoryProbe()) {
            String prefix = "entente_bench_" + n;
            log.printf("[%d] extraction and loader, timed apart%n", n);
            Warehouse loaded = server.fresh(prefix + "_load");
            ExtractLoadBench bench = new ExtractLoadBench(extractor);
            ExtractLoadBench.Timing timing = bench.run(corpusDir, loaded);
            log.printf("[%d] raw COPY of the same rows%n", n);
            RawCopy.Timing copy = rawCopy(loaded, prefix);
            server.drop(prefix + "_load");
            log.printf("[%d] full reload, then no-op reload%n", n);
            Warehouse reloaded = server.fresh(prefix + "_reload");
            ReloadReport full = reload(reloaded, corpusDir);
            double noop = reload(reloaded, corpusDir).elapsed().toNanos() / 1e9;
            log.printf("[%d] latency of views and reports, %d runs each%n", n, runs);
            Map<String, Double> p95 = new QueryLatency(runs).measure(reloaded);
            log.printf("[%d] reload removing %d%% of the files%n", n, REMOVED_PERCENT);
            Removal removal = removeMost(reloaded, corpusDir);
            server.drop(prefix + "_reload");
            // The raw COPY copies exactly the rows the loader wrote, so its count is the loader's too.
            return new SizeResult(n, corpus.bytes() / 1e6, bench.cores(), timing.extractSeconds(), copy.rows(),
                    timing.loadSeconds(), copy.rows(), copy.seconds(), full.elapsed().toNanos() / 1e9, noop,
                    removal.files(), removal.seconds(), seconds(full.phases()), memory.peakHeapBytes(),
                    MemoryProbe.peakRssBytes(), p95);
        } finally {
            if (!keep) {
                delete(corpusDir);
            }
        }
    }

    private RawCopy.Timing rawCopy(Warehouse loaded, String prefix) {
        Path dump = workDir.resolve(prefix + "-copy");
        try {
            Files.createDirectories(dump);
            RawCopy.export(loaded, dump);
            RawCopy.Timing timing = RawCopy.load(dump, server.fresh(prefix + "_copy"));
            server.drop(prefix + "_copy");
            return timing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dump);
        }
    }

    private ReloadReport reload(Warehouse warehouse, Path corpus) throws CorpusException {
        return reload(warehouse, ReloadRequest.of(corpus, Duration.ZERO));
    }

    private ReloadReport reload(Warehouse warehouse, ReloadRequest request) throws CorpusException {
        return new ReloadService(warehouse, extractor, new ArticleReader(), ReloadProgress.NONE).reload(request);
    }

    /** Files removed by a reload, and its seconds end to end. */
    private record Removal(long files, double seconds) {
    }

    /**
     * Reloads a corpus that keeps one file in five of {@code corpusDir} (hard links under the same
     * names), so the reload removes the others; the generated corpus stays whole.
     */
    private Removal removeMost(Warehouse warehouse, Path corpusDir) throws CorpusException {
        Path kept = workDir.resolve(corpusDir.getFileName() + "-kept");
        delete(kept);
        try (Stream<Path> files = Files.walk(corpusDir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (int i = 0; i < all.size(); i += 100 / (100 - REMOVED_PERCENT)) {
                Path link = kept.resolve(corpusDir.relativize(all.get(i)).toString());
                Files.createDirectories(link.getParent());
                Files.createLink(link, all.get(i));
            }
            ReloadReport r = reload(warehouse, ReloadRequest.of(kept, Duration.ZERO)
                    .withMaxRemovals(RemovalLimit.parse("100%")));
            return new Removal(r.count(FileOutcome.Kind.REMOVED), r.elapsed().toNanos() / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(kept);
        }
    }

    private static Map<String, Double> seconds(Map<String, Duration> phases) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        phases.forEach((phase, d) -> seconds.put(phase, d.toNanos() / 1e9));
        return seconds;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
