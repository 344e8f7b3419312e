package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.entente.extract.agreement.ArticleContext;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Evidence;
import org.entente.extract.model.Extraction;
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

    @Test
    void oneSentenceOfAMegabyteIsReadInLinearTime() {
        // a cost that grows with the square of a sentence or a line took minutes here; linear takes seconds
        String clause = "le Vietnam et le Laos, avec la BAD et l'ONHYM, ont parlé d'un accord sur l'énergie, ";
        String text = "La SNIM " + clause.repeat(1_000_000 / clause.length());
        Extraction found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Extracted.from(text).extraction);
        assertTrue(found.countries().size() > 1000);
    }

    @Test
    void evidenceOfAFactInAnEndlessSentenceIsAWindowAroundItInTheOriginalText() {
        String text = "des mots sans point, ".repeat(300) + "le Kenya a parlé, " + "encore des mots, ".repeat(300);
        CountryMention kenya = Extracted.from(text).extraction.countries().get(0);
        Evidence evidence = kenya.evidence();
        assertTrue(evidence.sentence().length() <= ArticleContext.MAX_EVIDENCE, evidence.sentence());
        assertTrue(evidence.sentence().contains("le Kenya a parlé"), evidence.sentence());
        assertEquals(evidence.sentence(), text.substring(evidence.span().start(), evidence.span().end()));
    }
}
