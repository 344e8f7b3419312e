package org.entente.reload;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.corpus.CorpusScanner;
import org.entente.corpus.CorpusScanner.Entry;
import org.entente.corpus.FileStat;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.entente.extract.Extractor;
import org.entente.load.FactLoader;
import org.entente.load.FactValidator;
import org.entente.load.NewArticle;
import org.entente.load.StoredArticles;
import org.entente.load.WarehouseState;
import org.jooq.DSLContext;

/**
 * The reload: brings the warehouse in line with a corpus directory in one transaction, under the
 * reload lock, extracting in parallel and writing in bounded batches.
 */
public final class ReloadService {
    /** Files a batch: extracted together, then written with one COPY a table; two batches are in memory at once. */
    public static final int BATCH = 1024;

    private final Warehouse warehouse;
    private final Supplier<Extractor> extractors;
    private final String codeStamp;
    private final ArticleReader reader;
    private final ReloadProgress progress;
    private volatile boolean stopping;
    private volatile Connection running;

    public ReloadService(Warehouse warehouse, Extractor extractor, ArticleReader reader, ReloadProgress progress) {
        this(warehouse, () -> extractor, null, reader, progress);
    }

    /**
     * @param extractors builds the extractor (loading its rules takes a second or more): at most once a
     *     run, and only when a file needs extracting if the code is the last run's
     * @param codeStamp {@link CodeStamp} of the extractor's jar, or null: the extractor is then always built
     */
    public ReloadService(Warehouse warehouse, Supplier<Extractor> extractors, String codeStamp, ArticleReader reader,
                         ReloadProgress progress) {
        this.warehouse = warehouse;
        this.extractors = extractors;
        this.codeStamp = codeStamp;
        this.reader = reader;
        this.progress = progress;
    }

    /** Loads {@code corpus} with the default guards; waits up to {@code wait} for another reload to finish. */
    public ReloadReport reload(Path corpus, Duration wait) throws CorpusException {
        return reload(ReloadRequest.of(corpus, wait));
    }

    /**
     * Brings the warehouse in line with the corpus. The run's audit (its status and the outcome of
     * every file that changed) is written in the same transaction as its data, so it never claims
     * what did not commit nor misses what did.
     */
    public ReloadReport reload(ReloadRequest request) throws CorpusException {
        return reload(request, ListingAhead.start(request));
    }

