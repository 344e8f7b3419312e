package org.entente.reload;

import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.corpus.CorpusScanner.Entry;
import org.entente.corpus.RawFile;
import java.util.List;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionTimeoutException;
import org.entente.extract.Extractor;
import org.entente.load.FactValidator;
import org.entente.load.NewArticle;
import org.entente.load.WarehouseState;
import org.entente.load.WarehouseState.Source;
import org.entente.load.WarehouseState.StoredArticle;

/** Reads a file, compares it with what is stored, and extracts it only when its facts must change. */
final class FilePreparer {
    private final ArticleReader reader;
    private final Extractor extractor;
    private final WarehouseState state;
    private final FactValidator validator;

    FilePreparer(ArticleReader reader, Extractor extractor, WarehouseState state, FactValidator validator) {
        this.reader = reader;
        this.extractor = extractor;
        this.state = state;
        this.validator = validator;
    }

    PreparedFile prepare(Entry entry) {
        String name = entry.sourceFile();
        RawFile raw;
        try {
            raw = reader.readRaw(entry.path(), name);
        } catch (CorpusException e) {
            return new PreparedFile(name, FileOutcome.Kind.FAILED, null, e.reason(), null, null);
        }
        String sha = raw.sha256();
        Source old = state.sources().get(name);
        FileOutcome.Kind kind = old == null ? FileOutcome.Kind.NEW
                : old.sha256().equals(sha) ? FileOutcome.Kind.UNCHANGED : FileOutcome.Kind.CHANGED;
        StoredArticle stored = state.articlesBySha().get(sha);
        if (stored != null && stored.rulesVersion().equals(extractor.rulesVersion())) {
            return new PreparedFile(name, kind, sha, null, kind == FileOutcome.Kind.UNCHANGED ? null
                    : stored.articleId(), null);
        }
        // Content already stored under these rules was valid when stored: only new content is decoded.
        Article article;
        try {
            article = reader.parse(raw);
        } catch (CorpusException e) {
            return new PreparedFile(name, FileOutcome.Kind.FAILED, null, e.reason(), null, null);
        }
        try {
            Extraction extraction = extractor.extract(article);
            List<String> problems = validator.problems(article, extraction);
            if (!problems.isEmpty()) {
                return new PreparedFile(name, FileOutcome.Kind.FAILED, sha, "extraction produced invalid facts: "
                        + String.join("; ", problems), null, null);
            }
            NewArticle fresh = new NewArticle(article, extraction, stored == null ? null : stored.articleId());
            FileOutcome.Kind outcome = kind == FileOutcome.Kind.UNCHANGED ? FileOutcome.Kind.CHANGED : kind;
            return new PreparedFile(name, outcome, sha, null, null, fresh);
        } catch (ExtractionTimeoutException e) {
            return new PreparedFile(name, FileOutcome.Kind.FAILED, sha, e.getMessage(), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new PreparedFile(name, FileOutcome.Kind.FAILED, sha, "extraction failed: " + e, null, null);
        } catch (OutOfMemoryError e) {
            /*
             * Sound here: what the extraction allocated is reachable only from this call, so unwinding
             * frees it, and the extractor's shared rules are built before and only read. The error may
             * strike the file beside the one that filled the heap; that file fails, named, and is
             * retried at the next reload, which is still better than ending the whole run.
             */
            return new PreparedFile(name, FileOutcome.Kind.FAILED, sha, "extraction ran out of memory (heap of "
                    + Runtime.getRuntime().maxMemory() / 1_048_576 + " MB)", null, null);
        }
    }
}
