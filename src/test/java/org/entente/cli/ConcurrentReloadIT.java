package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.testing.ReloadLockKey;
import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Test;

/** Reloads started together against one database run one at a time, or give up with the busy code. */
class ConcurrentReloadIT extends CliProcessFixture {
    @Test
    void threeSimultaneousReloadsRunOneAfterAnother() throws Exception {
        List<CliProcess> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(entente("reload", "--corpus", "seeds", "--wait", "2m"));
        }
        for (CliProcess r : runs) {
            assertEquals(0, r.waitFor(180), r.stderr());
        }
        assertEquals(1, count("select count(*) from core.load_run where files_new = 5"));
        assertEquals(2, count("select count(*) from core.load_run where files_unchanged = 5"));
        assertEquals(5, count("select count(*) from reporting.articles"));
    }

    @Test
    void reloadThatMayNotWaitExitsWithTheBusyCode() throws Exception {
        try (Connection other = db.warehouse().dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + ReloadLockKey.VALUE + ")");
            }
            CliProcess second = entente("reload", "--corpus", "seeds");
            assertEquals(ExitCodes.BUSY, second.waitFor(60), second.stderr());
            assertTrue(second.stderr().contains("another reload is running"), second.stderr());
            other.rollback();
        }
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
    }
}
