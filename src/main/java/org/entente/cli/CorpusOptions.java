package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.reload.CodeStamp;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import org.entente.reload.RemovalLimit;
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

    @Option(names = "--max-removals", defaultValue = "10%", paramLabel = "N|P%",
            description = "Refuse, changing nothing (exit 7), a reload that would remove more articles than this: "
                    + "a count or a percentage of the warehouse (default: ${DEFAULT-VALUE}). A corpus with no "
                    + "article file is refused over a loaded warehouse unless this is 100%%.")
    String maxRemovals;

    @Option(names = "--follow-links-outside",
            description = "Follow symbolic links whose target lies outside the corpus (default: such a link is a "
                    + "bad file)")
    boolean followLinksOutside;

    @Option(names = "--verify",
            description = "Hash every file; by default a file whose size, modification time and inode are those "
                    + "recorded when it was last read is taken as unchanged without reading it")
    boolean verify;

    @Option(names = "--rebuild-marts",
            description = "Rebuild every reporting mart whole (repair); by default a reload recomputes only the mart "
                    + "rows of what it changed")
    boolean rebuildMarts;

    /** The reload of this corpus with these options; fails on a malformed --max-removals. */
    ReloadRequest request(Duration wait) {
        return new ReloadRequest(corpus, wait, RemovalLimit.parse(maxRemovals), followLinksOutside, verify,
                rebuildMarts);
    }

    ReloadService service(Warehouse warehouse, ReloadProgress progress) {
        return new ReloadService(warehouse, FrenchExtractor::new, CodeStamp.of(FrenchExtractor.class),
                new ArticleReader(maxFileSize), progress);
    }
}