    /** As {@link #reload(ReloadRequest)}, with the corpus listing already begun (by the caller, before it connected). */
    public ReloadReport reload(ReloadRequest request, ListingAhead listed) throws CorpusException {
        long started = System.nanoTime();
        long scannedAt = listed.startedAtNanos();
        Map<String, Duration> phases = new LinkedHashMap<>();
        LoadAudit audit = new LoadAudit(warehouse);
        long runId = -1;
        // Connected from the start: an embedded server shared with other commands waits for this run.
        try (Connection c = warehouse.dataSource().getConnection()) {
            String stamp = request.verify() ? null : codeStamp;
            String knownRules = audit.rulesVersionOf(stamp);
            // Same jar as the last run: its rules version is known, and the rules load only if a file needs them.
            CompletableFuture<Extractor> building = knownRules != null
                    ? CompletableFuture.completedFuture(new LazyExtractor(extractors, knownRules))
                    : CompletableFuture.supplyAsync(extractors);
            progress.listing();
            CorpusScanner.Listing listing = listed.join();
            progress.ignored(listing.ignored());
            // The listing's own time: it ran beside the connecting and the reading of the last run.
            phases.put("scan", Duration.ofNanos(listed.tookNanos()));
            long scanned = System.nanoTime();
            Extractor extractor = built(building);
            lap(phases, "rules", scanned);
            String root = listing.root().toString();
            c.setAutoCommit(false);
            running = c;
            try {
                checkNotStopped();
                DSLContext tx = warehouse.dsl(c);
                lock(tx, audit, root, extractor.rulesVersion(), request.waitFor());
                String previousRoot = audit.lastRoot();
                runId = audit.start(root, extractor.rulesVersion(), codeStamp);
                List<FileOutcome> outcomes = load(c, tx, listing, extractor, request, scannedAt, phases);
                ReloadReport report = new ReloadReport(runId, outcomes, Duration.ofNanos(System.nanoTime() - started),
                        phases, root, previousRoot);
                audit.finish(tx, runId, report);
                checkNotStopped();
                long committing = System.nanoTime();
                c.commit();
                phases.put("commit", Duration.ofNanos(System.nanoTime() - committing));
                return new ReloadReport(runId, outcomes, Duration.ofNanos(System.nanoTime() - started), phases, root,
                        previousRoot);
            } catch (RuntimeException | SQLException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                running = null;
            }
        } catch (RemovalRefusedException e) {
            audit.end(runId, "refused", e.getMessage());
            throw e;
        } catch (SQLException | RuntimeException e) {
            if (stopping) {
                String why = "stopped by SIGTERM or Ctrl-C before the end; rolled back, nothing changed";
                if (runId >= 0) {
                    audit.end(runId, "stopped", why);
                }
                throw new ReloadStoppedException(why);
            }
            if (runId >= 0) {
                audit.end(runId, "failed", String.valueOf(e.getMessage()));
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new DatabaseException("reload failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /**
     * Asks the running reload, and every later one, to stop: its current statement is cancelled, it rolls
     * back and its run is recorded as {@code stopped}. Safe to call from any thread, any number of times.
     */
    public void stop() {
        stopping = true;
        Connection c = running;
        if (c != null) {
            try {
                c.unwrap(org.postgresql.PGConnection.class).cancelQuery();
            } catch (SQLException e) {
                // Between statements there is nothing to cancel; the next check stops the reload.
            }
        }
    }

    private void checkNotStopped() {
        if (stopping) {
            throw new ReloadStoppedException("stopped by SIGTERM or Ctrl-C");
        }
    }

    /** Takes the reload lock; a run that cannot is recorded as failed. Runs still marked running died. */
    private static void lock(DSLContext tx, LoadAudit audit, String root, String rulesVersion, Duration wait) {
        try {
            ReloadLock.acquire(tx, wait);
        } catch (ReloadBusyException e) {
            audit.end(audit.start(root, rulesVersion), "failed", e.getMessage());
            throw e;
        }
        audit.abandonRunning();
    }

    private static Extractor built(CompletableFuture<Extractor> building) {
        try {
            return building.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(ReloadService.class).warn("rollback failed: {}", e.getMessage());
        }
    }

    private List<FileOutcome> load(Connection c, DSLContext tx, CorpusScanner.Listing listing, Extractor extractor,
                                   ReloadRequest request, long scannedAt, Map<String, Duration> phases) {
        long started = System.nanoTime();
        RemovalLimit limit = request.maxRemovals();
        FactLoader loader = new FactLoader(c, tx);
        // Its own connection sees the last commit: the articles stored before this run, counted only if needed.
        try (StoredArticles stored = new StoredArticles(warehouse.dataSource())) {
            WarehouseState state = loader.state(listing.entries(), extractor.rulesVersion(), request.verify());
            started = lap(phases, "compare", started);
            if (listing.entries().isEmpty() && listing.failures().isEmpty()) {
                limit.refusal(stored.count(), stored.count(), true).ifPresent(why -> {
                    throw new RemovalRefusedException(why);
                });
            }
            List<FileOutcome> outcomes = new ArrayList<>();
            listing.failures().forEach(f -> outcomes.add(FileOutcome.failed(f.path(), f.reason())));
            loader.storeAgreementsInWrittenOrder();
            extractAndWrite(loader, listing.entries(), extractor, state, stored, scannedAt, outcomes);
            started = lap(phases, "extract and write", started);
            remove(loader, state, stored, listing, limit, outcomes);
            started = lap(phases, "remove", started);
            boolean changed = outcomes.stream().anyMatch(o -> o.kind() != FileOutcome.Kind.UNCHANGED
                    && o.kind() != FileOutcome.Kind.FAILED);
            if (changed || request.rebuildMarts()) {
                upkeep(loader, stored.count(), changed, request.rebuildMarts(), phases, started);
            }
            return outcomes;
        }
    }

    /**
     * Prepares the listed files that are not settled a batch at a time on a pool of their own, writing
     * each batch while the next is prepared; a settled file is unchanged without a look. The outcomes
     * follow the listing's order.
     */
    private void extractAndWrite(FactLoader loader, List<Entry> entries, Extractor extractor, WarehouseState state,
                                 StoredArticles stored, long scannedAt, List<FileOutcome> outcomes) {
        List<Entry> unsettled = entries.stream().filter(e -> !state.settled(e.sourceFile())).toList();
        progress.start(entries.size());
        progress.advance(entries.size() - unsettled.size());
        List<FileOutcome> read = new ArrayList<>(unsettled.size());
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            FilePreparer preparer = new FilePreparer(reader, extractor, state, stored::bySha,
                    new FactValidator(loader.countryCodes()), scannedAt);
            CompletableFuture<List<PreparedFile>> next = prepareAsync(preparer, pool, unsettled, 0);
            for (int from = 0; from < unsettled.size(); from += BATCH) {
                checkNotStopped();
                List<PreparedFile> batch = next.join();
                next = prepareAsync(preparer, pool, unsettled, from + BATCH);
                write(loader, batch, extractor.rulesVersion());
                batch.forEach(p -> read.add(p.audit()));
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        int k = 0;
        for (Entry e : entries) {
            outcomes.add(state.settled(e.sourceFile()) ? FileOutcome.unchanged(e.sourceFile()) : read.get(k++));
        }
    }

    /**
     * Checks the references and brings the marts up to date: the rows of what the run touched, or
     * everything when it touched a large part of the warehouse (a first load) or a rebuild is asked.
     */
    private static void upkeep(FactLoader loader, long stored, boolean changed, boolean rebuild,
                               Map<String, Duration> phases, long started) {
        long touched = loader.marts().touched();
        boolean large = rebuild || touched * 10 > stored;
        if (large) {
            // After a bulk COPY the planner would guess: the check and the rebuild join every table.
            loader.analyze();
            started = lap(phases, "analyze", started);
        }
        if (changed) {
            if (large) {
                loader.checkReferences();
            } else {
                loader.checkTouchedReferences();
            }
            started = lap(phases, "check", started);
        }
        if (large) {
            loader.marts().rebuild();
        } else {
            loader.marts().afterChanges();
        }
        lap(phases, "marts", started);
    }

    /**
     * Forgets the stored files the corpus no longer has and deletes the articles no file carries any
     * more. Files the scan could not see (under a folder it failed on) are kept: their state is
     * unknown. Refuses, before anything is deleted, when more articles would go than {@code limit} allows.
     */
    private static void remove(FactLoader loader, WarehouseState state, StoredArticles stored,
                               CorpusScanner.Listing listing, RemovalLimit limit, List<FileOutcome> outcomes) {
        Map<String, WarehouseState.Source> gone = state.unlisted();
        List<String> removed = gone.keySet().stream().filter(s -> !listing.hidden(s)).sorted().toList();
        Set<Long> candidates = new HashSet<>();
        removed.forEach(s -> candidates.add(gone.get(s).articleId()));
        for (FileOutcome o : outcomes) {
            WarehouseState.Source old = state.sources().get(o.sourceFile());
            if (old != null && o.kind() == FileOutcome.Kind.CHANGED) {
                candidates.add(old.articleId());
            }
        }
        loader.detach(removed);
        List<Long> orphans = loader.orphansAmong(candidates);
        long lost = removed.stream().map(s -> gone.get(s).articleId()).distinct()
                .filter(new HashSet<>(orphans)::contains).count();
        if (lost > 0) {
            limit.refusal(lost, stored.count(), false).ifPresent(why -> {
                throw new RemovalRefusedException(why);
            });
        }
        loader.deleteArticles(orphans);
        removed.forEach(s -> outcomes.add(new FileOutcome(s, FileOutcome.Kind.REMOVED, gone.get(s).sha256(), null)));
    }

    /** Records the phase that began at {@code since} and returns now, when the next one begins. */
    private static long lap(Map<String, Duration> phases, String phase, long since) {
        long now = System.nanoTime();
        phases.put(phase, Duration.ofNanos(now - since));
        return now;
    }

    private CompletableFuture<List<PreparedFile>> prepareAsync(FilePreparer preparer, ForkJoinPool pool,
                                                               List<Entry> entries, int from) {
        List<Entry> slice = entries.subList(Math.min(from, entries.size()), Math.min(entries.size(), from + BATCH));
        return CompletableFuture.supplyAsync(() -> {
            List<PreparedFile> prepared = preparer.prepare(slice);
            progress.advance(prepared.size());
            return prepared;
        }, pool);
    }

    /**
     * Writes one batch: new facts first, then every source pointing at its article. Content this run
     * already wrote (the same text under another name, in an earlier batch) is found in the
     * transaction by its hash rather than kept in memory: a run of a million files would hold a
     * million hashes.
     */
    private static void write(FactLoader loader, List<PreparedFile> batch, String rulesVersion) {
        if (batch.stream().allMatch(p -> p.article() == null && p.attachTo() == null && !p.restat())) {
            return; // Nothing to write: a no-op reload makes no round trip a batch.
        }
        Set<String> shas = new HashSet<>();
        batch.stream().filter(p -> p.article() != null).forEach(p -> shas.add(p.sha256()));
        Map<String, Long> writtenBySha = loader.currentArticles(shas, rulesVersion);
        List<NewArticle> fresh = new ArrayList<>();
        Set<String> freshShas = new HashSet<>();
        for (PreparedFile p : batch) {
            if (p.article() != null && !writtenBySha.containsKey(p.sha256()) && freshShas.add(p.sha256())) {
                fresh.add(p.article());
            }
        }
        writtenBySha.putAll(loader.write(fresh));
        Map<String, FactLoader.Attachment> sources = new HashMap<>();
        Map<String, FileStat> restat = new HashMap<>();
        for (PreparedFile p : batch) {
            if (p.attachTo() != null) {
                sources.put(p.sourceFile(), new FactLoader.Attachment(p.attachTo(), p.stat()));
            } else if (p.article() != null) {
                sources.put(p.sourceFile(), new FactLoader.Attachment(writtenBySha.get(p.sha256()), p.stat()));
            } else if (p.restat()) {
                restat.put(p.sourceFile(), p.stat());
            }
        }
        loader.attach(sources);
        loader.restat(restat);
    }
}
