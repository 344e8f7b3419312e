package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void capitalsAccentsAndPunctuationDoNotChangeTheKey() {
        assertEquals("marsk møller", NameKey.of("Mærsk  Møller")); // folded one character for one, as the text is
        assertEquals(NameKey.of("Mærsk Møller"), NameKey.of("MÆRSK-MØLLER"));
        assertEquals("societe generale", NameKey.of("Société Générale"));
        assertEquals("hyundai e&c", NameKey.of("Hyundai E&C."));
    }

    @Test
    void aNameInAnotherScriptKeepsItsLetters() {
        assertEquals("газпром", NameKey.of("Газпром"));
    }
}
