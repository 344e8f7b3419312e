package org.entente.cli;

import java.sql.Connection;
import java.util.concurrent.Callable;
import org.entente.db.ReaderAccess;
import org.entente.db.ReaderRefusedException;
import org.entente.db.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Creates or updates a login role that can read the reporting schema and nothing else. */
@Command(name = "grant-reader", mixinStandardHelpOptions = true,
        description = "Create or update a login role for a BI tool: a member of this warehouse's reader group "
                + "role, which may only read the reporting schema. The password is read from env "
                + "ENTENTE_READER_PASSWORD. Refuses a role that could do more than read. The reader is a "
                + "positional argument (grant-reader metabase); --user is the database user, as everywhere.")
final class GrantReaderCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "ENTENTE_READER_PASSWORD";

    @Parameters(index = "0", paramLabel = "READER", description = "The reader's login name, e.g. metabase")
    String login;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--statement-timeout", defaultValue = "60s",
            description = "The reader's statement_timeout in this database (default: ${DEFAULT-VALUE})")
    String statementTimeout;

    @Option(names = "--connection-limit", defaultValue = "10",
            description = "How many sessions the reader may hold at once (default: ${DEFAULT-VALUE})")
    int connectionLimit;

    @Override
    public Integer call() throws Exception {
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            System.err.println("entente: set the reader's password in env " + PASSWORD_ENV);
            return ExitCodes.USAGE;
        }
        ReaderAccess.Limits limits;
        try {
            limits = new ReaderAccess.Limits(Durations.parse(statementTimeout), connectionLimit);
        } catch (IllegalArgumentException e) {
            System.err.println("entente: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ReaderAccess.Grant grant;
        try (Warehouse warehouse = db.open("grant-reader"); Connection c = warehouse.dataSource().getConnection()) {
            grant = ReaderAccess.grant(c, login, password.toCharArray(), limits);
        } catch (ReaderRefusedException | IllegalArgumentException e) {
            System.err.println("entente: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        grant.warnings().forEach(w -> System.err.println("warning: " + w));
        System.out.println("role " + login + " can log in and read the reporting schema of this warehouse only "
                + "(member of " + grant.group() + "; statement_timeout " + statementTimeout + ", at most "
                + connectionLimit + " connections)");
        return ExitCodes.OK;
    }
}
