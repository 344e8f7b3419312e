package org.entente.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.db.PgHba;
import org.entente.db.Warehouse;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Keeps the embedded PostgreSQL up with the loaded data for BI tools until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the embedded PostgreSQL with the loaded data and keep it up for BI tools.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--listen", defaultValue = "localhost",
            description = "Addresses to listen on (default: ${DEFAULT-VALUE}, loopback only); beyond loopback, "
                    + "every connection needs the password from env ENTENTE_PASSWORD")
    String listen;

    @Override
    public Integer call() throws Exception {
        if (!db.embedded()) {
            System.err.println("entente: serve runs the embedded PostgreSQL; with --jdbc-url there is nothing to serve");
            return ExitCodes.USAGE;
        }
        boolean remote = !isLoopback(listen);
        String password = System.getenv("ENTENTE_PASSWORD");
        if (remote && (password == null || password.isEmpty())) {
            System.err.println("entente: listening beyond loopback requires a password; set it in env ENTENTE_PASSWORD");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Warehouse warehouse = db.open(listen);
        if (remote) {
            requirePassword(warehouse, password);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping the embedded PostgreSQL");
            DatabaseOptions.closeQuietly(warehouse);
            stopped.countDown();
        }));
        System.out.println("Entente warehouse is up.");
        System.out.println("  JDBC URL: " + warehouse.printableUrl() + " (user " + warehouse.user()
                + (remote ? ", password from ENTENTE_PASSWORD; listening on " + listen : ", no password") + ")");
        System.out.println("  psql:     psql -h localhost -p " + db.port + " -U " + warehouse.user() + " entente");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
        return ExitCodes.OK;
    }

    /** Sets the serving user's password, then makes pg_hba.conf require passwords (SCRAM) from everyone. */
    private void requirePassword(Warehouse warehouse, String password) throws SQLException {
        try (Connection c = warehouse.dataSource().getConnection()) {
            c.unwrap(PGConnection.class).alterUserPassword(warehouse.user(), password.toCharArray(), "scram-sha-256");
            PgHba.requirePasswords(db.dataDir);
            warehouse.dsl(c).resultQuery("select pg_reload_conf()").fetch();
        } catch (SQLException | RuntimeException e) {
            DatabaseOptions.closeQuietly(warehouse);
            throw e;
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
