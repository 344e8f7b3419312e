package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.entente.db.DatabaseException;
import org.entente.db.EmbeddedServer;
import org.entente.db.Warehouse;

/** The PostgreSQL server the benchmark uses: hands out fresh, migrated warehouse databases and drops them. */
public final class BenchServer implements AutoCloseable {
    private final String adminUrl;
    private final String user;
    private final String password;
    private final EmbeddedServer embedded;
    private final Path embeddedDir;
    private final String description;

    private BenchServer(String adminUrl, String user, String password, EmbeddedServer embedded, Path dir,
                        String description) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.embeddedDir = dir;
        this.description = description;
    }

    /** Starts an embedded PostgreSQL in a new folder under {@code parent}, deleted on close. */
    public static BenchServer embedded(Path parent) {
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, "bench-pgdata");
            EmbeddedServer server = EmbeddedServer.start(dir, 0, "localhost");
            return new BenchServer(server.jdbcUrl("postgres"), "postgres", null, server, dir,
                    "embedded PostgreSQL in " + dir);
        } catch (IOException e) {
            throw new DatabaseException("cannot create a folder for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** A server someone else runs; databases are created beside the one {@code jdbcUrl} names. */
    public static BenchServer external(String jdbcUrl, String user, String password) {
        return new BenchServer(jdbcUrl, user, password, null, null, jdbcUrl);
    }

    public String description() {
        return description;
    }

    /** Drops {@code name} if it exists, creates it empty and migrates it. */
    public Warehouse fresh(String name) {
        drop(name);
        admin("create database " + name);
        Warehouse w = Warehouse.external(Warehouse.withDatabase(adminUrl, name), user, password);
        w.migrate();
        return w;
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String urlOf(String name) {
        return Warehouse.withDatabase(adminUrl, name);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public void drop(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    /** The server's version string. */
    public String version() {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the server version: " + e.getMessage(), e);
        }
    }

    private void admin(String sql) {
        if (!sql.matches("[a-z ]+ [a-z_][a-z0-9_]*( with \\(force\\))?")) {
            throw new IllegalArgumentException("not a plain database statement: " + sql);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseException("cannot run '" + sql + "' on " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            Benchmark.delete(embeddedDir);
        }
    }
}
