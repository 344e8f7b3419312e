package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name that is also a country's is a person's after a title ("le président Hollande") or a first name. */
class CountryPersonTitleTest {
    @Test
    void aSurnameTheArticleGivesAPersonIsThatPersonEverywhere() {
        assertEquals(Set.of("DE", "FR"), Extracted.from("La chancelière allemande Angela Merkel et le président français "
                + "François Hollande se sont vus. Merkel et Hollande sont en retard pour le sommet.").countries());
        assertEquals(Set.of("NL"), Extracted.from("La Hollande exporte des fleurs.").countries(), "no person named");
    }

    @Test
    void aTitleBeforeTheNameMakesItAPerson() {
        assertEquals(Set.of("FR"), Extracted.from("Le président Hollande a reçu à Paris les dirigeants français.").countries());
        assertEquals(Set.of("FR"), Extracted.from("Selon le ministre Hollande, les entreprises françaises investiront.").countries());
    }

    @Test
    void aFirstNameOpeningTheSentenceMakesItAPerson() {
        assertEquals(Set.of("SN"), Extracted.from("François Hollande a reçu mardi le président du Sénégal.").countries());
        assertEquals(Set.of("SN"), Extracted.from("Le ministre a vu le Sénégal. François Hollande a reçu son homologue.").countries());
    }

    @Test
    void aCurrencysDemonymNamesNoCountry() {
        assertEquals(Set.of("SN"), Extracted.from("Le Sénégal recevra 110 milliards de riyals saoudiens et 2 milliards "
                + "de yuans chinois.").countries());
    }

    @Test
    void withoutATitleTheNameIsTheCountry() {
        assertEquals(Set.of("FR", "NL"), Extracted.from("La Hollande et la France ont signé un accord sur l'eau.").countries());
    }
}
