package org.entente.extract.model;

/**
 * A half-open range [start, end) of offsets into {@code Article.text()}, in Java's UTF-16 units; the
 * loader stores them in characters (code points), as PostgreSQL counts.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
