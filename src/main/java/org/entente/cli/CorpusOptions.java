package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.corpus.ArticleReader;
import org.entente.db.Warehouse;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.CodeStamp;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import org.entente.reload.RemovalLimit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Which corpus to load, how large a file may be and how long its extraction may take; builds the reload service. */
final class CorpusOptions {
    @Option(names = "--corpus", defaultValue = "seeds", description = "Corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--max-file-size", defaultValue = "5242880",
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxFileSize;

    @Option(names = "--max-extract-time", defaultValue = "60s", converter = DurationOption.class,
            description = "Longest extraction of one file, e.g. 60s, 5m; a file that takes longer fails alone; "
                    + "0s for no limit (default: ${DEFAULT-VALUE})")
    Duration maxExtractTime;

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

    /** Fails (exit 4) before any database is opened or created when the corpus directory is not there. */
    void checkCorpus() throws org.entente.corpus.CorpusException {
        if (!java.nio.file.Files.isDirectory(corpus)) {
            throw new org.entente.corpus.CorpusException(corpus.toString(), java.nio.file.Files.exists(corpus)
                    ? "corpus is not a directory" : "corpus directory does not exist");
        }
    }

    ReloadService service(Warehouse warehouse, ReloadProgress progress) {
        Duration limit = maxExtractTime.isZero() ? null : maxExtractTime;
        return new ReloadService(warehouse, () -> new FrenchExtractor(limit), CodeStamp.of(FrenchExtractor.class),
                new ArticleReader(maxFileSize), progress);
    }

    /** Reads "60s", "5m" or ISO-8601 for picocli, which then reports a bad value as a bad command line. */
    static final class DurationOption implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value);
        }
    }
}
