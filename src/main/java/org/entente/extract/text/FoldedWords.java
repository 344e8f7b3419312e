package org.entente.extract.text;

import java.util.Map;

/**
 * A fixed map from folded words to values, asked about a range of a folded text directly, so a
 * per-token question ("is this word a cue?") neither copies the word nor folds it again.
 *
 * @param <V> what a word stands for
 */
public final class FoldedWords<V> {
    private final String[] words;
    private final Object[] values;
    private final int mask;

    /** The words must already be folded, as the text asked about is. */
    public FoldedWords(Map<String, V> valueByWord) {
        int size = Integer.highestOneBit(Math.max(4, valueByWord.size() * 4 - 1)) << 1;
        words = new String[size];
        values = new Object[size];
        mask = size - 1;
        valueByWord.forEach((word, value) -> {
            int slot = hash(word, 0, word.length()) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            values[slot] = value;
        });
    }

    /** The value of the word at [start, end) of the folded text, or null if it is none of these words. */
    @SuppressWarnings("unchecked") // values hold only Vs, put there by the constructor
    public V get(String folded, int start, int end) {
        int length = end - start;
        for (int slot = hash(folded, start, end) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            String word = words[slot];
            if (word.length() == length && folded.regionMatches(start, word, 0, length)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    public boolean contains(String folded, int start, int end) {
        return get(folded, start, end) != null;
    }

    /** {@link String#hashCode()} of the range, spread so that neighbouring slots fill evenly. */
    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
