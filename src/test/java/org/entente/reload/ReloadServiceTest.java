package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.reload.FileOutcome.Kind;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.extract.model.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.FrenchExtractor;
import org.entente.testing.DatabaseTest;
import org.entente.testing.ReloadLockKey;
import org.entente.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class ReloadServiceTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();

    private final TestDatabase db;
    @TempDir
    Path corpus;

    ReloadServiceTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyWarehouse() throws Exception {
        db.empty();
        for (Path seed : Files.newDirectoryStream(Path.of("seeds"), "*.txt")) {
            Files.copy(seed, corpus.resolve(seed.getFileName()));
        }
    }

    private ReloadReport reload() throws CorpusException {
        return new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
    }

    /** A reload allowed to remove every article: these tests remove seeds on purpose. */
    private ReloadReport reloadRemovingAny() throws CorpusException {
        return new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(), ReloadProgress.NONE)
                .reload(ReloadRequest.of(corpus, Duration.ZERO).withMaxRemovals(RemovalLimit.parse("100%")));
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    @Test
    void testsHoldTheReloadLockByItsKey() {
        assertEquals(ReloadLock.KEY, ReloadLockKey.VALUE);
    }

    @Test
    void firstReloadLoadsEveryFileAndSecondChangesNothing() throws Exception {
        org.entente.testing.OldFiles.age(corpus);
        ReloadReport first = reload();
        assertEquals(5, first.count(Kind.NEW));
        assertEquals("succeeded", first.status());
        Map<String, String> before = db.coreChecksums();
        ReloadReport second = reload();
        assertEquals(5, second.count(Kind.UNCHANGED));
        assertEquals(before, db.coreChecksums());
        assertEquals(5, count("select count(*) from reporting.articles"));
        assertEquals(2, count("select count(*) from reporting.load_runs where status = 'succeeded'"));
        assertEquals(List.of("scan", "rules", "compare", "extract and write", "remove", "analyze", "check", "marts", "commit"),
                List.copyOf(first.phases().keySet()), "a reload that writes checks and refreshes");
        assertEquals(List.of("scan", "rules", "compare", "extract and write", "remove", "commit"), List.copyOf(second.phases().keySet()),
                "a reload that changes nothing neither checks nor refreshes");
        Duration phases = first.phases().values().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(phases.compareTo(first.elapsed()) <= 0, phases + " within " + first.elapsed());
    }

    @Test
    void changedFileReplacesItsArticle() throws Exception {
        reload();
        Path f = corpus.resolve("003_223c0ada132dd41d.txt");
        Files.writeString(f, Files.readString(f) + "\nLe Kazakhstan et la Corée du Sud ont signé un accord.");
        ReloadReport r = reload();
        assertEquals(1, r.count(Kind.CHANGED));
        assertEquals(4, r.count(Kind.UNCHANGED));
        assertEquals(5, count("select count(*) from core.article"));
        assertEquals(1, count("select count(*) from reporting.articles where source_file like '003%' "
                + "and content_sha256 = '" + ArticleReaderSha.of(f) + "'"));
    }

    @Test
    void removedFileLeavesTheWarehouseAndIsAudited() throws Exception {
        reload();
        Files.delete(corpus.resolve("001_309763a9f4a56572.txt"));
        ReloadReport r = reloadRemovingAny();
        assertEquals(1, r.count(Kind.REMOVED));
        assertEquals(4, count("select count(*) from reporting.articles"));
        assertEquals(0, count("select count(*) from reporting.article_countries where source_file like '001%'"));
        assertEquals(1, count("select count(*) from core.load_file where outcome = 'removed'"));
    }

    @Test
    void removingEveryFileLeavesNoFactBehind() throws Exception {
        reload();
        assertTrue(count("select count(*) from core.agreement_party") > 0, "the seeds have agreements");
        try (var files = Files.newDirectoryStream(corpus)) {
            for (Path f : files) {
                Files.delete(f);
            }
        }
        assertEquals(5, reloadRemovingAny().count(Kind.REMOVED));
        for (String t : List.of("article", "article_source", "article_country", "article_organization", "agreement",
                "agreement_party")) {
            assertEquals(0, count("select count(*) from core." + t), t);
        }
    }

    @Test
    void newRulesVersionReExtractsUnchangedFilesInPlace() throws Exception {
        reload();
        long articles = count("select count(*) from core.article");
        Extractor nextRules = new Extractor() {
            @Override
            public String rulesVersion() {
                return "next-rules";
            }

            @Override
            public Extraction extract(Article article) {
                Extraction e = EXTRACTOR.extract(article);
                return new Extraction(e.language(), rulesVersion(), e.countries(), e.organizations(), e.agreements(),
                        e.unclassified());
            }
        };
        ReloadReport rerun = new ReloadService(db.warehouse(), nextRules, new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
        assertEquals(5, rerun.count(Kind.CHANGED), "every file is re-extracted under the new rules");
        assertEquals(articles, count("select count(*) from core.article"));
        assertEquals(5, count("select count(*) from core.article where rules_version = 'next-rules'"));
        assertEquals(7, count("select count(*) from reporting.agreements"));
        assertEquals(5, reload().count(Kind.CHANGED), "going back to the old rules re-extracts again");
    }

    @Test
    void sameContentUnderTwoNamesIsOneArticleWithBothSources() throws Exception {
        Files.copy(corpus.resolve("000_1094420894c9ab63.txt"), corpus.resolve("copy-of-000.txt"));
        ReloadReport r = reload();
        assertEquals(6, r.count(Kind.NEW));
        assertEquals(5, count("select count(*) from core.article"));
        assertEquals(6, count("select count(*) from core.article_source"));
        assertEquals(2, count("select cardinality(source_files) from reporting.articles "
                + "where source_file = '000_1094420894c9ab63.txt'"));
    }

    @Test
    void badFileIsReportedTheRestLoadsAndItsPreviousVersionStays() throws Exception {
        reload();
        long countries = count("select count(*) from core.article_country");
        Files.write(corpus.resolve("002_1fccaefc073f2a82.txt"), new byte[] {'x', 0, 'y'});
        Files.writeString(corpus.resolve("new.txt"), " date 2024-13 Titre");
        ReloadReport r = reload();
        assertEquals("partial", r.status());
        assertEquals(2, r.failures().size());
        assertEquals(5, count("select count(*) from reporting.articles"));
        assertEquals(countries, count("select count(*) from core.article_country"));
        assertEquals(2, count("select count(*) from reporting.load_errors"));
        assertEquals(1, count("select count(*) from reporting.load_runs where status = 'partial'"));
    }

    @Test
    void missingCorpusLeavesTheDatabaseUntouched() throws Exception {
        reload();
        Map<String, String> before = db.coreChecksums();
        assertThrows(CorpusException.class, () -> new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(),
                ReloadProgress.NONE).reload(corpus.resolve("missing"), Duration.ZERO));
        assertEquals(before, db.coreChecksums());
    }

    @Test
    void secondReloadWhileTheLockIsHeldGivesUpAtOnceOrAfterWaiting() throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            c.setAutoCommit(false);
            db.warehouse().dsl(c).execute("select pg_advisory_xact_lock({0})", DSL.val(ReloadLock.KEY));
            assertThrows(ReloadBusyException.class, this::reload);
            long t0 = System.nanoTime();
            assertThrows(ReloadBusyException.class, () -> new ReloadService(db.warehouse(), EXTRACTOR,
                    new ArticleReader(), ReloadProgress.NONE).reload(corpus, Duration.ofMillis(700)));
            assertTrue(System.nanoTime() - t0 >= 600_000_000L);
            c.rollback();
        }
        assertEquals(2, count("select count(*) from core.load_run where status = 'failed'"));
        assertNotEquals(0, reload().count(Kind.NEW));
    }
}
