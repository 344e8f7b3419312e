package org.entente.load;

import org.entente.corpus.Article;
import org.entente.extract.model.Extraction;

/**
 * An article to write with its facts; {@code replacesArticleId} is the stored article whose facts
 * it replaces (same content, newer rules), or null for new content. {@code wordCount} is counted
 * where the article is made (on the extraction threads), not by the single loader thread.
 */
public record NewArticle(Article article, Extraction extraction, Long replacesArticleId, int wordCount) {

    public NewArticle(Article article, Extraction extraction, Long replacesArticleId) {
        this(article, extraction, replacesArticleId, article.wordCount());
    }
}
