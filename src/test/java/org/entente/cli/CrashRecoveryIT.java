package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Map;
import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Test;

/** A reload killed or cut off mid-run leaves the previous state, and the next run completes. */
class CrashRecoveryIT extends CliProcessFixture {
    @Test
    void killedReloadLeavesThePreviousStateAndTheNextRunCompletes() throws Exception {
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
        Map<String, String> before = checksums();
        try (Connection blocker = db.warehouse().dataSource().getConnection()) {
            CliProcess p = startBlockedReload(blocker);
            assertEquals(before, checksums(), "readers see the previous state during a reload");
            assertEquals(5, count("select count(*) from reporting.articles"));
            p.process().destroyForcibly();
            p.waitFor(30);
            blocker.rollback();
        }
        assertEquals(before, checksums());
        CliProcess next = entente("reload", "--corpus", "seeds");
        assertEquals(0, next.waitFor(120), next.stderr());
        assertTrue(next.stdout().contains("unchanged 5"), next.stdout());
        assertEquals(before, checksums());
    }

    @Test
    void lostConnectionRollsBackWithAClearErrorAndTheNextRunSucceeds() throws Exception {
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
        Map<String, String> before = checksums();
        CliProcess p;
        int code;
        try (Connection blocker = db.warehouse().dataSource().getConnection()) {
            p = startBlockedReload(blocker);
            db.query(dsl -> dsl.resultQuery("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where datname = current_database() and application_name = 'entente' "
                    + "and wait_event_type = 'Lock'").fetch());
            code = p.waitFor(60);
            blocker.rollback();
        }
        assertEquals(ExitCodes.DATABASE, code, p.stderr());
        assertTrue(p.stderr().contains("entente:"), p.stderr());
        assertEquals(before, checksums());
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
    }
}
