package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher(String... phrases) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String phrase : phrases) {
            rows.put(phrase, List.of(phrase.toUpperCase()));
        }
        return new PhraseMatcher<>(rows);
    }

    private static List<String> found(List<PhraseMatcher.Match<String>> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.phrase()).toList();
    }

    @Test
    void findsWholeWordsOnlyWithOverlapsAndSuffixes() {
        PhraseMatcher<String> m = matcher("corée", "corée du sud", "sud", "du");
        assertEquals(List.of("3-8:coree", "9-11:du", "3-15:coree du sud", "12-15:sud"),
                found(m.findAll("la coree du sud et la sudiste")));
    }

    @Test
    void longestMatchWinsWhereTwoOverlap() {
        PhraseMatcher<String> m = matcher("corée", "corée du sud", "sud");
        assertEquals(List.of("3-15:coree du sud"), found(m.findLongest("la coree du sud")));
    }

    @Test
    void anElisionEndsAWordAndPhrasesAreFolded() {
        PhraseMatcher<String> m = matcher("L'", "Union Européenne");
        assertEquals(List.of("0-2:l'", "2-18:union europeenne"), found(m.findLongest("l'union europeenne")));
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> phrases = List.of("a", "ab", "bab", "abba", "b a", "ba b", "aab");
        PhraseMatcher<String> m = matcher(phrases.toArray(String[]::new));
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                text.append("ab '".charAt(random.nextInt(4)));
            }
            assertEquals(naive(phrases, text.toString()), found(m.findAll(text.toString())), text.toString());
        }
    }

    @Test
    void agreesWithANaiveSearchForRandomPhraseLists() {
        // phrases that begin or end with spaces, apostrophes or brackets too: the automaton only
        // follows what begins where a word may begin, and must lose nothing a plain search finds
        String alphabet = "abab1e ' .(";
        Random random = new Random(21);
        for (int round = 0; round < 300; round++) {
            String[] phrases = new String[1 + random.nextInt(12)];
            for (int p = 0; p < phrases.length; p++) {
                phrases[p] = randomString(random, alphabet, 1 + random.nextInt(6));
            }
            PhraseMatcher<String> m = matcher(phrases);
            for (int text = 0; text < 20; text++) {
                String folded = randomString(random, alphabet, 60);
                assertEquals(naive(m.phrases(), folded), found(m.findAll(folded)), m.phrases() + " in [" + folded + "]");
            }
        }
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Every whole-word occurrence, ordered as the automaton reports them: by end, longest first. */
    private static List<String> naive(List<String> phrases, String text) {
        List<String> found = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (int length = end; length > 0; length--) {
                String piece = text.substring(end - length, end);
                if (phrases.contains(piece) && PhraseMatcher.isWordStart(text, end - length)
                        && PhraseMatcher.isWordEnd(text, end)) {
                    found.add((end - length) + "-" + end + ":" + piece);
                }
            }
        }
        return found;
    }
}
