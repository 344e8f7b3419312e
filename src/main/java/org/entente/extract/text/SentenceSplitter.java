package org.entente.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.rules.RuleFiles;

/** Splits French text into sentences: knows abbreviations, line breaks and glued sentences. */
public final class SentenceSplitter {
    /** Longest sentence, in characters; longer runs are cut (the longest of seeds and gold sets: 613). */
    static final int MAX_SENTENCE = 3_000;

    private final Set<String> abbreviations = new HashSet<>();

    public SentenceSplitter(RuleFiles rules) {
        for (String[] row : rules.rows("abbreviations.tsv")) {
            abbreviations.add(row[0]);
        }
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cut = -1;
            if (c == '\n') {
                cut = i;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                cut = closersEnd(text, i); // "… d'entre eux. » L'émir": the closing quote ends the sentence too
            }
            if (cut >= 0) {
                add(sentences, text, start, cut);
                start = cut;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /**
     * Where the closing marks after a sentence's final punctuation end: quotes and parentheses, a closing
     * French quote after its space included ("eux. » L'émir").
     */
    private static int closersEnd(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && (isCloser(text.charAt(next))
                || text.charAt(next) == ' ' && next + 1 < text.length() && text.charAt(next + 1) == '»')) {
            next++;
        }
        return next;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '»' || c == ')' || c == '”';
    }

    private boolean endsSentence(String text, int dot) {
        int next = closersEnd(text, dot);
        if (next >= text.length()) {
            return true;
        }
        char after = text.charAt(next);
        boolean spaced = after == ' ';
        int k = next;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) == '\n') {
            return true;
        }
        char first = text.charAt(k);
        boolean opensSentence = Character.isUpperCase(first) || first == '"' || first == '«'
                || first == '-' || first == '–' || Character.isDigit(first) && spaced;
        if (!opensSentence) {
            return false;
        }
        if (!spaced) {
            // glued sentences ("stratégiques.Cette", "siècle.D'autres", "l'UNESCO.Plus"), but not "U.S." or "KF.21"
            return dot > 0 && (Character.isLowerCase(text.charAt(dot - 1)) || Character.isDigit(text.charAt(dot - 1))
                    || text.charAt(dot - 1) == ')' || endsAnAcronym(text, dot))
                    && Character.isUpperCase(first) && k + 1 < text.length()
                    && (Character.isLowerCase(text.charAt(k + 1)) || text.charAt(k + 1) == '\'' || text.charAt(k + 1) == '’');
        }
        return text.charAt(dot) != '.' || !isAbbreviation(tokenBeforeDot(text, dot));
    }

    /** Two capitals or more, a word of their own, before the dot ("ONU", "UNESCO"); not one initial ("U.S"). */
    private static boolean endsAnAcronym(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isUpperCase(text.charAt(s - 1))) {
            s--;
        }
        return dot - s >= 2 && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) && text.charAt(s - 1) != '.');
    }

    private boolean isAbbreviation(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Biden"
        }
        return abbreviations.contains(word);
    }

    /** What precedes the dot back to a space or an opening parenthesis ("M", "(ONU"): not a folded word. */
    private static String tokenBeforeDot(String text, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        return text.substring(s, dot);
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = cutBefore(text, start, start + MAX_SENTENCE);
            add(sentences, text, start, cut);
            start = cut;
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end));
        }
    }

    /**
     * Where to cut a run of text too long to be a sentence (a page without full stops): after the last
     * semicolon or comma of its second half, else at its last space, else at the limit. Each trigger
     * reads its whole sentence, so an unbounded sentence makes extraction quadratic.
     */
    private static int cutBefore(String text, int start, int limit) {
        int space = -1;
        for (int i = limit - 1; i > start + MAX_SENTENCE / 2; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ',') {
                return i + 1;
            }
            space = space < 0 && c == ' ' ? i : space;
        }
        return space > 0 ? space : limit;
    }
}
