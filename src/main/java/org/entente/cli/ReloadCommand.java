package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.corpus.CorpusException;
import org.entente.corpus.FileNames;
import org.entente.db.Warehouse;
import org.entente.reload.ListingAhead;
import org.entente.reload.ReloadReport;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Loads a corpus directory into the warehouse and prints what this run changed. */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = "Load the corpus into the warehouse (incremental, all or nothing) and print what changed.")
final class ReloadCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Mixin
    CorpusOptions input;

    @Option(names = "--wait", defaultValue = "0s",
            description = "How long to wait for another reload to finish, e.g. 30s, 5m (default: do not wait)")
    String wait;

    @Option(names = "--json", description = "Print one JSON object for the run (counts, phases, changes, exit code)")
    boolean json;

    @Option(names = "--quiet", description = "Print errors only")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        try {
            ReloadRequest request = input.request(Durations.parse(wait));
            input.checkCorpus();
            // Listed while the warehouse is opened and checked: the listing needs no database.
            ListingAhead listing = ListingAhead.start(request);
            try (Warehouse warehouse = db.open("localhost", "reload", request.waitFor())) {
                TerminalProgress progress = quiet ? new TerminalProgress(null) : TerminalProgress.forConsole();
                ReloadService service = input.service(warehouse, progress);
                GracefulStop.onStop(service::stop);
                ReloadReport report = service.reload(request, listing);
                int code = report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
                report.failures().forEach(f -> System.err.println("failed: " + FileNames.printable(f.sourceFile())
                        + ": " + FileNames.printable(f.reason())));
                Summary summary = new Summary(warehouse);
                if (json) {
                    System.out.println(JsonText.of(summary.json(report, progress.ignored(), code)));
                } else if (!quiet) {
                    summary.print(report, progress.ignored(), System.out);
                }
                return code;
            }
        } catch (CorpusException | RuntimeException e) {
            if (json) {
                int code = EntenteCommand.exitCodeOf(e);
                System.out.println(JsonText.of(Summary.jsonError(statusOf(code), code,
                        org.entente.db.Secrets.redact(String.valueOf(e.getMessage())))));
            }
            throw e;
        }
    }

    private static String statusOf(int code) {
        return switch (code) {
            case ExitCodes.REFUSED -> "refused";
            case ExitCodes.BUSY -> "busy";
            case ExitCodes.STOPPED -> "stopped";
            case ExitCodes.USAGE -> "usage";
            case ExitCodes.CORPUS -> "corpus";
            case ExitCodes.DATABASE -> "database";
            default -> "failed";
        };
    }
}
