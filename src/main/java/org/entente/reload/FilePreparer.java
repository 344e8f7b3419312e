package org.entente.reload;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.corpus.CorpusScanner.Entry;
import org.entente.corpus.FileStat;
import org.entente.corpus.RawFile;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.ExtractionTimeoutException;
import org.entente.extract.Extractor;
import org.entente.load.FactValidator;
import org.entente.load.NewArticle;
import org.entente.load.WarehouseState;
import org.entente.load.WarehouseState.Source;
import org.entente.load.WarehouseState.StoredArticle;

/**
 * Compares a file with what is stored, by its stat first and its content hash when the stat changed,
 * and extracts it only when its facts must change.
 */
final class FilePreparer {
    private final ArticleReader reader;
    private final Extractor extractor;
    private final WarehouseState state;
    private final Function<Collection<String>, Map<String, StoredArticle>> storedBySha;
    private final FactValidator validator;
    private final long scannedAtNanos;

    /**
     * @param state what is stored of the listing: a settled file is not read
     * @param storedBySha the stored articles among some content hashes, asked once a batch
     * @param scannedAtNanos when the corpus was listed: stats of files modified just before are not recorded
     */
    FilePreparer(ArticleReader reader, Extractor extractor, WarehouseState state,
                 Function<Collection<String>, Map<String, StoredArticle>> storedBySha, FactValidator validator,
                 long scannedAtNanos) {
        this.reader = reader;
        this.extractor = extractor;
        this.state = state;
        this.storedBySha = storedBySha;
        this.validator = validator;
        this.scannedAtNanos = scannedAtNanos;
    }

    /** A file read and hashed, waiting for the look-up of its content; or {@code done} already. */
    private record Read(Entry entry, Source old, RawFile raw, FileStat stat, PreparedFile done) {
    }

    /**
     * Prepares a batch on the caller's fork-join pool: reads and hashes the files that may have
     * changed, looks their contents up in one query, and extracts the contents not stored under the
     * current rules.
     */
    List<PreparedFile> prepare(List<Entry> batch) {
        List<Read> read = batch.parallelStream().map(this::read).toList();
        Set<String> shas = new HashSet<>();
        read.stream().filter(r -> r.done() == null).forEach(r -> shas.add(r.raw().sha256()));
        Map<String, StoredArticle> stored = shas.isEmpty() ? Map.of() : storedBySha.apply(shas);
        return read.parallelStream()
                .map(r -> r.done() != null ? r.done() : prepare(r, stored.get(r.raw().sha256()))).toList();
    }

    PreparedFile prepare(Entry entry) {
        return prepare(List.of(entry)).get(0);
    }

    private Read read(Entry entry) {
        String name = entry.sourceFile();
        if (state.settled(name)) {
            return new Read(entry, null, null, null, new PreparedFile(name, FileOutcome.Kind.UNCHANGED, null, null,
                    null, null, entry.stat(), false));
        }
        try {
            RawFile raw = reader.readRaw(entry.path(), name);
            FileStat stat = entry.stat() == null || entry.stat().racy(scannedAtNanos) ? null : entry.stat();
            return new Read(entry, state.sources().get(name), raw, stat, null);
        } catch (CorpusException e) {
            return new Read(entry, null, null, null, PreparedFile.failed(name, null, e.reason()));
        }
    }

    private PreparedFile prepare(Read read, StoredArticle stored) {
        String name = read.entry().sourceFile();
        Source old = read.old();
        RawFile raw = read.raw();
        FileStat stat = read.stat();
        String sha = raw.sha256();
        FileOutcome.Kind kind = old == null ? FileOutcome.Kind.NEW
                : old.sha256().equals(sha) ? FileOutcome.Kind.UNCHANGED : FileOutcome.Kind.CHANGED;
        if (current(stored)) {
            boolean unchanged = kind == FileOutcome.Kind.UNCHANGED;
            return new PreparedFile(name, kind, sha, null, unchanged ? null : stored.articleId(), null, stat,
                    unchanged && !Objects.equals(stat, old.stat()));
        }
        // Content already stored under these rules was valid when stored: only new content is decoded.
        Article article;
        try {
            article = reader.parse(raw);
        } catch (CorpusException e) {
            return PreparedFile.failed(name, null, e.reason());
        }
        try {
            Extraction extraction = extractor.extract(article);
            List<String> problems = validator.problems(article, extraction);
            if (!problems.isEmpty()) {
                return PreparedFile.failed(name, sha, "extraction produced invalid facts: " + String.join("; ", problems));
            }
            NewArticle fresh = new NewArticle(article, extraction, stored == null ? null : stored.articleId());
            FileOutcome.Kind outcome = kind == FileOutcome.Kind.UNCHANGED ? FileOutcome.Kind.CHANGED : kind;
            return new PreparedFile(name, outcome, sha, null, null, fresh, stat, false);
        } catch (ExtractionTimeoutException e) {
            return PreparedFile.failed(name, sha, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return PreparedFile.failed(name, sha, "extraction failed: " + e);
        } catch (OutOfMemoryError e) {
            /*
             * Sound here: what the extraction allocated is reachable only from this call, so unwinding
             * frees it, and the extractor's shared rules are built before and only read. The error may
             * strike the file beside the one that filled the heap; that file fails, named, and is
             * retried at the next reload, which is still better than ending the whole run.
             */
            return PreparedFile.failed(name, sha, "extraction ran out of memory (heap of "
                    + Runtime.getRuntime().maxMemory() / 1_048_576 + " MB)");
        }
    }

    /** True when this stored article's facts come from the rules applied now. */
    private boolean current(StoredArticle stored) {
        return stored != null && stored.rulesVersion().equals(extractor.rulesVersion());
    }
}
