package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.app.ReloadReport;
import org.entente.app.ReloadService;
import org.entente.corpus.ArticleReader;
import org.entente.db.Warehouse;
import org.entente.extract.FrenchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Loads a corpus directory into the warehouse and prints what it holds. */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = "Load the corpus into the warehouse (incremental, all or nothing) and print a summary.")
final class ReloadCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--corpus", defaultValue = "seeds", description = "Corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--wait", defaultValue = "0s",
            description = "How long to wait for another reload to finish, e.g. 30s, 5m (default: do not wait)")
    String wait;

    @Option(names = "--max-file-size", defaultValue = "5242880",
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxFileSize;

    @Override
    public Integer call() throws Exception {
        Duration waitFor = Durations.parse(wait);
        try (Warehouse warehouse = db.open()) {
            ReloadService service = new ReloadService(warehouse, new FrenchExtractor(),
                    new ArticleReader(maxFileSize), TerminalProgress.forConsole());
            ReloadReport report = service.reload(corpus, waitFor);
            new Summary(warehouse).print(report, System.out);
            report.failures().forEach(f -> System.err.println("failed: " + f.sourceFile() + ": " + f.reason()));
            return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
