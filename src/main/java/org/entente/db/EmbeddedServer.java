package org.entente.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default database: real PostgreSQL binaries from the jar, run by this process, whose data
 * directory persists between runs.
 */
public final class EmbeddedServer implements AutoCloseable {
    /** Where the data lives unless told otherwise: a git-ignored folder of the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".entente", "pgdata");
    public static final int DEFAULT_PORT = 54329;
    public static final String DATABASE = "entente";

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on {@code port} (0: any free port), creating the data directory the first time. */
    public static EmbeddedServer start(Path dataDir, int port, String listenAddresses) {
        try {
            Files.createDirectories(dataDir);
            PgHba.restoreLoopbackTrust(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", listenAddresses);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedServer server = new EmbeddedServer(builder.start());
            server.createDatabase(DATABASE);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new DatabaseException("cannot start the embedded PostgreSQL in " + dataDir
                    + " (is another Entente process using it?): " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code name} unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The warehouse database on this server; closing it stops the server. */
    public Warehouse warehouse() {
        return Warehouse.owned(jdbcUrl(DATABASE), "postgres", this);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
