package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Test;

/** Scheduled reloads: several schedulers never overlap, survive the database going away, stop on SIGTERM. */
class SchedulerIT extends CliProcessFixture {
    @Test
    void threeSchedulersNeverRunTwoReloadsAtOnceAndStopOnSigterm() throws Exception {
        List<CliProcess> schedulers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            schedulers.add(entente("schedule", "--corpus", "seeds", "--every", "1s", "--poll", "200ms"));
        }
        long deadline = System.currentTimeMillis() + 180_000;
        while (count("select count(*) from core.load_run where status = 'succeeded'") < 4) {
            assertTrue(System.currentTimeMillis() < deadline, "fewer than 4 scheduled reloads in 180 s");
            Thread.sleep(200);
        }
        for (CliProcess s : schedulers) {
            s.process().destroy();
        }
        for (CliProcess s : schedulers) {
            assertEquals(0, s.waitFor(120), s.stderr());
            assertTrue(s.stderr().contains("stopping the scheduler"), s.stderr());
            assertTrue(s.stdout().startsWith("Reloading seeds every 1 s into jdbc:postgresql://"), s.stdout());
        }
        assertTrue(schedulers.stream().anyMatch(s -> s.stderr().matches("(?s).*scheduled reload run \\d+ succeeded in "
                + "\\d+\\.\\d s: files new 5, changed 0, unchanged 0, removed 0, failed 0.*")),
                schedulers.get(0).stderr());
        assertEquals(0, count("select count(*) from core.load_run where status <> 'succeeded'"));
        assertEquals(0, count("select count(*) from core.load_run a join core.load_run b on a.run_id < b.run_id "
                + "and tstzrange(a.started_at, a.finished_at) && tstzrange(b.started_at, b.finished_at)"));
    }

    @Test
    void schedulerSurvivesTheDatabaseGoingAwayAndResumes() throws Exception {
        CliProcess scheduler = entente("schedule", "--corpus", "seeds", "--every", "1s", "--poll", "200ms");
        waitForSucceededRuns(1);
        String database = db.query(dsl -> dsl.resultQuery("select current_database()").fetchOne(0, String.class));
        try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
            s.execute("alter database " + database + " allow_connections false");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            Thread.sleep(3000);
            assertTrue(scheduler.process().isAlive(), "the scheduler died with the database: " + scheduler.stderr());
            s.execute("alter database " + database + " allow_connections true");
        }
        long before = count("select count(*) from core.load_run where status = 'succeeded'");
        waitForSucceededRuns(before + 2);
        scheduler.process().destroy();
        scheduler.waitFor(120);
        assertTrue(scheduler.stderr().contains("stopping the scheduler"), scheduler.stderr());
    }
}
