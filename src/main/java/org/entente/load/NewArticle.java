package org.entente.load;

import org.entente.corpus.Article;
import org.entente.extract.Extraction;

/**
 * An article to write with its facts; {@code replacesArticleId} is the stored article whose facts
 * it replaces (same content, newer rules), or null for new content.
 */
public record NewArticle(Article article, Extraction extraction, Long replacesArticleId) {
}
