package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseRuleTest {
    @Test
    void eachCapitalOfTheAliasIsACapitalInTheText() {
        assertTrue(CaseRule.fits("Banque mondiale", "Banque Mondiale"));
        assertFalse(CaseRule.fits("Banque mondiale", "banque mondiale"));
        assertTrue(CaseRule.fits("Banque mondiale", "BANQUE MONDIALE"), "a headline in capitals");
    }

    @Test
    void anAcronymOfFourLettersOrMoreFitsItsTitleCase() {
        assertTrue(CaseRule.fits("NASA", "Nasa"));
        assertTrue(CaseRule.fits("UNESCO", "Unesco"));
        assertFalse(CaseRule.fits("ONU", "Onu"), "three letters: too many short words look alike");
        assertFalse(CaseRule.fits("NASA", "nasa"));
        assertFalse(CaseRule.fits("NASA", "NaSa"));
    }

    @Test
    void theSecondHalfOfACapitalizedCompoundMayBeInLowerCase() {
        assertTrue(CaseRule.fits("Association des nations de l'Asie du Sud-Est", "Association des nations de l'Asie du Sud-est"));
        assertFalse(CaseRule.fits("Association des nations de l'Asie du Sud-Est", "Association des nations de l'Asie du sud-est"));
    }

    @Test
    void anAcronymEndingALongerNameFitsItsTitleCaseToo() {
        assertTrue(CaseRule.fits("Banque de développement de la CEDEAO", "Banque de développement de la Cedeao"));
        assertFalse(CaseRule.fits("Banque de développement de la CEDEAO", "Banque de développement de la cedeao"));
        assertFalse(CaseRule.fits("Banque de développement de l'ONU", "Banque de développement de l'Onu"),
                "three letters, as alone");
    }

    @Test
    void aParticleBetweenTwoCapitalizedWordsMayBeInLowerCase() {
        assertTrue(CaseRule.fits("Banque Al-Rayan", "Banque al-Rayan"));
        assertTrue(CaseRule.fits("Fonds El Amal", "Fonds-el Amal"), "hyphen and space swapped, as the text folds both alike");
        assertFalse(CaseRule.fits("Banque Al-Rayan", "Banque al-rayan"), "the word after the particle keeps its capital");
        assertFalse(CaseRule.fits("Al-Rayan Bank", "al-Rayan Bank"), "a particle opening the name keeps its capital");
    }

    @Test
    void aNamesLaterWordsMayLoseTheirCapitalsButNotALegalFormOfTwoLetters() {
        assertTrue(CaseRule.isLowerCaseTail("Dassault Aviation", "Dassault aviation"));
        assertFalse(CaseRule.isLowerCaseTail("TotalEnergies SE", "TotalEnergies se"), "'se' is the pronoun");
    }
}
