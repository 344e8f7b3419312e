package org.entente.reload;

import org.entente.load.NewArticle;

/**
 * A corpus file after reading and, when needed, extraction: ready for the loader.
 *
 * @param outcome what this file is for the audit
 * @param attachTo a stored article with the same content and current rules, or null
 * @param article the article and facts to write, or null
 */
record PreparedFile(String sourceFile, FileOutcome.Kind outcome, String sha256, String reason,
                    Long attachTo, NewArticle article) {

    FileOutcome audit() {
        return new FileOutcome(sourceFile, outcome, sha256, reason);
    }
}
