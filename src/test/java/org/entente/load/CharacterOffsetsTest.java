package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharacterOffsetsTest {
    @Test
    void withoutSurrogatePairsOffsetsAreUnchanged() {
        CharacterOffsets offsets = new CharacterOffsets("Le Sénégal et la Mauritanie");
        assertEquals(0, offsets.of(0));
        assertEquals(27, offsets.of(27));
    }

    @Test
    void eachEmojiOrRegionalIndicatorBeforeAnOffsetCountsOnce() {
        String text = "\uD83D\uDE80 a \uD83C\uDDEB\uD83C\uDDF7 France";
        CharacterOffsets offsets = new CharacterOffsets(text);
        int france = text.indexOf("France");
        assertEquals(text.codePointCount(0, france), offsets.of(france));
        assertEquals(text.codePointCount(0, text.length()), offsets.of(text.length()));
        assertEquals(0, offsets.of(0));
        assertEquals(1, offsets.of(2));
    }
}
