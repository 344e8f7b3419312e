package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void typographicApostropheAndNoBreakSpaceAreUnified() {
        NormalizedText text = normalizer.normalize("l\u2019accord\u00A0sign\u00E9");
        assertEquals("l'accord signé", text.text());
        assertEquals("l'accord signe", text.folded());
    }

    @Test
    void decomposedAccentsAreComposedAndOffsetsPointIntoTheOriginal() {
        String original = "Le Pe\u0301rou et le Chili";
        NormalizedText text = normalizer.normalize(original);
        assertEquals("Le Pérou et le Chili", text.text());
        int chili = text.text().indexOf("Chili");
        Span span = text.originalSpan(chili, chili + 5);
        assertEquals("Chili", original.substring(span.start(), span.end()));
        int peru = text.text().indexOf("Pérou");
        Span peruSpan = text.originalSpan(peru, peru + 5);
        assertEquals("Pe\u0301rou", original.substring(peruSpan.start(), peruSpan.end()));
    }

    @Test
    void foldedTextKeepsTheLengthAndTurnsHyphensIntoSpaces() {
        NormalizedText text = normalizer.normalize("Les entreprises Sud-Coréennes");
        assertEquals(text.text().length(), text.folded().length());
        assertEquals("les entreprises sud coreennes", text.folded());
    }
}
