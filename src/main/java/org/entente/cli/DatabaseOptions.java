package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.db.DatabaseException;
import org.entente.db.EmbeddedServer;
import org.entente.db.Warehouse;
import picocli.CommandLine.Option;

/** Where the warehouse is: a PostgreSQL given by URL, or the embedded default. */
final class DatabaseOptions {
    static final String URL_FORM = "jdbc:postgresql://HOST:PORT/DB";

    @Option(names = "--jdbc-url", defaultValue = "${env:ENTENTE_JDBC_URL}", paramLabel = "URL",
            description = "PostgreSQL 14+ to use, " + URL_FORM + " (env ENTENTE_JDBC_URL); "
                    + "default: the embedded PostgreSQL")
    String jdbcUrl;

    @Option(names = "--user", defaultValue = "${env:ENTENTE_USER}",
            description = "Database user (env ENTENTE_USER); the password is read from env ENTENTE_PASSWORD")
    String user;

    @Option(names = "--data-dir", defaultValue = ".entente/pgdata",
            description = "Data directory of the embedded PostgreSQL (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--port", defaultValue = "" + EmbeddedServer.DEFAULT_PORT,
            description = "Port of the embedded PostgreSQL, 1 to 65535 (default: ${DEFAULT-VALUE})")
    int port;

    boolean embedded() {
        return jdbcUrl == null || jdbcUrl.isBlank();
    }

    /** Fails with the accepted form (exit 2) on a URL that is not a PostgreSQL JDBC URL or a port out of range. */
    void validate() {
        if (!embedded() && !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--jdbc-url must have the form " + URL_FORM + ", not '"
                    + org.entente.db.Secrets.redact(jdbcUrl) + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be a port number from 1 to 65535, not " + port);
        }
    }

    /**
     * Opens the warehouse to write it and migrates it: the embedded server of the data directory that
     * another Entente command runs, else one this process starts, or the server given by URL.
     */
    Warehouse open(String listenAddresses, String command, Duration wait) {
        Warehouse warehouse = connect(listenAddresses, command, wait);
        try {
            warehouse.checkReachable();
            warehouse.migrate();
            return warehouse;
        } catch (RuntimeException e) {
            closeQuietly(warehouse);
            throw e;
        }
    }

    Warehouse open(String command) {
        return open("localhost", command, Duration.ZERO);
    }

    /**
     * Connects to the server only, to create or drop databases on it: the database the options name
     * is neither migrated nor required to be a warehouse.
     */
    Warehouse openServer(String command) {
        Warehouse warehouse = connect("localhost", command, Duration.ZERO);
        try {
            warehouse.checkReachable();
            return warehouse;
        } catch (RuntimeException e) {
            closeQuietly(warehouse);
            throw e;
        }
    }

    /**
     * Opens the warehouse to read it, as a reader login can: never migrates, never creates a data
     * directory; fails when the warehouse is not at the schema version this jar expects.
     */
    Warehouse openReadOnly(String command) {
        validate();
        if (embedded() && !EmbeddedServer.exists(dataDir)) {
            throw new DatabaseException("no warehouse in " + dataDir.toAbsolutePath().normalize()
                    + " (no embedded PostgreSQL data there): run reload first, or pass the right --data-dir");
        }
        Warehouse warehouse = connect("localhost", command, Duration.ZERO);
        try {
            warehouse.checkReachable();
            warehouse.checkVersion();
            return warehouse;
        } catch (RuntimeException e) {
            closeQuietly(warehouse);
            throw e;
        }
    }

    private Warehouse connect(String listenAddresses, String command, Duration wait) {
        validate();
        String password = System.getenv("ENTENTE_PASSWORD");
        if (!embedded()) {
            return Warehouse.external(jdbcUrl, user, password);
        }
        Warehouse warehouse = EmbeddedServer.open(dataDir, port, listenAddresses, command, password, wait).warehouse();
        GracefulStop.closeOnExit(warehouse);
        return warehouse;
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("warning: " + e.getMessage());
        }
    }
}
