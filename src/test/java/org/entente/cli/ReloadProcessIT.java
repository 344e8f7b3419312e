package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.testing.CliProcess;
import org.entente.testing.PostgresExtension;
import org.entente.testing.SyntheticCorpus;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI against a real PostgreSQL: crashes, concurrency, lost connections, exit codes. */
@ExtendWith(PostgresExtension.class)
class ReloadProcessIT {
    private final TestDatabase db;
    @TempDir
    Path work;

    ReloadProcessIT(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyWarehouse() {
        db.query(dsl -> dsl.execute("truncate core.article, core.organization, core.load_run, "
                + "core.scheduled_tasks cascade"));
    }

    private CliProcess entente(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jdbc-url", db.jdbcUrl(), "--user", db.user()));
        return CliProcess.start(db, all.toArray(String[]::new));
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    private Map<String, String> checksums() {
        return org.entente.app.ReloadServiceTestAccess.checksums(db);
    }

    /**
     * Starts a reload of new files and returns once it has written articles and is blocked inside
     * its transaction on {@code blocker}'s lock on article_source: a reload caught mid-run.
     */
    private CliProcess startBlockedReload(Connection blocker) throws Exception {
        Path corpus = work.resolve("more");
        SyntheticCorpus.write(corpus, 2);
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.execute("lock table core.article_source in share mode");
        }
        CliProcess p = entente("reload", "--corpus", corpus.toString());
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("select count(*) from pg_stat_activity where datname = current_database() "
                + "and application_name = 'entente' and wait_event_type = 'Lock'") == 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the reload never reached its writes: " + p.stderr());
            assertTrue(p.process().isAlive(), "the reload ended early: " + p.stderr());
            Thread.sleep(50);
        }
        return p;
    }

    @Test
    void reloadPrintsTheSummaryAndExitsZero() throws Exception {
        CliProcess p = entente("reload", "--corpus", "seeds");
        assertEquals(0, p.waitFor(120), p.stderr());
        assertTrue(p.stdout().contains("files new 5, changed 0, unchanged 0, removed 0, failed 0"), p.stdout());
        assertTrue(p.stdout().contains("warehouse: 5 articles"), p.stdout());
    }

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

    @Test
    void serverDownAtStartGivesAClearMessageAndTheDatabaseExitCode() throws Exception {
        CliProcess p = CliProcess.start(null, "reload", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertEquals(ExitCodes.DATABASE, p.waitFor(60));
        assertTrue(p.stderr().contains("cannot connect to jdbc:postgresql://127.0.0.1:1/none"), p.stderr());
    }

    @Test
    void threeSchedulersNeverRunTwoReloadsAtOnceAndStopOnSigterm() throws Exception {
        List<CliProcess> schedulers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            schedulers.add(entente("schedule", "--corpus", "seeds", "--every", "1s", "--poll", "200ms"));
        }
        long deadline = System.currentTimeMillis() + 90_000;
        while (count("select count(*) from core.load_run where status = 'succeeded'") < 4) {
            assertTrue(System.currentTimeMillis() < deadline, "fewer than 4 scheduled reloads in 90 s");
            Thread.sleep(200);
        }
        for (CliProcess s : schedulers) {
            s.process().destroy();
        }
        for (CliProcess s : schedulers) {
            assertNotEquals(-1, s.waitFor(120));
            assertTrue(s.stderr().contains("stopping the scheduler"), s.stderr());
        }
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

    private void waitForSucceededRuns(long n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (count("select count(*) from core.load_run where status = 'succeeded'") < n) {
            assertTrue(System.currentTimeMillis() < deadline, "fewer than " + n + " successful reloads in 90 s");
            Thread.sleep(200);
        }
    }
}
