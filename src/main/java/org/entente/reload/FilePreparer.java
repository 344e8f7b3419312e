package org.entente.reload;

import java.util.List;
import java.util.Objects;
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
    private final FactValidator validator;
    private final boolean verify;
    private final long scannedAtNanos;

    /**
     * @param verify hash every file, whatever its stat
     * @param scannedAtNanos when the corpus was listed: stats of files modified just before are not recorded
     */
    FilePreparer(ArticleReader reader, Extractor extractor, WarehouseState state, FactValidator validator,
                 boolean verify, long scannedAtNanos) {
        this.reader = reader;
        this.extractor = extractor;
        this.state = state;
        this.validator = validator;
        this.verify = verify;
        this.scannedAtNanos = scannedAtNanos;
    }

    PreparedFile prepare(Entry entry) {
        String name = entry.sourceFile();
        Source old = state.sources().get(name);
        if (!verify && old != null && entry.stat() != null && entry.stat().equals(old.stat())
                && current(state.articlesBySha().get(old.sha256()))) {
            return new PreparedFile(name, FileOutcome.Kind.UNCHANGED, old.sha256(), null, null, null, old.stat(), false);
        }
        RawFile raw;
        try {
            raw = reader.readRaw(entry.path(), name);
        } catch (CorpusException e) {
            return PreparedFile.failed(name, null, e.reason());
        }
        FileStat stat = entry.stat() == null || entry.stat().racy(scannedAtNanos) ? null : entry.stat();
        String sha = raw.sha256();
        FileOutcome.Kind kind = old == null ? FileOutcome.Kind.NEW
                : old.sha256().equals(sha) ? FileOutcome.Kind.UNCHANGED : FileOutcome.Kind.CHANGED;
        StoredArticle stored = state.articlesBySha().get(sha);
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
