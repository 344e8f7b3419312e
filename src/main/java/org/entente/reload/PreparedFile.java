package org.entente.reload;

import org.entente.corpus.FileStat;
import org.entente.load.NewArticle;

/**
 * A corpus file after reading and, when needed, extraction: ready for the loader.
 *
 * @param outcome what this file is for the audit
 * @param attachTo a stored article with the same content and current rules, or null
 * @param article the article and facts to write, or null
 * @param stat the stat to record for the file (null: none, hash it next time)
 * @param restat true when the stored stat must be replaced by {@code stat} though nothing else changes
 */
record PreparedFile(String sourceFile, FileOutcome.Kind outcome, String sha256, String reason,
                    Long attachTo, NewArticle article, FileStat stat, boolean restat) {

    static PreparedFile failed(String sourceFile, String sha256, String reason) {
        return new PreparedFile(sourceFile, FileOutcome.Kind.FAILED, sha256, reason, null, null, null, false);
    }

    FileOutcome audit() {
        return new FileOutcome(sourceFile, outcome, sha256, reason);
    }
}
