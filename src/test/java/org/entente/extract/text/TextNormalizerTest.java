package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.extract.model.Span;
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
    void aRunOfSpacesReadsAsOneAndOffsetsStillPointIntoTheOriginal() {
        String original = "la signature \u00A0 d'un accord  bilatéral";
        NormalizedText text = normalizer.normalize(original);
        assertEquals("la signature d'un accord bilatéral", text.text());
        int accord = text.text().indexOf("accord");
        Span span = text.originalSpan(accord, accord + "accord bilatéral".length());
        assertEquals("accord  bilatéral", original.substring(span.start(), span.end()));
    }

    @Test
    void foldedTextKeepsTheLengthAndTurnsHyphensIntoSpaces() {
        NormalizedText text = normalizer.normalize("Les entreprises Sud-Coréennes");
        assertEquals(text.text().length(), text.folded().length());
        assertEquals("les entreprises sud coreennes", text.folded());
    }

    @Test
    void everyOffsetOfTheNormalizedTextMapsBackToItsCharacterInTheOriginal() {
        String original = "Le\u00A0Pe\u0301rou\u202Fet l\u2019E\u0301quateur ont sign\u00E9\tun accord.";
        NormalizedText text = normalizer.normalize(original);
        assertEquals("Le Pérou et l'Équateur ont signé un accord.", text.text());
        assertEquals(text.text().length() + 1, text.toOriginal().length);
        assertEquals(original.length(), text.toOriginal()[text.text().length()]);
        for (int i = 0; i < text.text().length(); i++) {
            String behind = original.substring(text.toOriginal()[i], text.toOriginal()[i + 1]);
            assertEquals(text.text().charAt(i), expected(behind), "offset " + i + " behind " + behind);
        }
    }

    /** What the normalizer makes of the original characters behind one output character. */
    private static char expected(String behind) {
        String nfc = java.text.Normalizer.normalize(behind, java.text.Normalizer.Form.NFC);
        return switch (nfc.charAt(0)) {
            case '\u00A0', '\u202F', '\t' -> ' ';
            case '\u2019' -> '\'';
            default -> nfc.charAt(0);
        };
    }

    @Test
    void elisionsAndGluedSentencesKeepTheirOffsets() {
        String original = "strat\u00E9giques.Cette d\u2019entente avec l\u2019ASEAN";
        NormalizedText text = normalizer.normalize(original);
        assertEquals("stratégiques.Cette d'entente avec l'ASEAN", text.text());
        assertEquals("strategiques.cette d'entente avec l'asean", text.folded());
        int asean = text.text().indexOf("ASEAN");
        assertEquals("ASEAN", text.originalText(asean, asean + 5));
        int cette = text.text().indexOf("Cette");
        assertEquals(new Span(cette, cette + 5), text.originalSpan(cette, cette + 5));
    }

    @Test
    void decomposedTextFoldsLikeComposedText() {
        String composed = "Côte d'Ivoire, Sénégal, Œuvre";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        NormalizedText fromComposed = normalizer.normalize(composed);
        NormalizedText fromDecomposed = normalizer.normalize(decomposed);
        assertEquals(fromComposed.text(), fromDecomposed.text());
        assertEquals("cote d'ivoire, senegal, ouvre", fromDecomposed.folded());
        assertEquals(decomposed.length(), fromDecomposed.toOriginal()[fromDecomposed.text().length()]);
    }

    @Test
    void textWithoutAnythingToChangeIsKeptAsIs() {
        NormalizedText text = normalizer.normalize("abc");
        assertEquals("abc", text.text());
        assertEquals("abc", text.folded());
        assertEquals(0, normalizer.normalize("").text().length());
        assertEquals("already folded", TextNormalizer.fold("already folded"));
    }

    @Test
    void aLineWrappedInsideASentenceReadsAsASpace() {
        assertEquals("ont signé deux conventions de l'école de Bizerte.\nLe Ghana", normalizer.normalize(
                "ont signé deux\nconventions de l'école de\nBizerte.\nLe Ghana").text());
        assertEquals("Un titre sans point\nLe Ghana et le Togo\n\nsignent", normalizer.normalize(
                "Un titre sans point\nLe Ghana et le Togo\n\nsignent").text(), "a longer word before a capital, a blank line");
    }
}
