package org.entente.load;

import java.util.Arrays;

/**
 * Offsets into a Java string (UTF-16 code units) as PostgreSQL counts them, in characters (code
 * points): after an emoji, {@code substr(body, start_offset + 1, ...)} must still find the mention.
 */
public final class CharacterOffsets {
    /** Where each surrogate pair of the text starts, in order; empty for nearly every article. */
    private final int[] pairs;

    public CharacterOffsets(String text) {
        int[] found = new int[0];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, n * 2));
                }
                found[n++] = i++;
            }
        }
        pairs = Arrays.copyOf(found, n);
    }

    /** The character offset of a UTF-16 offset: one less for each pair that starts before it. */
    public int of(int utf16) {
        if (pairs.length == 0) {
            return utf16;
        }
        int before = Arrays.binarySearch(pairs, utf16);
        return utf16 - (before >= 0 ? before : -before - 1);
    }
}
