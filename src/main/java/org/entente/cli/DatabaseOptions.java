package org.entente.cli;

import java.nio.file.Path;
import org.entente.db.EmbeddedServer;
import org.entente.db.Warehouse;
import picocli.CommandLine.Option;

/** Where the warehouse is: a PostgreSQL given by URL, or the embedded default. */
final class DatabaseOptions {
    @Option(names = "--jdbc-url", defaultValue = "${env:ENTENTE_JDBC_URL}",
            description = "PostgreSQL 14+ to use, jdbc:postgresql://HOST:PORT/DB (env ENTENTE_JDBC_URL); "
                    + "default: the embedded PostgreSQL")
    String jdbcUrl;

    @Option(names = "--user", defaultValue = "${env:ENTENTE_USER}",
            description = "Database user (env ENTENTE_USER); the password is read from env ENTENTE_PASSWORD")
    String user;

    @Option(names = "--data-dir", defaultValue = ".entente/pgdata",
            description = "Data directory of the embedded PostgreSQL (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--port", defaultValue = "" + EmbeddedServer.DEFAULT_PORT,
            description = "Port of the embedded PostgreSQL (default: ${DEFAULT-VALUE})")
    int port;

    boolean embedded() {
        return jdbcUrl == null || jdbcUrl.isBlank();
    }

    /** Opens the warehouse, starting the embedded server when no URL was given; migrates it. */
    Warehouse open(String listenAddresses) {
        Warehouse warehouse = embedded()
                ? EmbeddedServer.start(dataDir, port, listenAddresses).warehouse()
                : Warehouse.external(jdbcUrl, user, System.getenv("ENTENTE_PASSWORD"));
        try {
            warehouse.checkReachable();
            warehouse.migrate();
            return warehouse;
        } catch (RuntimeException e) {
            closeQuietly(warehouse);
            throw e;
        }
    }

    Warehouse open() {
        return open("localhost");
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("warning: " + e.getMessage());
        }
    }
}
