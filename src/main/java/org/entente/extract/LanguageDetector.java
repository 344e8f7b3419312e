package org.entente.extract;

import java.util.HashMap;
import java.util.Map;

/** Guesses an article's language from the share of each language's stop words. */
final class LanguageDetector {
    private static final double MIN_SHARE = 0.05;

    private final Map<String, String> languageOfWord = new HashMap<>();

    LanguageDetector(RuleFiles rules) {
        for (String[] row : rules.rows("stopwords.tsv")) {
            languageOfWord.put(TextNormalizer.fold(row[0]), row[1]);
        }
    }

    /** "fr", "en", "es", "de", or "und" when no language stands out. */
    String detect(String folded) {
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        for (String word : folded.split("[^a-z']+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            String elided = word.contains("'") ? word.substring(0, word.indexOf('\'') + 1) : word;
            String language = languageOfWord.getOrDefault(word, languageOfWord.get(elided));
            if (language != null) {
                counts.merge(language, 1, Integer::sum);
            }
        }
        String best = "und";
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return words > 0 && bestCount >= Math.max(1, MIN_SHARE * words) ? best : "und";
    }
}
