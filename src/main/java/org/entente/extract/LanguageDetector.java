package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Guesses an article's language from the share of each language's stop words; ties go to French. */
final class LanguageDetector {
    private static final double MIN_SHARE = 0.05;

    private static final List<String> PREFERENCE = List.of("fr", "en", "es", "de");

    private static final int[] NONE = new int[0];

    /** For each stop word, the positions in {@link #PREFERENCE} of its languages, once per row. */
    private final Map<String, int[]> languagesOfWord = new HashMap<>();

    LanguageDetector(RuleFiles rules) {
        Map<String, List<Integer>> languages = new HashMap<>();
        for (String[] row : rules.rows("stopwords.tsv")) {
            List<Integer> of = languages.computeIfAbsent(TextNormalizer.fold(row[0]), k -> new ArrayList<>());
            if (PREFERENCE.contains(row[1])) {
                of.add(PREFERENCE.indexOf(row[1])); // other languages can never win
            }
        }
        languages.forEach((word, of) -> languagesOfWord.put(word, of.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** "fr", "en", "es", "de", or "und" when no language stands out. */
    String detect(String folded) {
        int[] counts = new int[PREFERENCE.size()];
        int words = 0;
        // the words are the runs of [a-z'], found by hand rather than by a regex split
        int start = skip(folded, 0, false);
        while (start < folded.length()) {
            int end = skip(folded, start, true);
            words++;
            for (int language : languagesOf(folded.substring(start, end))) {
                counts[language]++;
            }
            start = skip(folded, end, false);
        }
        String best = "und";
        int bestCount = 0;
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] > bestCount) {
                best = PREFERENCE.get(language);
                bestCount = counts[language];
            }
        }
        return words > 0 && bestCount >= Math.max(1, MIN_SHARE * words) ? best : "und";
    }

    /** The word's languages, else those of its elided article ("l'" of "l'accord"). */
    private int[] languagesOf(String word) {
        int[] languages = languagesOfWord.get(word);
        if (languages != null) {
            return languages;
        }
        int apostrophe = word.indexOf('\'');
        return apostrophe < 0 ? NONE : languagesOfWord.getOrDefault(word.substring(0, apostrophe + 1), NONE);
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
