package org.entente.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.entente.db.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the test run uses, chosen once: ENTENTE_TEST_JDBC_URL when set, else a
 * Testcontainers postgres:17 when Docker is there, else the embedded PostgreSQL. Hands out fresh
 * databases and drops them.
 */
final class TestDatabases implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);

    private final String adminUrl;
    private final String user;
    private final String password;
    private final AutoCloseable server;
    private final String kind;

    private TestDatabases(String kind, String adminUrl, String user, String password, AutoCloseable server) {
        this.kind = kind;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.server = server;
    }

    static TestDatabases start() throws Exception {
        String url = System.getenv("ENTENTE_TEST_JDBC_URL");
        TestDatabases dbs;
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("ENTENTE_TEST_USER", "postgres");
            dbs = new TestDatabases("existing server " + url, url, user, System.getenv("ENTENTE_TEST_PASSWORD"), null);
        } else if (dockerAvailable()) {
            PostgreSQLContainer pg = new PostgreSQLContainer("postgres:17");
            pg.start();
            dbs = new TestDatabases("Testcontainers postgres:17", pg.getJdbcUrl(), pg.getUsername(),
                    pg.getPassword(), pg);
        } else {
            Path dir = Files.createTempDirectory("entente-test-pg");
            EmbeddedServer server = EmbeddedServer.start(dir, 0, "localhost");
            dbs = new TestDatabases("embedded PostgreSQL", server.jdbcUrl("postgres"), "postgres", null, server);
        }
        LOG.warn("tests use {}", dbs.kind);
        System.err.println("[entente tests] database server: " + dbs.kind);
        return dbs;
    }

    /** True when a Docker engine answers (Testcontainers can run). */
    public static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    TestDatabase create() throws SQLException {
        String name = "entente_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return new TestDatabase(name, withDatabase(adminUrl, name), user, password, this);
    }

    void drop(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    static String withDatabase(String url, String database) {
        return org.entente.db.Warehouse.withDatabase(url, database);
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
