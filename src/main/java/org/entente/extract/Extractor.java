package org.entente.extract;

import org.entente.corpus.Article;
import org.entente.extract.model.Extraction;

/** Turns an article's French text into facts; knows nothing of the database. Thread-safe. */
public interface Extractor {
    /** Version of the rules (code and data files) this extractor applies. */
    String rulesVersion();

    Extraction extract(Article article);
}
