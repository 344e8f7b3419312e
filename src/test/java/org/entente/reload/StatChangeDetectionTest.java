package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.FileOutcome.Kind;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload reads only files whose size, modification time or inode changed; --verify reads them all. */
@DatabaseTest
class StatChangeDetectionTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS));

    private final TestDatabase db;
    @TempDir
    Path corpus;

    StatChangeDetectionTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void empty() {
        db.empty();
    }

    private ReloadReport reload(boolean verify) throws Exception {
        return new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(), ReloadProgress.NONE)
                .reload(ReloadRequest.of(corpus, Duration.ZERO).withVerify(verify));
    }

    private Path write(String name, String text, FileTime mtime) throws Exception {
        Path f = corpus.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, mtime);
        return f;
    }

    @Test
    void sameSizeAndTimeIsNotReadUntilVerifyRehashes() throws Exception {
        Path f = write("a.txt", "Le Kenya et l'Éthiopie ont signé un accord.", AN_HOUR_AGO);
        write("b.txt", "La France et le Maroc ont signé un accord.", AN_HOUR_AGO);
        assertEquals(2, reload(false).count(Kind.NEW));
        // Same length, same time, same inode: the stat cannot tell, so the file is not read.
        Files.writeString(f, "Le Kenya et l'Éthiopie ont signé un traité", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, AN_HOUR_AGO);
        assertEquals(2, reload(false).count(Kind.UNCHANGED));
        ReloadReport verified = reload(true);
        assertEquals(1, verified.count(Kind.CHANGED));
        assertEquals(1, verified.count(Kind.UNCHANGED));
        assertEquals(1, count("select count(*) from reporting.agreement_timeline where kind = 'treaty'"));
    }

    @Test
    void changedTimeIsReadAndItsNewStatRecorded() throws Exception {
        Path f = write("a.txt", "Le Kenya et l'Éthiopie ont signé un accord.", AN_HOUR_AGO);
        reload(false);
        long recorded = mtime("a.txt");
        assertEquals(AN_HOUR_AGO.toMillis() * 1_000_000L, recorded);
        FileTime later = FileTime.from(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
        Files.setLastModifiedTime(f, later);
        ReloadReport touched = reload(false);
        assertEquals(1, touched.count(Kind.UNCHANGED), "same content");
        assertEquals(later.toMillis() * 1_000_000L, mtime("a.txt"));
        Files.writeString(f, "Le Kenya et l'Éthiopie ont signé un mémorandum d'entente.", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, later);
        assertEquals(1, reload(false).count(Kind.CHANGED), "a new size is a change");
    }

    @Test
    void fileModifiedJustBeforeTheScanHasNoStatRecorded() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Le Kenya et l'Éthiopie ont signé un accord.", StandardCharsets.UTF_8);
        reload(false);
        assertEquals(1, count("select count(*) from core.article_source where file_mtime_ns is null"),
                "a file that may still change within its timestamp is hashed again next time");
    }

    private long mtime(String file) {
        return db.query(dsl -> dsl.resultQuery("select file_mtime_ns from core.article_source where source_file = {0}",
                org.jooq.impl.DSL.val(file)).fetchOne(0, Long.class));
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }
}
