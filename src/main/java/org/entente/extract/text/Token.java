package org.entente.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A word (elided "l'" and "d'" are words), a number or one punctuation mark of the normalized text. */
public record Token(int start, int end, String text) {
    private static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];

    /** One string for each Latin-1 punctuation mark, shared by every text. */
    private static final String[] MARKS = new String[256];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) c);
        }
        for (char c = 0; c < MARKS.length; c++) {
            MARKS[c] = String.valueOf(c).intern();
        }
    }

    public boolean isWord() {
        return isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isAllCaps() {
        return isAllCaps(text);
    }

    /** Whether a text has a letter and no lower-case one. */
    public static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    public boolean isPunctuation() {
        return !isWord();
    }

    /** Index of the first of {@code tokens} (in text order) starting at or after {@code offset}. */
    public static int firstFrom(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Words, elisions and punctuation of a text, in order. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4);
        // one string per distinct word: a long article repeats its words, and a copy each is most of its heap
        Map<String, String> words = new HashMap<>(Math.max(16, text.length() / 12));
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isLetterOrDigit(c)) {
                int e = i + 1;
                while (e < text.length() && continuesWord(text, e)) {
                    e++;
                }
                if (e < text.length() && text.charAt(e) == '\'') {
                    e++;
                }
                String word = text.substring(i, e);
                tokens.add(new Token(i, e, words.computeIfAbsent(word, w -> w)));
                i = e;
            } else {
                tokens.add(new Token(i, i + 1, c < MARKS.length ? MARKS[c] : words.computeIfAbsent(String.valueOf(c), w -> w)));
                i++;
            }
        }
        return tokens;
    }

    private static boolean continuesWord(String text, int i) {
        char c = text.charAt(i);
        if (isLetterOrDigit(c)) {
            return true;
        }
        boolean inner = (c == '-' || c == '&' || c == '.') && i + 1 < text.length()
                && isLetterOrDigit(text.charAt(i + 1));
        return inner && (c != '.' || Character.isUpperCase(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i - 1)));
    }

    /** {@link Character#isLetterOrDigit(char)} from a table: asked for nearly every character. */
    static boolean isLetterOrDigit(char c) {
        return LETTER_OR_DIGIT[c];
    }
}
