package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusScanner;
import org.entente.extract.FrenchExtractor;
import org.entente.load.FactValidator;
import org.entente.load.WarehouseState;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file in one corpus: each is named with its reason, and everything else loads. */
@DatabaseTest
class BadInputReloadTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();
    private final TestDatabase db;
    @TempDir
    Path corpus;

    BadInputReloadTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyWarehouse() {
        db.empty();
    }

    private ReloadReport reload(long maxBytes) throws Exception {
        return new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(maxBytes), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
    }

    private void write(String name, byte[] bytes) throws Exception {
        Files.createDirectories(corpus.resolve(name).getParent());
        Files.write(corpus.resolve(name), bytes);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachBadFileIsNamedWithItsReasonAndTheRestLoads() throws Exception {
        write("good.txt", utf8(" date 2025-03 Le Sénégal et la Mauritanie ont signé un accord gazier à Dakar."));
        write("cp1252.txt", "Accord signé à Alger".getBytes(Charset.forName("windows-1252")));
        write("utf16.txt", "\uFEFF date 2025-01 Le Maroc et le Nigeria ont signé un accord."
                .getBytes(StandardCharsets.UTF_16LE));
        write("empty.txt", new byte[0]);
        write("blank.txt", utf8("  \n\n \t"));
        write("binary.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        write("big.txt", new byte[5000]);
        write("bad-header.txt", utf8(" date 2024-13 Titre\nTexte."));
        write("no-body.txt", utf8(" date 2024-05   \n"));
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        ReloadReport r = reload(4096);
        Map<String, String> failed = r.failures().stream()
                .collect(Collectors.toMap(FileOutcome::sourceFile, FileOutcome::reason));
        assertTrue(failed.get("cp1252.txt").startsWith("not valid UTF-8"), failed.toString());
        assertEquals("empty file", failed.get("empty.txt"));
        assertEquals("only whitespace", failed.get("blank.txt"));
        assertTrue(failed.get("binary.txt").startsWith("binary content"));
        assertTrue(failed.get("big.txt").contains("over the limit of 4096 bytes"));
        assertTrue(failed.get("bad-header.txt").startsWith("malformed date header '2024-13'"));
        assertEquals("date header with no article text", failed.get("no-body.txt"));
        assertEquals("symbolic link loop", failed.get("loop"));
        assertEquals(8, failed.size(), failed.toString());
        assertEquals(2, r.count(FileOutcome.Kind.NEW));
        assertEquals("partial", r.status());
        assertEquals(8L, count("select count(*) from reporting.load_errors"));
        assertEquals(2L, count("select count(*) from reporting.articles"));
    }

    @Test
    void nonFrenchArticleLoadsWithItsLanguageAndNoFacts() throws Exception {
        write("en.txt", utf8(" date 2025-02 South Korea and Peru signed a defence agreement in Lima on Sunday, "
                + "the two governments said, and they will also work together on critical minerals."));
        reload(1 << 20);
        assertEquals("en", db.query(dsl -> dsl.resultQuery("select language from reporting.articles")
                .fetchOne(0, String.class)));
        assertEquals(0L, count("select count(*) from core.article_country"));
        assertEquals(0L, count("select count(*) from core.agreement"));
    }

    @Test
    void aSingleLineOfOneMegabyteLoads() throws Exception {
        String sentence = "Le Vietnam et le Laos ont renforcé leur coopération dans l'énergie. ";
        write("long.txt", utf8(" date 2025-04 " + sentence.repeat(1_000_000 / sentence.length())));
        ReloadReport r = reload(5L << 20);
        assertEquals(1, r.count(FileOutcome.Kind.NEW), r.failures().toString());
        assertTrue(count("select count(*) from reporting.article_countries") >= 2);
    }

    @Test
    void unreadableFileIsReportedAndTheRestLoads() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        write("good.txt", utf8("Le Kenya et l'Éthiopie ont signé un accord."));
        write("secret.txt", utf8("texte"));
        Files.setPosixFilePermissions(corpus.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
        ReloadReport r = reload(1 << 20);
        assertTrue(r.failures().get(0).reason().startsWith("cannot read"));
        assertEquals(1, r.count(FileOutcome.Kind.NEW));
    }

    @Test
    void fifoInTheCorpusIsNotReadAsAnArticle() throws Exception {
        write("good.txt", utf8("Le Kenya et l'Éthiopie ont signé un accord."));
        Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
        assumeFalse(mkfifo.waitFor() != 0, "mkfifo is not available");
        ReloadReport r = reload(1 << 20);
        assertEquals("not a regular file", r.failures().get(0).reason());
        assertEquals(1, r.count(FileOutcome.Kind.NEW));
    }

    @Test
    void fileThatDisappearsDuringTheRunIsReportedAsSuch() throws Exception {
        write("gone.txt", utf8("Le Kenya et l'Éthiopie ont signé un accord."));
        CorpusScanner.Entry entry = new CorpusScanner().scan(corpus).entries().get(0);
        Files.delete(entry.path());
        PreparedFile p = new FilePreparer(new ArticleReader(), EXTRACTOR,
                WarehouseState.empty(), shas -> Map.of(), new FactValidator(java.util.Set.of()), 0L)
                .prepare(entry);
        assertEquals(FileOutcome.Kind.FAILED, p.outcome());
        assertEquals("file disappeared before it could be read", p.reason());
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }
}
