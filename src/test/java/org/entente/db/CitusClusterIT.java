package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The seeds through a Citus node (the official image, coordinator holding its own shards): the
 * migrations distribute the tables the plan marks ready, and a reload and its marts work on them.
 * Skipped where there is no Docker engine.
 */
class CitusClusterIT {
    static final String IMAGE = "citusdata/citus:13.0";

    @TempDir
    Path corpus;

    @Test
    void seedsLoadIntoADistributedWarehouse() throws Exception {
        assumeTrue(TestDatabase.dockerAvailable(),
                "skipped: no Docker engine here, so no Citus cluster; run it where Docker is (mvn verify -Dit.test=CitusClusterIT)");
        try (PostgreSQLContainer citus = new PostgreSQLContainer(
                DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"))) {
            citus.start();
            try (Warehouse w = Warehouse.external(citus.getJdbcUrl(), citus.getUsername(), citus.getPassword())) {
                w.migrate();
                for (Path seed : Files.newDirectoryStream(Path.of("seeds"), "*.txt")) {
                    Files.copy(seed, corpus.resolve(seed.getFileName()));
                }
                ReloadReport report = new ReloadService(w, new FrenchExtractor(), new ArticleReader(),
                        ReloadProgress.NONE).reload(corpus, Duration.ZERO);
                assertEquals("succeeded", report.status());
                try (var c = w.dataSource().getConnection()) {
                    assertDistributed(w.dsl(c));
                }
            }
        }
    }

    private static void assertDistributed(DSLContext dsl) {
        List<String> distributed = dsl.resultQuery("select logicalrelid::text from pg_dist_partition "
                + "where partmethod = 'h' order by 1").fetch(0, String.class);
        assertEquals(List.of("core.article_country", "core.article_organization"), distributed);
        long agreements = dsl.resultQuery("select count(*) from reporting.agreement_timeline").fetchOne(0, Long.class);
        assertTrue(agreements > 0, "the marts hold the seeds' agreements");
        assertEquals(dsl.resultQuery("select count(*) from reporting.agreements").fetchOne(0, Long.class), agreements);
    }
}
