package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The extractor never throws, whatever the text: triggers at sentence edges, glued sentences, odd spacing. */
class ExtractionRobustnessTest {

    @Test
    void triggerOpeningASentenceAfterAFullStopDoesNotThrow() {
        Agreement a = Extracted.from("Les deux pays ont discuté longuement. Accord signé entre le Kenya et l'Ouganda "
                + "sur le rail.").onlyAgreement();
        assertEquals(Set.of("KE", "UG"), Extracted.parties(a));
    }

    @Test
    void triggerOpeningAGluedSentenceDoesNotThrow() {
        assertDoesNotThrow(() -> Extracted.from("Le Ghana et le Togo ont parlé.Protocole d'accord signé par le Ghana "
                + "et le Togo.Accord conclu."));
    }

    @Test
    void triggerAfterAQuoteOrDashOpeningTheLineDoesNotThrow() {
        assertDoesNotThrow(() -> Extracted.from("« Accord signé », a dit le ministre.\n- Traité ratifié par le Mali.\n"
                + "«Mémorandum» : le Niger et le Tchad ont signé."));
    }

    @Test
    void textsMadeOfPunctuationAndSpacesDoNotThrow() {
        for (String text : new String[] {"", " ", ".", "\n\n", "l'", "accord", "Accord.", " accord ", "«»", ". accord",
                "d'accord.L'accord", "\u00a0accord\u202f;", "…accord…", "A.", "((accord))"}) {
            assertDoesNotThrow(() -> Extracted.from(text), text);
        }
    }
}
