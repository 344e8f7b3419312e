package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.entente.testing.CliProcess;
import org.entente.testing.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as one person runs it: commands share the server of a data directory, stop
 * cleanly on SIGTERM, and refuse a port another instance holds.
 */
class EmbeddedDefaultIT {
    private Path work;
    private Path dataDir;
    private int port;
    private final List<CliProcess> started = new ArrayList<>();

    @BeforeEach
    void freshDataDirectory(@TempDir Path dir) throws Exception {
        work = dir;
        dataDir = dir.resolve("pgdata");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @AfterEach
    void stopLeftoverProcesses() {
        started.forEach(p -> p.process().destroyForcibly());
    }

    private CliProcess entente(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--port", Integer.toString(port)));
        CliProcess p = CliProcess.start(null, all.toArray(String[]::new));
        started.add(p);
        return p;
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/entente", "postgres", null);
    }

    private void awaitServerFile() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(dataDir.resolve("entente-server.properties"))) {
            assertTrue(System.currentTimeMillis() < deadline, "no server file: " + started.get(0).stderr());
            Thread.sleep(100);
        }
    }

    private long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Returns once a reload waits on a lock; looks from its own connection, as a transaction sees one snapshot. */
    private void awaitBlockedReload(CliProcess reloader) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        try (Connection probe = connect()) {
            while (count(probe, "select count(*) from pg_stat_activity where application_name = 'entente' "
                    + "and wait_event_type = 'Lock'") == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "no reload reached its writes: " + reloader.stderr());
                assertTrue(reloader.process().isAlive(), "ended early: " + reloader.stderr());
                Thread.sleep(100);
            }
        }
    }

    private static void assertNoStackTrace(CliProcess p) {
        assertFalse(p.stderr().contains("\tat ") || p.stderr().contains("Exception"), p.stderr());
    }

    @Test
    void commandsUseTheRunningServerAndASecondServeOnItsPortRefuses() throws Exception {
        CliProcess serve = entente("serve", "--reload-every", "1s", "--poll", "200ms", "--corpus", "seeds");
        awaitServerFile();
        Properties file = new Properties();
        try (var in = Files.newBufferedReader(dataDir.resolve("entente-server.properties"))) {
            file.load(in);
        }
        assertEquals(Long.toString(serve.process().pid()), file.getProperty("pid"));
        assertEquals(Integer.toString(port), file.getProperty("port"));
        try (Connection c = connect()) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (count(c, "select count(*) from pg_tables where schemaname = 'core' and tablename = 'load_run'") == 0
                    || count(c, "select count(*) from core.load_run where status = 'succeeded'") < 2) {
                assertTrue(System.currentTimeMillis() < deadline, "serve --reload-every did not reload: " + serve.stderr());
                Thread.sleep(200);
            }
        }
        CliProcess reload = entente("reload", "--corpus", "seeds", "--wait", "30s");
        assertEquals(0, reload.waitFor(120), reload.stderr());
        CliProcess status = entente("status", "--runs", "1");
        assertEquals(0, status.waitFor(60), status.stderr());
        // serve keeps reloading every second: the newest run may be one still running
        assertTrue(status.stdout().matches("(?s)run \\d+  (succeeded started .* took \\d+\\.\\d s|running   started .*)  host .*"),
                status.stdout());
        CliProcess report = entente("report", "agreements-by-country", "--param", "country=PE", "--format", "csv");
        assertEquals(0, report.waitFor(60), report.stderr());
        CliProcess grant = CliProcess.startWith(java.util.Map.of("ENTENTE_READER_PASSWORD", "pw"), "grant-reader",
                "metabase_it", "--data-dir", dataDir.toString());
        started.add(grant);
        assertEquals(0, grant.waitFor(60), grant.stderr());

        Path other = work.resolve("other");
        CliProcess second = CliProcess.start(null, "serve", "--data-dir", other.toString(), "--port",
                Integer.toString(port));
        started.add(second);
        assertEquals(ExitCodes.DATABASE, second.waitFor(60));
        assertEquals("entente: port " + port + " is held by Entente process " + serve.process().pid()
                + " (serve), serving data directory " + dataDir.toRealPath() + "; choose another port with --port\n",
                second.stderr());
        assertFalse(Files.exists(other), "a refused serve creates no data directory");

        serve.process().destroy();
        assertEquals(0, serve.waitFor(120), serve.stderr());
        assertNoStackTrace(serve);
        assertFalse(Files.exists(dataDir.resolve("entente-server.properties")));
    }

    @Test
    void sigtermMidReloadRollsBackRecordsTheRunAsStoppedReleasesTheTaskThenStopsPostgres() throws Exception {
        Path corpus = work.resolve("corpus");
        SyntheticCorpus.write(corpus, 1);
        CliProcess schedule = entente("schedule", "--corpus", corpus.toString(), "--every", "1s", "--poll", "200ms");
        awaitServerFile();
        long stoppedRun;
        try (Connection blocker = connect()) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (count(blocker, "select count(*) from pg_tables where tablename = 'load_run'") == 0
                    || count(blocker, "select count(*) from core.load_run where status = 'succeeded'") < 1) {
                assertTrue(System.currentTimeMillis() < deadline, "no first reload: " + schedule.stderr());
                Thread.sleep(200);
            }
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("lock table core.article_source in share mode");
            }
            SyntheticCorpus.write(work.resolve("more"), 2);
            try (var files = Files.list(work.resolve("more"))) {
                for (Path f : files.toList()) {
                    Files.move(f, corpus.resolve("more_" + f.getFileName()));
                }
            }
            awaitBlockedReload(schedule);
            try (Connection probe = connect()) {
                stoppedRun = count(probe, "select max(run_id) from core.load_run");
            }
            schedule.process().destroy();
            assertEquals(0, schedule.waitFor(120), schedule.stderr());
        }
        assertNoStackTrace(schedule);
        assertTrue(schedule.stderr().contains("stopping the scheduler"), schedule.stderr());
        assertFalse(Files.exists(dataDir.resolve("entente-server.properties")));

        CliProcess status = entente("status", "--runs", "1");
        assertEquals(0, status.waitFor(60), status.stderr());
        assertTrue(status.stdout().startsWith("run " + stoppedRun + "  stopped "), status.stdout());
        assertTrue(status.stdout().contains("files new 0, changed 0, unchanged 0, removed 0, failed 0; stopped by "
                + "SIGTERM or Ctrl-C before the end; rolled back, nothing changed"), status.stdout());

        // The next scheduler finds the task released and due: its first reload loads the new files at once.
        CliProcess next = entente("schedule", "--corpus", corpus.toString(), "--every", "1h", "--poll", "200ms");
        awaitServerFile();
        try (Connection c = connect()) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (count(c, "select count(*) from core.load_run where run_id > " + stoppedRun
                    + " and status = 'succeeded'") < 1) {
                assertTrue(System.currentTimeMillis() < deadline, "the next scheduler waited: " + next.stderr());
                Thread.sleep(200);
            }
            assertEquals(15, count(c, "select count(*) from core.article_source"));
        }
        next.process().destroy();
        assertEquals(0, next.waitFor(120), next.stderr());
    }

    @Test
    void sigtermToAReloadUsingAServedWarehouseExitsStoppedAndTheServerStaysUp() throws Exception {
        CliProcess serve = entente("serve");
        awaitServerFile();
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
        Path corpus = work.resolve("corpus");
        SyntheticCorpus.write(corpus, 2);
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("lock table core.article_source in share mode");
            }
            CliProcess reload = entente("reload", "--corpus", corpus.toString(), "--max-removals", "100%");
            awaitBlockedReload(reload);
            reload.process().destroy();
            assertEquals(ExitCodes.STOPPED, reload.waitFor(120), reload.stderr());
            assertNoStackTrace(reload);
            blocker.rollback();
            assertEquals("stopped", status(blocker));
            assertEquals(5, count(blocker, "select count(*) from core.article_source"));
        }
        assertTrue(serve.process().isAlive());
    }

    @Test
    void twoReloadsStartedTogetherOnAFreshDataDirectoryBothSucceed() throws Exception {
        CliProcess a = entente("reload", "--corpus", "seeds", "--wait", "30s");
        CliProcess b = entente("reload", "--corpus", "seeds", "--wait", "30s");
        assertEquals(0, a.waitFor(180), a.stderr());
        assertEquals(0, b.waitFor(180), b.stderr());
        String both = a.stdout() + b.stdout();
        assertTrue(both.contains("files new 5, changed 0, unchanged 0") && both.contains("files new 0, changed 0, "
                + "unchanged 5"), both);
    }

    private static String status(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select status from core.load_run order by run_id desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
