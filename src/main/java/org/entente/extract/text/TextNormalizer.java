package org.entente.extract.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Builds a {@link NormalizedText}: NFC, one apostrophe, one hyphen, plain spaces (a run of them as one),
 * no soft hyphens or zero-width characters, offsets kept.
 */
public final class TextNormalizer {
    /*
     * Per-character answers that call the JDK normalizer, remembered on first use. Threads may race
     * to fill an entry; each writes the same value, and 0 only means "not known yet".
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final byte[] NFC_ALONE = new byte[Character.MAX_VALUE + 1];
    private static final byte YES = 1;
    private static final byte NO = 2;

    /**
     * One pass over the text: a character with its combining marks is one group, put in NFC;
     * {@code toOriginal} maps each output character to the start of its group.
     */
    public NormalizedText normalize(String original) {
        int length = original.length();
        char[] text = new char[length + 1];
        char[] folded = new char[length + 1];
        // one longer than the text: sized right when no group grows in NFC, as nearly always
        int[] toOriginal = new int[length + 1];
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = original.charAt(i);
            if (c >= '\u00AD' && isInvisible(c)) {
                i++; // "Fran\u00ADce" matches as "France"; the mapping back keeps the character
                continue;
            }
            if (isNfcAlone(c) && (i + 1 == length || !isCombining(original.charAt(i + 1)))) {
                char unified = c == '\n' && wrapsALine(original, i) ? ' ' : unify(c);
                if (unified == ' ' && n > 0 && text[n - 1] == ' ') {
                    i++; // "la signature  d'un accord" reads as "la signature d'un accord"
                    continue;
                }
                toOriginal[n] = i;
                folded[n] = folded(unified);
                text[n++] = unified;
                i++;
                continue;
            }
            int groupEnd = i + 1;
            while (groupEnd < length && isCombining(original.charAt(groupEnd))) {
                groupEnd++;
            }
            String nfc = Normalizer.normalize(original.substring(i, groupEnd), Normalizer.Form.NFC);
            if (n + nfc.length() > text.length - 1) {
                int size = Math.max(text.length * 2, n + nfc.length() + 1);
                text = Arrays.copyOf(text, size);
                folded = Arrays.copyOf(folded, size);
                toOriginal = Arrays.copyOf(toOriginal, size + 1);
            }
            for (int k = 0; k < nfc.length(); k++) {
                char unified = unify(nfc.charAt(k));
                toOriginal[n] = i;
                folded[n] = folded(unified);
                text[n++] = unified;
            }
            i = groupEnd;
        }
        toOriginal[n] = length;
        return new NormalizedText(original, new String(text, 0, n), new String(folded, 0, n),
                toOriginal.length == n + 1 ? toOriginal : Arrays.copyOf(toOriginal, n + 1));
    }

    /**
     * "ont signé deux\nconventions de financement": a single line break between a letter or a digit and a letter in
     * lower case, or between a short word in lower case and a capital, wraps a line inside a sentence and reads as a
     * space; after punctuation, before a blank line or after a longer word before a capital, it ends the line's text.
     */
    private static boolean wrapsALine(String original, int newline) {
        if (newline == 0 || newline + 1 >= original.length() || !Character.isLetterOrDigit(original.charAt(newline - 1))) {
            return false;
        }
        char next = original.charAt(newline + 1);
        if (Character.isLowerCase(next)) {
            return true;
        }
        // "l'école nationale d'ingénieurs de\nBizerte": a short word in lower case ends no line's text
        int wordStart = newline;
        while (wordStart > 0 && Character.isLetter(original.charAt(wordStart - 1))) {
            wordStart--;
        }
        int length = newline - wordStart;
        return Character.isUpperCase(next) && length >= 1 && length <= SHORT_WORD
                && (wordStart == 0 || !Character.isLetterOrDigit(original.charAt(wordStart - 1)))
                && original.substring(wordStart, newline).chars().allMatch(Character::isLowerCase);
    }

    /** Longest word in lower case that ends no line's text: "de", "la", "des", "sur". */
    private static final int SHORT_WORD = 3;

    /** Lower case, no accents, hyphens as spaces; keeps the length so offsets stay valid. */
    public static String fold(String text) {
        int i = 0;
        while (i < text.length() && folded(text.charAt(i)) == text.charAt(i)) {
            i++;
        }
        if (i == text.length()) {
            return text; // already folded, as most words are
        }
        char[] out = text.toCharArray();
        for (; i < out.length; i++) {
            out[i] = folded(out[i]);
        }
        return new String(out);
    }

    private static char folded(char c) {
        char known = FOLDED[c];
        if (known == 0) {
            known = foldChar(c);
            FOLDED[c] = known;
        }
        return known;
    }

    private static boolean isNfcAlone(char c) {
        byte known = NFC_ALONE[c];
        if (known == 0) {
            known = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC) ? YES : NO;
            NFC_ALONE[c] = known;
        }
        return known == YES;
    }

    private static char foldChar(char c) {
        if (c == '-') {
            return ' ';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        char lower = Character.toLowerCase(c);
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? lower : decomposed.charAt(0);
        if (lower == 'œ') {
            return 'o';
        }
        if (lower == 'æ') {
            return 'a';
        }
        return Character.isLetter(base) ? base : lower;
    }

    private static char unify(char c) {
        if (c < '\u00A0' && c != '\t' && c != '`') {
            return c; // nearly every character, decided before the switch
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> { return '\''; }
            case '\u2010', '\u2011', '\u2012' -> { return '-'; }
            case '\u00A0', '\u202F', '\u2009', '\u2007', '\t' -> { return ' '; }
            default -> { return c; }
        }
    }

    /** A soft hyphen or a zero-width character: inside a word, it must not split it. */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF';
    }

    private static boolean isCombining(char c) {
        if (c < '\u0300') {
            return false; // no combining mark comes before U+0300, and nearly every character does
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
