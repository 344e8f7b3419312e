package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {

    @Test
    void answersForATextRangeWhatAMapAnswersForItsCopy() {
        Random random = new Random(7);
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            map.put(randomWord(random), "v" + i);
        }
        FoldedWords<String> words = new FoldedWords<>(map);
        for (int round = 0; round < 2000; round++) {
            String text = randomWord(random) + " " + randomWord(random) + " " + randomWord(random);
            int start = random.nextInt(text.length());
            int end = start + random.nextInt(text.length() - start + 1);
            assertEquals(map.get(text.substring(start, end)), words.get(text, start, end), text + " " + start + "-" + end);
        }
        map.forEach((word, value) -> assertEquals(value, words.get("x " + word + " y", 2, 2 + word.length())));
    }

    @Test
    void anEmptyTableContainsNothing() {
        FoldedWords<Boolean> none = new FoldedWords<>(Map.of());
        assertFalse(none.contains("societe", 0, 7));
        assertTrue(new FoldedWords<>(Map.of("societe", true)).contains("la societe", 3, 10));
    }

    /** One to three letters from a small alphabet, so random ranges often hit a word. */
    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            word.append("abcé'".charAt(random.nextInt(5)));
        }
        return word.toString();
    }
}
