package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadReport;
import org.entente.reload.ReloadService;
import org.entente.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The seeds through a Citus cluster of a coordinator and a worker (the official image, as the
 * docker-compose citus profile runs it): the migrations distribute every table the plan marks
 * distributed, the shards sit on the worker, and a reload, its marts, every reporting view and a
 * second reload work on them. Skipped where there is no Docker engine.
 */
class CitusClusterIT {
    static final String IMAGE = "citusdata/citus:13.0";
    private static final String USER = "entente";
    private static final String PASSWORD = "entente";

    @TempDir
    Path corpus;

    @Test
    void seedsLoadIntoADistributedWarehouse() throws Exception {
        assumeTrue(TestDatabase.dockerAvailable(),
                "skipped: no Docker engine here, so no Citus cluster; run it where Docker is (mvn verify -Dit.test=CitusClusterIT)");
        try (Network network = Network.newNetwork();
             GenericContainer<?> worker = node(new GenericContainer<>(DockerImageName.parse(IMAGE)), network, "citus-worker")
                     .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\n", 2));
             PostgreSQLContainer coordinator = node(new PostgreSQLContainer(
                     DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres")), network, "citus-coordinator")) {
            worker.start();
            coordinator.start();
            try (Connection c = DriverManager.getConnection(coordinator.getJdbcUrl(), USER, PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("select citus_set_coordinator_host('citus-coordinator', 5432)");
                s.execute("select citus_add_node('citus-worker', 5432)");
            }
            try (Warehouse w = Warehouse.external(coordinator.getJdbcUrl(), USER, PASSWORD)) {
                w.migrate();
                for (Path seed : Files.newDirectoryStream(Path.of("seeds"), "*.txt")) {
                    Files.copy(seed, corpus.resolve(seed.getFileName()));
                }
                assertEquals("succeeded", reload(w).status());
                try (var c = w.dataSource().getConnection()) {
                    assertDistributed(w.dsl(c));
                }
                // An incremental reload: a file removed, the marts kept for what changed.
                try (var files = Files.list(corpus)) {
                    Files.delete(files.sorted().findFirst().orElseThrow());
                }
                assertEquals("succeeded", reload(w).status());
                try (var c = w.dataSource().getConnection()) {
                    assertEquals(List.of(), reportingViewsThatFail(w.dsl(c)));
                }
            }
        }
    }

    private static <T extends GenericContainer<?>> T node(T container, Network network, String name) {
        // PGUSER and PGPASSWORD: the nodes' own connections to each other authenticate with them.
        container.withNetwork(network).withNetworkAliases(name).withEnv("POSTGRES_DB", USER)
                .withEnv("POSTGRES_USER", USER).withEnv("POSTGRES_PASSWORD", PASSWORD)
                .withEnv("PGUSER", USER).withEnv("PGPASSWORD", PASSWORD);
        if (container instanceof PostgreSQLContainer pg) {
            pg.withDatabaseName(USER).withUsername(USER).withPassword(PASSWORD);
        }
        return container;
    }

    private ReloadReport reload(Warehouse w) throws Exception {
        return new ReloadService(w, new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
    }

    private static void assertDistributed(DSLContext dsl) {
        List<String> planned = dsl.resultQuery("select table_name from core.distribution_plan "
                + "where role = 'distributed' order by 1").fetch(0, String.class);
        List<String> distributed = dsl.resultQuery("select logicalrelid::regclass::text from pg_dist_partition "
                + "where partmethod = 'h' order by 1").fetch(0, String.class);
        assertEquals(planned, distributed);
        List<String> references = dsl.resultQuery("select logicalrelid::regclass::text from pg_dist_partition "
                + "where partmethod = 'n' and repmodel = 't' order by 1").fetch(0, String.class);
        assertEquals(dsl.resultQuery("select table_name from core.distribution_plan where role = 'reference' "
                + "order by 1").fetch(0, String.class), references);
        long onWorker = dsl.resultQuery("select count(*) from pg_dist_shard_placement where nodename = 'citus-worker'")
                .fetchOne(0, Long.class);
        assertTrue(onWorker > 0, "shards are placed on the worker");
        long agreements = dsl.resultQuery("select count(*) from reporting.agreement_timeline").fetchOne(0, Long.class);
        assertTrue(agreements > 0, "the marts hold the seeds' agreements");
        assertEquals(dsl.resultQuery("select count(*) from reporting.agreements").fetchOne(0, Long.class), agreements);
    }

    /** Each view and mart of the reporting schema, read whole: those Citus cannot run, with its reason. */
    private static List<String> reportingViewsThatFail(DSLContext dsl) {
        List<String> failing = new java.util.ArrayList<>();
        for (String r : dsl.resultQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'reporting' and c.relkind in ('v', 'r') order by 1").fetch(0, String.class)) {
            try {
                dsl.resultQuery("select count(*) from reporting." + r).fetch();
            } catch (RuntimeException e) {
                failing.add(r + ": " + e.getMessage());
            }
        }
        return failing;
    }
}
