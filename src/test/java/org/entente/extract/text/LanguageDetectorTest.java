package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.corpus.Article;
import org.entente.extract.FrenchExtractor;
import org.entente.extract.model.Extraction;
import org.entente.extract.rules.RuleFiles;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector(new RuleFiles());

    private String detect(String text) {
        return detector.detect(TextNormalizer.fold(text));
    }

    @Test
    void frenchIsFrench() {
        assertEquals("fr", detect("Les deux pays ont signé un accord dans le domaine de l'énergie."));
    }

    @Test
    void englishIsEnglish() {
        assertEquals("en", detect("The two countries have signed an agreement on energy and trade."));
    }

    @Test
    void spanishIsSpanish() {
        assertEquals("es", detect("Los dos países firmaron un acuerdo para la cooperación en el sector."));
    }

    @Test
    void germanIsGerman() {
        assertEquals("de", detect("Die beiden Länder haben ein Abkommen über die Zusammenarbeit unterzeichnet."));
    }

    @Test
    void nonFrenchArticleGetsNoFacts() {
        Extraction e = new FrenchExtractor().extract(new Article("en.txt", "0", null, null, null,
                "Japan and India have signed an agreement with the United States."));
        assertEquals("en", e.language());
        assertTrue(e.countries().isEmpty() && e.agreements().isEmpty());
    }

    @Test
    void shortFrenchSentenceIsFrench() {
        assertEquals("fr", detect("La position de Pékin reste inchangée."));
    }

    @Test
    void packedWordsDifferWhenTheWordsDo() {
        java.util.Map<Integer, String> seen = new java.util.HashMap<>();
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder word = new StringBuilder();
            for (int length = 1 + random.nextInt(6); word.length() < length; ) {
                word.append("abcxyz'".charAt(random.nextInt(7)));
            }
            String w = word.toString();
            String before = seen.putIfAbsent(LanguageDetector.packed("<" + w + ">", 1, w.length() + 1), w);
            assertEquals(before == null ? w : before, w);
        }
        assertTrue(LanguageDetector.packed("l'", 0, 2) >= 0);
        assertTrue(LanguageDetector.packed("déjà", 0, 4) < 0);
        assertTrue(LanguageDetector.packed("accords", 0, 7) < 0);
    }
}
