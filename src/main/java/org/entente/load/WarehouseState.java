package org.entente.load;

import java.util.Map;
import java.util.Set;
import org.entente.corpus.FileStat;

/**
 * What the warehouse holds before a reload, as far as the corpus listing needs it: the stored
 * sources of the listed files that may have changed, the names of those files (new ones included),
 * and the stored sources no longer listed. A listed file that is not
 * {@code unsettled} is stored with the stat it has now and facts from the current rules; null
 * {@code unsettled} stands for every listed file (a warehouse with no source yet).
 */
public record WarehouseState(Map<String, Source> sources, Set<String> unsettled, Map<String, Source> unlisted) {

    /** A corpus file already loaded, with its stat when it was last read (null: hash it). */
    public record Source(String sourceFile, long articleId, String sha256, FileStat stat) {
    }

    /** An article already loaded, with the rules version of its facts. */
    public record StoredArticle(long articleId, String rulesVersion) {
    }

    /** True when the file needs no look: stored, same stat, current rules. */
    public boolean settled(String sourceFile) {
        return unsettled != null && !unsettled.contains(sourceFile);
    }

    /** A warehouse with no source: every listed file is new. */
    public static WarehouseState empty() {
        return new WarehouseState(Map.of(), null, Map.of());
    }
}
