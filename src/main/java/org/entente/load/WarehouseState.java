package org.entente.load;

import java.util.Map;

/**
 * What the warehouse holds before a reload: each source file's article and content hash, and each
 * article's rules version, keyed by content hash.
 */
public record WarehouseState(Map<String, Source> sources, Map<String, StoredArticle> articlesBySha) {

    /** A corpus file already loaded. */
    public record Source(String sourceFile, long articleId, String sha256) {
    }

    /** An article already loaded, with the rules version of its facts. */
    public record StoredArticle(long articleId, String rulesVersion) {
    }
}
