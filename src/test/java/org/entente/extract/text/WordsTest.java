package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the words on each side of an offset in folded text. */
class WordsTest {

    @Test
    void wordsBeforeAndAfterAnOffsetAreReadNearestFirstWithinTheirLimit() {
        String folded = "selon eux, indique un communique conjoint publie hier";
        int trigger = folded.indexOf("communique");
        assertEquals(List.of("un", "indique", ","), Words.wordsBefore(folded, trigger, 3, 0));
        assertEquals(List.of("un"), Words.wordsBefore(folded, trigger, 3, folded.indexOf("un")));
        assertEquals(List.of("publie", "hier"), Words.wordsAfter(folded, folded.indexOf("conjoint") + 8, 5, folded.length()));
    }
}
