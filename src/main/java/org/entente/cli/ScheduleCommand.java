package org.entente.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import org.entente.reload.ScheduledReload;
import org.entente.db.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Reloads the corpus on a fixed delay until SIGTERM or Ctrl-C. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Run the reload every --every, with any number of instances sharing one database.")
final class ScheduleCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Mixin
    CorpusOptions input;

    @Option(names = "--every", defaultValue = "15m", description = "Delay between reloads (default: ${DEFAULT-VALUE})")
    String every;

    @Option(names = "--poll", defaultValue = "10s", description = "How often to look for due work (default: ${DEFAULT-VALUE})")
    String poll;


    @Override
    public Integer call() throws Exception {
        Duration delay = Durations.parse(every);
        ReloadRequest request = input.request(Duration.ZERO);
        Warehouse warehouse = db.open();
        ReloadService service = input.service(warehouse, org.entente.reload.ReloadProgress.NONE);
        ScheduledReload scheduled = ScheduledReload.start(service, warehouse.dataSource(), request, delay,
                Durations.parse(poll));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("entente: stopping the scheduler (a running reload finishes or rolls back)");
            scheduled.close();
            DatabaseOptions.closeQuietly(warehouse);
            stopped.countDown();
        }));
        System.out.println("Reloading " + input.corpus + " every " + delay + " into " + warehouse.printableUrl()
                + "; SIGTERM or Ctrl-C stops.");
        stopped.await();
        return ExitCodes.OK;
    }
}
