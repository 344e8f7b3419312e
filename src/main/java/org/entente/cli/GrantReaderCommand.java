package org.entente.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.entente.db.EmbeddedServer;
import org.entente.db.ReaderAccess;
import org.entente.db.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Creates or updates a login role that can read the reporting schema and nothing else. */
@Command(name = "grant-reader", mixinStandardHelpOptions = true,
        description = "Create or update a login role for a BI tool: a member of entente_reader, which may only "
                + "read the reporting schema. The password is read from env ENTENTE_READER_PASSWORD.")
final class GrantReaderCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "ENTENTE_READER_PASSWORD";

    @Option(names = "--user", required = true, description = "The reader's login name, e.g. metabase")
    String login;

    // --user names the reader here, so the database options are declared again with --db-user.
    @Option(names = "--jdbc-url", defaultValue = "${env:ENTENTE_JDBC_URL}",
            description = "PostgreSQL to use (env ENTENTE_JDBC_URL); default: the embedded PostgreSQL")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "${env:ENTENTE_USER}",
            description = "User that creates the role (env ENTENTE_USER; password from env ENTENTE_PASSWORD)")
    String dbUser;

    @Option(names = "--data-dir", defaultValue = ".entente/pgdata", description = "Embedded data directory")
    Path dataDir;

    @Option(names = "--port", defaultValue = "" + EmbeddedServer.DEFAULT_PORT, description = "Embedded port")
    int port;

    @Override
    public Integer call() throws Exception {
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            System.err.println("entente: set the reader's password in env " + PASSWORD_ENV);
            return ExitCodes.USAGE;
        }
        DatabaseOptions db = new DatabaseOptions();
        db.jdbcUrl = jdbcUrl;
        db.user = dbUser;
        db.dataDir = dataDir;
        db.port = port;
        try (Warehouse warehouse = db.open(); Connection c = warehouse.dataSource().getConnection()) {
            ReaderAccess.grant(c, login, password.toCharArray());
        }
        System.out.println("role " + login + " can log in and read the reporting schema (member of "
                + ReaderAccess.GROUP + ")");
        return ExitCodes.OK;
    }
}
