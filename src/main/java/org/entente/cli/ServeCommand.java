package org.entente.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.db.Warehouse;
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
            description = "Addresses to listen on (default: ${DEFAULT-VALUE}, loopback only)")
    String listen;

    @Override
    public Integer call() throws Exception {
        if (!db.embedded()) {
            System.err.println("entente: serve runs the embedded PostgreSQL; with --jdbc-url there is nothing to serve");
            return ExitCodes.USAGE;
        }
        if (!isLoopback(listen)) {
            System.err.println("entente: listening beyond loopback needs password authentication, "
                    + "which the embedded server does not configure yet; use --listen localhost");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Warehouse warehouse = db.open(listen);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping the embedded PostgreSQL");
            DatabaseOptions.closeQuietly(warehouse);
            stopped.countDown();
        }));
        System.out.println("Entente warehouse is up.");
        System.out.println("  JDBC URL: " + warehouse.jdbcUrl() + " (user " + warehouse.user() + ", no password)");
        System.out.println("  psql:     psql -h localhost -p " + db.port + " -U " + warehouse.user() + " entente");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
        return ExitCodes.OK;
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
