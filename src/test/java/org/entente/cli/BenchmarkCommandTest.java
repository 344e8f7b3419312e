package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.reporting.ReportCatalog;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark end to end on a tiny corpus, against databases created beside the test database. */
// Captures System.out, which every other test class shares: it runs alone.
@Isolated
@DatabaseTest
class BenchmarkCommandTest {
    private final TestDatabase db;

    BenchmarkCommandTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void benchmarkOfFiftyArticlesPrintsEveryFigureAndEveryQueryLatency(@TempDir Path work) {
        InProcessCli.Run r = InProcessCli.run(db, "benchmark", "--sizes", "50", "--runs", "2",
                "--work-dir", work.toString(), "--long-article", "1");
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().startsWith("| long article | target | measured |\n|---|---|---|\n| article MB | | 1.0 |"),
                r.out());
        for (String figure : List.of("| agreements found | | ", "| extraction s | <= 10 | ", "| peak heap MB (of -Xmx ",
                "| peak heap right after a collection MB | | ")) {
            assertTrue(r.out().contains(figure), figure + " missing from\n" + r.out());
        }
        assertTrue(r.out().contains("\n| figure | target | 50 articles |"), r.out());
        for (String figure : List.of("extraction MB/s per core", "extraction articles/s", "loader rows/s",
                "raw COPY rows/s", "loader / raw COPY", "full reload s", "no-op reload s", "peak heap MB",
                "peak RSS MB", "p95 ms view reporting.article_countries", "p95 ms view reporting.sector_summary")) {
            assertTrue(r.out().contains("| " + figure + " |"), figure + " missing from\n" + r.out());
        }
        ReportCatalog.all().forEach(report -> assertTrue(r.out().contains("| p95 ms report " + report.name() + " |"),
                report.name()));
        assertTrue(r.out().lines().filter(l -> l.startsWith("| core rows loaded |"))
                .allMatch(l -> !l.endsWith("| 0 |")), r.out());
    }
}
