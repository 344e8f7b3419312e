package org.entente.extract;

/** A half-open range [start, end) of character offsets into {@code Article.text()}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
