package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Guesses an article's language from the share of each language's stop words; ties go to French. */
final class LanguageDetector {
    private static final double MIN_SHARE = 0.05;

    private static final List<String> PREFERENCE = List.of("fr", "en", "es", "de");

    private final Map<String, List<String>> languagesOfWord = new HashMap<>();

    LanguageDetector(RuleFiles rules) {
        for (String[] row : rules.rows("stopwords.tsv")) {
            languagesOfWord.computeIfAbsent(TextNormalizer.fold(row[0]), k -> new ArrayList<>()).add(row[1]);
        }
    }

    /** "fr", "en", "es", "de", or "und" when no language stands out. */
    String detect(String folded) {
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        // the words are the runs of [a-z'], found by hand rather than by a regex split
        int start = skip(folded, 0, false);
        while (start < folded.length()) {
            int end = skip(folded, start, true);
            String word = folded.substring(start, end);
            words++;
            String elided = word.contains("'") ? word.substring(0, word.indexOf('\'') + 1) : word;
            List<String> languages = languagesOfWord.getOrDefault(word, languagesOfWord.getOrDefault(elided, List.of()));
            for (String language : languages) {
                counts.merge(language, 1, Integer::sum);
            }
            start = skip(folded, end, false);
        }
        String best = "und";
        int bestCount = 0;
        for (String language : PREFERENCE) {
            int count = counts.getOrDefault(language, 0);
            if (count > bestCount) {
                best = language;
                bestCount = count;
            }
        }
        return words > 0 && bestCount >= Math.max(1, MIN_SHARE * words) ? best : "und";
    }

    /** The first offset from {@code from} whose character is (or, with {@code inWord}, is not) a word's. */
    private static int skip(String folded, int from, boolean inWord) {
        int i = from;
        while (i < folded.length() && (folded.charAt(i) >= 'a' && folded.charAt(i) <= 'z' || folded.charAt(i) == '\'') == inWord) {
            i++;
        }
        return i;
    }
}
