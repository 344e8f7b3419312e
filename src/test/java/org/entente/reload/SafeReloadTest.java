package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.entente.reload.FileOutcome.Kind;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.extract.FrenchExtractor;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload never removes what it could not see, refuses mass removals, and audits in its own transaction. */
@DatabaseTest
class SafeReloadTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();
    private static final String KENYA = "Le Kenya et l'Éthiopie ont signé un accord sur l'énergie à Nairobi.";

    private final TestDatabase db;
    @TempDir
    Path corpus;
    @TempDir
    Path outside;

    SafeReloadTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyWarehouse() {
        db.empty();
    }

    private ReloadReport reload(ReloadRequest request) throws CorpusException {
        return new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(), ReloadProgress.NONE).reload(request);
    }

    private ReloadReport reload() throws CorpusException {
        return reload(ReloadRequest.of(corpus, Duration.ZERO));
    }

    /** Writes {@code n} distinct articles named {@code prefix0.txt}, {@code prefix1.txt} ... under {@code dir}. */
    private static void articles(Path dir, String prefix, int n) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(prefix + i + ".txt"), " date 2025-03 Article " + prefix + i + ". " + KENYA);
        }
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    @Test
    void emptyCorpusOverALoadedWarehouseIsRefusedChangesNothingAndIsAudited() throws Exception {
        articles(corpus, "a", 3);
        reload();
        Map<String, String> before = db.coreChecksums();
        try (var files = Files.newDirectoryStream(corpus)) {
            for (Path f : files) {
                Files.delete(f);
            }
        }
        RemovalRefusedException e = assertThrows(RemovalRefusedException.class, this::reload);
        assertTrue(e.getMessage().startsWith("would remove 3 of 3 articles (the corpus holds no article file; "
                + "--max-removals 10%)"), e.getMessage());
        assertTrue(e.getMessage().contains("rerun with --max-removals 100% if that is intended"), e.getMessage());
        assertEquals(before, db.coreChecksums());
        assertEquals(1, count("select count(*) from reporting.load_runs where status = 'refused' "
                + "and message like 'would remove 3 of 3 articles%'"));
        assertThrows(RemovalRefusedException.class, () -> reload(ReloadRequest.of(corpus, Duration.ZERO)
                .withMaxRemovals(RemovalLimit.parse("3"))), "a count does not empty the warehouse");
        assertEquals(3, reload(ReloadRequest.of(corpus, Duration.ZERO).withMaxRemovals(RemovalLimit.parse("100%")))
                .count(Kind.REMOVED));
        assertEquals(0, count("select count(*) from core.article"));
    }

    @Test
    void removalsOverTheLimitAreRefusedAndUnderItGoThrough() throws Exception {
        articles(corpus, "a", 20);
        reload();
        for (int i = 0; i < 3; i++) {
            Files.delete(corpus.resolve("a" + i + ".txt"));
        }
        RemovalRefusedException e = assertThrows(RemovalRefusedException.class, this::reload);
        assertTrue(e.getMessage().startsWith("would remove 3 of 20 articles (over --max-removals 10%)"),
                e.getMessage());
        assertEquals(20, count("select count(*) from core.article"));
        Files.delete(corpus.resolve("a3.txt"));
        assertThrows(RemovalRefusedException.class, () -> reload(ReloadRequest.of(corpus, Duration.ZERO)
                .withMaxRemovals(RemovalLimit.parse("3"))));
        ReloadReport r = reload(ReloadRequest.of(corpus, Duration.ZERO).withMaxRemovals(RemovalLimit.parse("4")));
        assertEquals(4, r.count(Kind.REMOVED));
        assertEquals(16, count("select count(*) from core.article"));
        Files.delete(corpus.resolve("a4.txt"));
        assertEquals(1, reload().count(Kind.REMOVED), "1 of 16 is within the default 10%");
    }

    @Test
    void renamedFilesKeepTheirArticlesSoTheyAreNoRemoval() throws Exception {
        articles(corpus.resolve("2024"), "a", 5);
        reload();
        Files.move(corpus.resolve("2024"), corpus.resolve("archive"));
        ReloadReport r = reload();
        assertEquals(5, r.count(Kind.REMOVED));
        assertEquals(5, r.count(Kind.NEW));
        assertEquals(5, count("select count(*) from core.article"));
    }

    @Test
    void aFolderBehindABrokenLinkKeepsItsArticlesAndTheRunIsPartial() throws Exception {
        articles(corpus, "top", 10);
        articles(outside.resolve("feed"), "feed", 3);
        Files.createSymbolicLink(corpus.resolve("feed"), outside.resolve("feed"));
        org.entente.testing.OldFiles.age(corpus, outside);
        ReloadRequest following = new ReloadRequest(corpus, Duration.ZERO, RemovalLimit.DEFAULT, true);
        assertEquals(13, reload(following).count(Kind.NEW));
        Map<String, String> before = db.coreChecksums();
        for (int i = 0; i < 3; i++) {
            Files.delete(outside.resolve("feed/feed" + i + ".txt"));
        }
        Files.delete(outside.resolve("feed"));
        ReloadReport r = reload(following);
        assertEquals("partial", r.status());
        assertEquals(List.of("feed: broken symbolic link (its target does not exist)"), failures(r));
        assertEquals(0, r.count(Kind.REMOVED));
        assertEquals(before, db.coreChecksums());
        assertEquals(3, count("select count(*) from core.article_source where source_file like 'feed/%'"));
    }

    @Test
    void anUnreadableFolderKeepsItsArticles() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        articles(corpus, "top", 10);
        articles(corpus.resolve("locked"), "l", 3);
        reload();
        Files.setPosixFilePermissions(corpus.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            ReloadReport r = reload();
            assertEquals("partial", r.status());
            assertEquals(List.of("locked: cannot read: AccessDeniedException"), failures(r));
            assertEquals(13, count("select count(*) from core.article"));
        } finally {
            Files.setPosixFilePermissions(corpus.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLinkLeavingTheCorpusIsABadFileUnlessAllowed() throws Exception {
        articles(corpus, "top", 1);
        Files.writeString(outside.resolve("secret"), "password=hunter2\nLe Japon et l'Inde ont signé un accord.");
        Files.createSymbolicLink(corpus.resolve("leak.txt"), outside.resolve("secret"));
        Files.createSymbolicLink(corpus.resolve("tmpdir"), outside);
        ReloadReport r = reload();
        assertEquals(List.of("leak.txt: link leaves the corpus (pass --follow-links-outside to follow it)",
                "tmpdir: link leaves the corpus (pass --follow-links-outside to follow it)"), failures(r));
        assertEquals(0, count("select count(*) from reporting.articles where title like 'password%'"));
        ReloadReport allowed = reload(new ReloadRequest(corpus, Duration.ZERO, RemovalLimit.DEFAULT, true));
        assertEquals(List.of(), failures(allowed));
        assertEquals(1, count("select count(*) from reporting.articles where title like 'password%'"));
    }

    @Test
    void namesAreKeptExactlySoTwoFilesNeverShareOne() throws Exception {
        articles(corpus.resolve("a"), "b", 1);
        Files.writeString(corpus.resolve("a\\b0.txt"), " date 2025-03 Autre article. " + KENYA);
        ReloadReport first = reload();
        assertEquals(2, first.count(Kind.NEW), failures(first).toString());
        assertEquals(List.of("a/b0.txt", "a\\b0.txt"), db.query(dsl -> dsl.resultQuery(
                "select source_file from core.article_source order by 1").fetch(0, String.class)));
        ReloadReport second = reload();
        assertEquals(0, second.count(Kind.CHANGED));
        assertEquals(2, second.count(Kind.UNCHANGED));
    }

    @Test
    void namesThatAreNotUtf8AreBadFilesNeverMerged() throws Exception {
        articles(corpus, "ok", 1);
        Process p = new ProcessBuilder("sh", "-c", "for b in 377 376; do printf 'Le Kenya et le Ghana ont signé "
                + "un accord.' > \"$(printf \"bad\\\\$b.txt\")\"; done").directory(corpus.toFile()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "sh cannot write such names here");
        ReloadReport first = reload();
        assertEquals(List.of("bad\\xfe.txt: file name is not UTF-8", "bad\\xff.txt: file name is not UTF-8"),
                failures(first));
        assertEquals(1, first.count(Kind.NEW));
        ReloadReport second = reload();
        assertEquals(0, second.count(Kind.CHANGED));
        assertEquals(2, count("select count(*) from reporting.load_errors where run_id = " + second.runId()));
    }

    @Test
    void eachRunRecordsItsRootAndSaysWhenItChanged() throws Exception {
        articles(corpus, "a", 1);
        ReloadReport first = reload();
        assertEquals(corpus.toRealPath().toString(), first.corpusRoot());
        assertFalse(first.rootChanged());
        articles(outside, "a", 1);
        ReloadReport other = reload(ReloadRequest.of(outside, Duration.ZERO));
        assertTrue(other.rootChanged());
        assertEquals(corpus.toRealPath().toString(), other.previousRoot());
        assertEquals(outside.toRealPath().toString(), db.query(dsl -> dsl.resultQuery(
                "select corpus_root from reporting.load_runs where run_id = " + other.runId())
                .fetchOne(0, String.class)));
    }

    @Test
    void theRunsEndIsCommittedWithItsData() throws Exception {
        articles(corpus, "a", 2);
        ReloadReport r = reload();
        assertEquals(2, count("select count(*) from core.load_run run join core.article a on a.xmin = run.xmin "
                + "where run.run_id = " + r.runId()), "the run's end and its articles are written by one transaction");
    }

    /**
     * The window the audit used to lie in: a reload whose data had committed but whose end was not
     * yet written, while a second reload waiting for the lock took it and marked the first abandoned.
     * A trigger widens what used to be that window: writing the file outcomes sleeps.
     */
    @Test
    void aReloadWaitingForTheLockNeverMarksACommittedRunAbandoned() throws Exception {
        articles(corpus, "a", 3);
        db.query(dsl -> dsl.execute("create function core.slow_audit() returns trigger language plpgsql as "
                + "$$ begin perform pg_sleep(2); return null; end $$; "
                + "create trigger slow_audit after insert on core.load_file for each statement "
                + "execute function core.slow_audit()"));
        try {
            CompletableFuture<ReloadReport> first = CompletableFuture.supplyAsync(() -> reloadUnchecked());
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (count("select count(*) from core.load_run where status = 'running'") == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            ReloadReport second = reload(ReloadRequest.of(corpus, Duration.ofSeconds(60)));
            ReloadReport firstReport = first.get(60, TimeUnit.SECONDS);
            assertEquals(3, firstReport.count(Kind.NEW));
            assertEquals(3, second.count(Kind.UNCHANGED));
            assertEquals(List.of("succeeded", "succeeded"), db.query(dsl -> dsl.resultQuery(
                    "select status from core.load_run order by run_id").fetch(0, String.class)));
            assertNull(db.query(dsl -> dsl.resultQuery("select string_agg(message, '; ') from core.load_run")
                    .fetchOne(0, String.class)));
        } finally {
            db.query(dsl -> dsl.execute("drop trigger slow_audit on core.load_file; drop function core.slow_audit()"));
        }
    }

    private ReloadReport reloadUnchecked() {
        try {
            return reload();
        } catch (CorpusException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> failures(ReloadReport r) {
        return r.failures().stream().map(f -> f.sourceFile() + ": " + f.reason()).sorted()
                .collect(Collectors.toList());
    }
}
