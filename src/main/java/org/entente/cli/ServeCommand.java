package org.entente.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.db.PgHba;
import org.entente.db.ServerFile;
import org.entente.db.Warehouse;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Keeps the embedded PostgreSQL up for BI tools and other commands until Ctrl-C, reloading on a schedule if asked. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the embedded PostgreSQL with the loaded data and keep it up for BI tools and the other "
                + "commands; with --reload-every, reload the corpus on that schedule in the same process.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Mixin
    CorpusOptions input;

    @Option(names = "--listen", defaultValue = "localhost",
            description = "Addresses to listen on (default: ${DEFAULT-VALUE}, loopback only); beyond loopback, "
                    + "every connection needs the password from env ENTENTE_PASSWORD")
    String listen;

    @Option(names = "--reload-every", paramLabel = "DURATION",
            description = "Reload --corpus on this fixed delay while serving, e.g. 15m (default: never)")
    String reloadEvery;

    @Option(names = "--poll", defaultValue = "10s", description = "With --reload-every: how often to look for due work "
            + "(default: ${DEFAULT-VALUE})")
    String poll;

    @Override
    public Integer call() throws Exception {
        if (!db.embedded()) {
            System.err.println("entente: serve runs the embedded PostgreSQL; with --jdbc-url there is nothing to serve");
            return ExitCodes.USAGE;
        }
        Duration every = reloadEvery == null ? null : Durations.parse(reloadEvery);
        Duration pollEvery = Durations.parse(poll);
        boolean remote = !isLoopback(listen);
        String password = System.getenv("ENTENTE_PASSWORD");
        if (remote && (password == null || password.isEmpty())) {
            System.err.println("entente: listening beyond loopback requires a password; set it in env ENTENTE_PASSWORD");
            return ExitCodes.USAGE;
        }
        db.validate();
        ServerFile other = ServerFile.running(db.dataDir).orElse(null);
        if (other != null) {
            System.err.println("entente: " + db.dataDir + " is already served by Entente process " + other.pid() + " ("
                    + other.command() + ") on port " + other.port() + ": connect to it, or stop it first");
            return ExitCodes.DATABASE;
        }
        try (Warehouse warehouse = db.open(listen, "serve", Duration.ZERO)) {
            if (remote) {
                requirePassword(warehouse, password);
            }
            int port = Integer.parseInt(warehouse.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
            System.out.println("Entente warehouse is up.");
            System.out.println("  JDBC URL: " + warehouse.printableUrl() + " (user " + warehouse.user()
                    + (remote ? ", password from ENTENTE_PASSWORD; listening on " + listen : ", no password") + ")");
            System.out.println("  psql:     psql -h localhost -p " + port + " -U " + warehouse.user() + " entente");
            if (every != null) {
                System.out.println("  reloads " + input.corpus + " every " + Durations.human(every));
            }
            System.out.println("Other entente commands on " + db.dataDir + " use this server. Press Ctrl-C to stop.");
            return ScheduledLoop.runUntilStopped(warehouse, input, input.request(Duration.ZERO), every, pollEvery);
        }
    }

    /** Sets the serving user's password, then makes pg_hba.conf require passwords (SCRAM) from everyone. */
    private void requirePassword(Warehouse warehouse, String password) throws SQLException {
        try (Connection c = warehouse.dataSource().getConnection()) {
            c.unwrap(PGConnection.class).alterUserPassword(warehouse.user(), password.toCharArray(), "scram-sha-256");
            PgHba.requirePasswords(db.dataDir);
            warehouse.dsl(c).resultQuery("select pg_reload_conf()").fetch();
        }
    }

    private static boolean isLoopback(String listen) {
        for (String a : listen.split(",")) {
            String t = a.strip();
            if (!(t.equals("localhost") || t.startsWith("127.") || t.equals("::1"))) {
                return false;
            }
        }
        return true;
    }
}
