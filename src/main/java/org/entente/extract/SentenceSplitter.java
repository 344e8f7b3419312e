package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits French text into sentences: knows abbreviations, line breaks and glued sentences. */
final class SentenceSplitter {
    private final Set<String> abbreviations = new HashSet<>();

    SentenceSplitter(RuleFiles rules) {
        for (String[] row : rules.rows("abbreviations.tsv")) {
            abbreviations.add(row[0]);
        }
    }

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cut = -1;
            if (c == '\n') {
                cut = i;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                cut = i + 1;
            }
            if (cut >= 0) {
                add(sentences, text, start, cut);
                start = cut;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '»'
                || text.charAt(next) == ')')) {
            next++;
        }
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
            // glued sentences ("stratégiques.Cette"), but not "U.S." or "KF.21"
            return dot > 0 && (Character.isLowerCase(text.charAt(dot - 1)) || Character.isDigit(text.charAt(dot - 1))
                    || text.charAt(dot - 1) == ')')
                    && Character.isUpperCase(first) && k + 1 < text.length()
                    && Character.isLowerCase(text.charAt(k + 1));
        }
        return text.charAt(dot) != '.' || !isAbbreviation(wordBefore(text, dot));
    }

    private boolean isAbbreviation(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Biden"
        }
        return abbreviations.contains(word);
    }

    private static String wordBefore(String text, int dot) {
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
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end));
        }
    }
}
