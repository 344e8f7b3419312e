package org.entente.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from the corpus.
 *
 * @param sourceFile path under the corpus root, with '/' separators
 * @param sha256 hex SHA-256 of the file's bytes
 * @param publishedOn publication date from the header (first of the month when only the month is
 *     known), or null
 * @param publishedPrecision precision of {@code publishedOn}, null exactly when it is null
 * @param title the title or first line, or null
 * @param text the article text: everything after the date header, line ends normalized to LF;
 *     every character offset in the warehouse points into this string
 */
public record Article(String sourceFile, String sha256, LocalDate publishedOn,
                      DatePrecision publishedPrecision, String title, String text) {
    public Article {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        if ((publishedOn == null) != (publishedPrecision == null)) {
            throw new IllegalArgumentException("publishedOn and publishedPrecision go together");
        }
    }

    /** Number of words (runs of letters or digits) in the text. */
    public int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
