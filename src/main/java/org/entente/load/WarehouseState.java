package org.entente.load;

import java.util.Map;
import org.entente.corpus.FileStat;

/**
 * What the warehouse holds before a reload: each source file's article and content hash, and each
 * article's rules version, keyed by content hash.
 */
public record WarehouseState(Map<String, Source> sources, Map<String, StoredArticle> articlesBySha) {

    /** A corpus file already loaded, with its stat when it was last read (null: hash it). */
    public record Source(String sourceFile, long articleId, String sha256, FileStat stat) {
    }

    /** An article already loaded, with the rules version of its facts. */
    public record StoredArticle(long articleId, String rulesVersion) {
    }
}
