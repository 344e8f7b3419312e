package org.entente.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.db.Warehouse;
import org.entente.reload.ReloadRequest;
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
        Duration pollEvery = Durations.parse(poll);
        ReloadRequest request = input.request(Duration.ZERO);
        try (Warehouse warehouse = db.open("localhost", "schedule", Duration.ZERO)) {
            System.out.println("Reloading " + input.corpus + " every " + Durations.human(delay) + " into "
                    + warehouse.printableUrl() + "; SIGTERM or Ctrl-C stops.");
            return ScheduledLoop.runUntilStopped(warehouse, input, request, delay, pollEvery);
        }
    }
}
