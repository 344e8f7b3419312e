package org.entente.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.reload.ReloadReport;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import org.entente.corpus.FileNames;
import org.entente.db.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Loads a corpus directory into the warehouse and prints what it holds. */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = "Load the corpus into the warehouse (incremental, all or nothing) and print a summary.")
final class ReloadCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Mixin
    CorpusOptions input;

    @Option(names = "--wait", defaultValue = "0s",
            description = "How long to wait for another reload to finish, e.g. 30s, 5m (default: do not wait)")
    String wait;


    @Override
    public Integer call() throws Exception {
        ReloadRequest request = input.request(Durations.parse(wait));
        try (Warehouse warehouse = db.open()) {
            ReloadService service = input.service(warehouse, TerminalProgress.forConsole());
            ReloadReport report = service.reload(request);
            new Summary(warehouse).print(report, System.out);
            report.failures().forEach(f -> System.err.println("failed: " + FileNames.printable(f.sourceFile())
                    + ": " + FileNames.printable(f.reason())));
            return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
