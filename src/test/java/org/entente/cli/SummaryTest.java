package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.entente.reload.ReloadReport;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reload prints: every agreement of a small corpus, a glance at a large one. */
@DatabaseTest
class SummaryTest {
    private final TestDatabase db;
    private ReloadReport report;

    SummaryTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void loadSeeds(@TempDir Path corpus) throws Exception {
        report = db.loadSeeds(corpus);
    }

    private List<String> printed(Summary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private int agreements() {
        return db.query(dsl -> dsl.fetchCount(dsl.selectFrom("reporting.agreements")));
    }

    @Test
    void aSmallCorpusHasEveryAgreementListed() {
        List<String> lines = printed(new Summary(db.warehouse()));
        assertTrue(agreements() < Summary.AGREEMENTS_SHOWN);
        assertEquals(agreements(), lines.stream().filter(l -> l.startsWith("  ") && l.contains(".txt: ")).count());
        assertFalse(lines.stream().anyMatch(l -> l.contains("more:")), lines.toString());
    }

    @Test
    void aLargeOneHasTheFirstListedAndTheRestCounted() {
        List<String> lines = printed(new Summary(db.warehouse(), 3));
        assertTrue(agreements() > 3);
        assertEquals(3, lines.stream().filter(l -> l.startsWith("  ") && l.contains(".txt: ")).count());
        assertEquals("  ... and " + (agreements() - 3) + " more: select * from reporting.agreements",
                lines.get(lines.size() - 1));
    }
}
