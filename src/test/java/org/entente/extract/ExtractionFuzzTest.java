package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.extract.rules.RuleFiles;
import org.junit.jupiter.api.Test;

/** Random French-ish text built from the rule files' own phrases never makes the extractor throw. */
class ExtractionFuzzTest {
    private static final String[] GLUE = {" ", " ", " ", ", ", ". ", ".", "\n", "\n\n", " l'", " d'", " qu'", "\u00a0",
        "\u202f", " « ", " » ", "’", "-", " – ", " (", ") ", ";", ":", "…", "!", "?", "  ", " et ", " entre ", " avec ",
        " le 13 novembre ", " les 11-13 juin 2024 ", " hier ", " mardi dernier ", " en 2019 ", "\t", "\u0301", "\r\n"};

    @Test
    void randomTextFromRulePhrasesNeverThrows() {
        List<String> phrases = rulePhrases();
        Random random = new Random(20261123L);
        for (int n = 0; n < 400; n++) {
            String text = randomText(random, phrases);
            assertDoesNotThrow(() -> Extracted.from(text), text);
        }
    }

    private static String randomText(Random random, List<String> phrases) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(60);
        for (int k = 0; k < words; k++) {
            String phrase = phrases.get(random.nextInt(phrases.size()));
            switch (random.nextInt(4)) {
                case 0 -> phrase = phrase.toUpperCase();
                case 1 -> phrase = phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
                default -> { }
            }
            text.append(phrase).append(GLUE[random.nextInt(GLUE.length)]);
        }
        if (random.nextBoolean() && text.length() > 0) {
            text.setLength(random.nextInt(text.length())); // cut anywhere, mid-word or mid-elision
        }
        return text.toString();
    }

    private static List<String> rulePhrases() {
        RuleFiles rules = new RuleFiles();
        List<String> phrases = new ArrayList<>();
        for (String name : RuleFiles.NAMES) {
            for (String[] row : rules.rows(name)) {
                phrases.add(row[0]);
            }
        }
        return phrases;
    }
}
