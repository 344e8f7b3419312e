package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.extract.rules.RuleFiles;
import org.junit.jupiter.api.Test;

class PhraseScannerTest {
    private static final String[] WORDS = {"Accord", "accord", "cadre", "de", "l'", "eau", "Sud", "corée", "du", "a",
        "signé", "ont", "signé", "un", ",", ".", ".", "!", "\n", "Le", "sud-est", "x"};

    private final SentenceSplitter splitter = new SentenceSplitter(new RuleFiles());
    private final PhraseMatcher<String> kinds = matcher("accord", "accord cadre", "cadre", "l'eau", "un accord");
    private final PhraseMatcher<String> places = matcher("corée", "corée du sud", "sud", "sud est", "accord");
    private final PhraseMatcher<String> verbs = matcher("a signé", "ont signé", "signé", "l'");
    private final PhraseScanner scanner = new PhraseScanner(List.of(kinds, places, verbs));

    private static PhraseMatcher<String> matcher(String... phrases) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String phrase : phrases) {
            rows.put(phrase, List.of(phrase.toUpperCase()));
        }
        return new PhraseMatcher<>(rows);
    }

    private static List<String> found(List<PhraseMatcher.Match<String>> matches, int shift) {
        return matches.stream().map(m -> (m.start() + shift) + "-" + (m.end() + shift) + ":" + m.phrase() + m.values())
                .toList();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(word);
            if (!word.endsWith("'") && random.nextInt(6) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    @Test
    void eachListGetsWhatItsOwnSearchFinds() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            String folded = TextNormalizer.fold(randomText(random));
            FoundPhrases found = scanner.scan(folded);
            for (PhraseMatcher<String> list : List.of(kinds, places, verbs)) {
                assertEquals(found(list.findAll(folded), 0), found(found.of(list), 0), folded);
            }
        }
    }

    @Test
    void aSentenceGetsWhatASearchOfTheSentenceAloneFinds() {
        Random random = new Random(12);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random);
            String folded = TextNormalizer.fold(text);
            List<Sentence> sentences = splitter.split(text);
            FoundPhrases found = scanner.scan(folded);
            for (PhraseMatcher<String> list : List.of(kinds, places, verbs)) {
                for (Sentence sentence : sentences) {
                    String alone = folded.substring(sentence.start(), sentence.end());
                    assertEquals(found(list.findLongest(alone), sentence.start()),
                            found(found.longestIn(list, sentences, sentence), 0), alone);
                }
            }
        }
    }
}
