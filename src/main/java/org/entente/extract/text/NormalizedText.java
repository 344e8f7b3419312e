package org.entente.extract.text;

import org.entente.extract.model.Span;

/**
 * An article text in NFC with typographic variants unified, its accent- and case-folded twin of
 * the same length, and the map back to offsets in the original text.
 *
 * @param original the text as given
 * @param text NFC text with apostrophes, dashes and spaces unified, soft hyphens and zero-width characters left out
 * @param folded {@code text} lower-cased, without accents, hyphens as spaces; same length
 * @param toOriginal for each offset into {@code text} (and its end) the offset into {@code original}
 */
public record NormalizedText(String original, String text, String folded, int[] toOriginal) {

    /** The span in the original text of the range [start, end) of {@code text}. */
    public Span originalSpan(int start, int end) {
        int s = toOriginal[start];
        int e = Math.max(toOriginal[end], s + 1);
        return new Span(s, Math.min(e, Math.max(original.length(), s + 1)));
    }

    /** The original characters behind the range [start, end) of {@code text}. */
    public String originalText(int start, int end) {
        Span span = originalSpan(start, end);
        return original.substring(span.start(), Math.min(span.end(), original.length()));
    }
}
