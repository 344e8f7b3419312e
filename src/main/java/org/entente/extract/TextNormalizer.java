package org.entente.extract;

import java.text.Normalizer;

/** Builds a {@link NormalizedText}: NFC, one apostrophe, one hyphen, plain spaces, offsets kept. */
final class TextNormalizer {

    NormalizedText normalize(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int groupEnd = i + 1;
            while (groupEnd < original.length() && isCombining(original.charAt(groupEnd))) {
                groupEnd++;
            }
            String group = original.substring(i, groupEnd);
            String nfc = Normalizer.isNormalized(group, Normalizer.Form.NFC)
                    ? group : Normalizer.normalize(group, Normalizer.Form.NFC);
            for (int k = 0; k < nfc.length(); k++) {
                if (text.length() + 1 > map.length - 1) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[text.length()] = i;
                text.append(unify(nfc.charAt(k)));
            }
            i = groupEnd;
        }
        map[text.length()] = original.length();
        int[] toOriginal = java.util.Arrays.copyOf(map, text.length() + 1);
        String unified = text.toString();
        return new NormalizedText(original, unified, fold(unified), toOriginal);
    }

    /** Lower case, no accents, hyphens as spaces; keeps the length so offsets stay valid. */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
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
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> { return '\''; }
            case '\u2010', '\u2011', '\u2012' -> { return '-'; }
            case '\u00A0', '\u202F', '\u2009', '\u2007', '\t' -> { return ' '; }
            default -> { return c; }
        }
    }

    private static boolean isCombining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
