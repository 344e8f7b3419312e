package org.entente.cli;

import java.nio.file.Path;
import org.entente.app.ReloadProgress;
import org.entente.app.ReloadService;
import org.entente.corpus.ArticleReader;
import org.entente.db.Warehouse;
import org.entente.extract.FrenchExtractor;
import picocli.CommandLine.Option;

/** Which corpus to load and how large a file may be; builds the reload service for it. */
final class CorpusOptions {
    @Option(names = "--corpus", defaultValue = "seeds", description = "Corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--max-file-size", defaultValue = "5242880",
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxFileSize;

    ReloadService service(Warehouse warehouse, ReloadProgress progress) {
        return new ReloadService(warehouse, new FrenchExtractor(), new ArticleReader(maxFileSize), progress);
    }
}
