package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.testing.CliProcess;
import org.entente.testing.SyntheticCorpus;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI pointed at one test database per class, with the probes the process-level tests share. */
@DatabaseTest
abstract class CliProcessFixture {
    protected TestDatabase db;
    private Path work;
    private final List<CliProcess> started = new ArrayList<>();

    /** Empties the warehouse so each test starts from nothing. */
    @BeforeEach
    void emptyWarehouse(TestDatabase database, @TempDir Path workDir) {
        db = database;
        work = workDir;
        db.empty();
    }

    /** Starts {@code entente ARGS} against the test database. */
    CliProcess entente(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jdbc-url", db.jdbcUrl(), "--user", db.user()));
        CliProcess p = CliProcess.start(db, all.toArray(String[]::new));
        started.add(p);
        return p;
    }

    /** A failed test must not leave a scheduler running after the build. */
    @AfterEach
    void stopLeftoverProcesses() {
        started.forEach(p -> p.process().destroyForcibly());
        started.clear();
    }

    long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    Map<String, String> checksums() {
        return db.coreChecksums();
    }

    /**
     * Starts a reload of new files and returns once it has written articles and is blocked inside
     * its transaction on {@code blocker}'s lock on article_source: a reload caught mid-run.
     */
    CliProcess startBlockedReload(Connection blocker) throws Exception {
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

    /** Waits until {@code n} reloads have succeeded; fails after 180 s (a busy machine starts JVMs slowly). */
    void waitForSucceededRuns(long n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (count("select count(*) from core.load_run where status = 'succeeded'") < n) {
            if (System.currentTimeMillis() >= deadline) {
                fail("fewer than " + n + " successful reloads in 180 s; stderr of the processes started: "
                        + started.stream().map(CliProcess::stderr).toList());
            }
            Thread.sleep(200);
        }
    }
}
