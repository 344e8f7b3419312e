package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Test;

/** The packaged CLI against a real PostgreSQL: the summary, exit codes, a server that is down. */
class ReloadProcessIT extends CliProcessFixture {
    @Test
    void reloadPrintsTheSummaryAndExitsZero() throws Exception {
        CliProcess p = entente("reload", "--corpus", "seeds");
        assertEquals(0, p.waitFor(120), p.stderr());
        assertTrue(p.stdout().contains("files new 5, changed 0, unchanged 0, removed 0, failed 0"), p.stdout());
        assertEquals(5, p.stdout().lines().filter(l -> l.matches("  \\+ 00[0-4]_[0-9a-f]+\\.txt \\(new\\): \\d+ agreements?")).count(),
                p.stdout());
        assertTrue(p.stdout().lines().anyMatch(l -> l.matches("phases: scan [0-9.]+ s, rules [0-9.]+ s, compare [0-9.]+ s, extract and write .*, commit [0-9.]+ s")),
                p.stdout());
    }

    @Test
    void serverDownAtStartGivesAClearMessageAndTheDatabaseExitCode() throws Exception {
        CliProcess p = CliProcess.start(null, "reload", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertEquals(ExitCodes.DATABASE, p.waitFor(60));
        assertTrue(p.stderr().contains("cannot connect to jdbc:postgresql://127.0.0.1:1/none"), p.stderr());
    }
}
