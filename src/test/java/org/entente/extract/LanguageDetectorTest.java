package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Extraction e = Extracted.from("Japan and India have signed an agreement with the United States.").extraction;
        assertEquals("en", e.language());
        assertTrue(e.countries().isEmpty() && e.agreements().isEmpty());
    }

    @Test
    void shortFrenchSentenceIsFrench() {
        assertEquals("fr", detect("La position de Pékin reste inchangée."));
    }
}
