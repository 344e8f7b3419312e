package org.entente.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.entente.reload.ReloadService;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.corpus.CorpusScanner;
import org.entente.corpus.CorpusScanner.Entry;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.entente.extract.Extractor;
import org.entente.load.FactLoader;
import org.entente.load.NewArticle;

/**
 * Extraction and loading timed apart: each batch is read and extracted on every core, then written
 * by the loader (COPY into the core tables) while extraction waits, so neither slows the other.
 */
final class ExtractLoadBench {
    private final Extractor extractor;
    private final ArticleReader reader = new ArticleReader();
    private final int cores = Runtime.getRuntime().availableProcessors();

    /** Seconds spent extracting (reading included) and loading, and what was handled. */
    record Timing(int articles, double extractSeconds, double loadSeconds) {
    }

    ExtractLoadBench(Extractor extractor) {
        this.extractor = extractor;
    }

    int cores() {
        return cores;
    }

    Timing run(Path corpus, Warehouse warehouse) throws CorpusException {
        List<Entry> entries = new CorpusScanner().scan(corpus).entries();
        ForkJoinPool pool = new ForkJoinPool(cores);
        long extractNanos = 0;
        long loadNanos = 0;
        try (Connection c = warehouse.dataSource().getConnection()) {
            c.setAutoCommit(false);
            FactLoader loader = new FactLoader(c, warehouse.dsl(c));
            for (int from = 0; from < entries.size(); from += ReloadService.BATCH) {
                List<Entry> slice = entries.subList(from, Math.min(entries.size(), from + ReloadService.BATCH));
                long t0 = System.nanoTime();
                List<NewArticle> batch = pool.submit(() -> slice.parallelStream().map(this::extract).toList()).join();
                long t1 = System.nanoTime();
                write(loader, batch);
                extractNanos += t1 - t0;
                loadNanos += System.nanoTime() - t1;
            }
            // Statistics serve the marts and the check's plan, as in a reload, but are no loading work of
            // their own and raw COPY gathers none: untimed. The reference check is the loader's
            // integrity guarantee, and is timed.
            loader.analyze();
            long t2 = System.nanoTime();
            loader.checkReferences();
            c.commit();
            loadNanos += System.nanoTime() - t2;
        } catch (SQLException e) {
            throw new DatabaseException("benchmark load failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new Timing(entries.size(), extractNanos / 1e9, loadNanos / 1e9);
    }

    private NewArticle extract(Entry entry) {
        try {
            Article article = reader.read(entry.path(), entry.sourceFile());
            return new NewArticle(article, extractor.extract(article), null);
        } catch (CorpusException e) {
            throw new IllegalStateException("synthetic article unreadable: " + e.getMessage(), e);
        }
    }

    private static void write(FactLoader loader, List<NewArticle> batch) {
        Map<String, Long> ids = loader.write(batch);
        Map<String, FactLoader.Attachment> sources = new HashMap<>();
        batch.forEach(a -> sources.put(a.article().sourceFile(),
                new FactLoader.Attachment(ids.get(a.article().sha256()), null)));
        loader.attach(sources);
    }
}
