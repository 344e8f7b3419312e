package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.bench.LongArticle;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** reload --max-extract-time: a file over it fails alone (exit 3); a value that is no duration is a bad command line. */
// Captures System.out, which every other test class shares: it runs alone.
@Isolated
@DatabaseTest
class MaxExtractTimeOptionTest {
    private final TestDatabase db;

    MaxExtractTimeOptionTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aFileOverTheLimitFailsAloneAndTheRunIsPartial(@TempDir Path corpus) throws Exception {
        db.empty();
        Files.writeString(corpus.resolve("huge.txt"), new LongArticle(5).text(5_000_000));
        Files.writeString(corpus.resolve("good.txt"), " date 2025-02 Le Kenya et l'Éthiopie ont signé un accord.");
        InProcessCli.Run r = InProcessCli.run(db, "reload", "--corpus", corpus.toString(), "--max-extract-time", "1s");
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.out());
        assertEquals("huge.txt|extraction took longer than 1 s", db.query(dsl -> dsl.resultQuery(
                "select source_file || '|' || reason from reporting.load_errors").fetchOne(0, String.class)));
        long articles = db.query(dsl -> dsl.resultQuery("select count(*) from reporting.articles")
                .fetchOne(0, Long.class));
        assertEquals(1, articles);
    }

    @Test
    void aValueThatIsNoDurationIsABadCommandLine(@TempDir Path corpus) {
        InProcessCli.Run r = InProcessCli.run(db, "reload", "--corpus", corpus.toString(), "--max-extract-time", "soon");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
    }
}
