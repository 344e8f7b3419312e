package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.entente.extract.model.CountryMention;
import org.junit.jupiter.api.Test;

class CountryGazetteerTest {

    @Test
    void pressVariantsOfCountryNamesAreRecognized() {
        assertEquals(Set.of("VN", "US", "CD", "MM"),
                Extracted.from("Le Viêt Nam, les Etats-Unis, la RDC et la Birmanie ont participé.").countries());
    }

    @Test
    void aCurrencyAndTheStatesOfTheAmericasNameNoCountry() {
        assertEquals(Set.of("HT"), Extracted.from("Le projet haïtien coûtera 500 000 dollars américains, financés avec "
                + "l'appui de l'Organisation des États américains et 20 millions de dollars canadiens.").countries());
    }

    @Test
    void aTownAfterAGivenNameIsAPersonsSurname() {
        assertNull(Extracted.from("Le président chilien, Ricardo Lagos Escobar, a signé un accord avec le Sénégal.")
                .onlyAgreement().placeCountryIso2(), "no town named");
        assertEquals("NG", Extracted.from("Le Chili et le Sénégal ont signé un accord à Lagos.").onlyAgreement()
                .placeCountryIso2(), "the town after 'à'");
    }

    @Test
    void aMeetingCalledReunionIsNoIsland() {
        assertEquals(Set.of("SN"), Extracted.from("Le Sénégal prépare la prochaine Réunion de Haut Niveau.").countries());
        assertEquals(Set.of("SN", "TG"), Extracted.from("Lors de la Réunion des ministres de la Santé de l'Afrique de "
                + "l'Ouest, le Sénégal et le Togo ont signé un accord.").countries());
        assertEquals(Set.of("SN", "RE"), Extracted.from("Le Sénégal et La Réunion ont signé un accord.").countries());
    }

    @Test
    void aWordTwoStatesShareMeansTheOneTheArticleNames() {
        assertEquals(Set.of("CD", "AO"), Extracted.from("Le président congolais a reçu son homologue angolais. La "
                + "République démocratique du Congo et l'Angola ont signé un accord.").countries());
        assertEquals(Set.of("CG", "AO"), Extracted.from("Le président congolais a reçu son homologue angolais.").countries(),
                "nothing more said: the state the word names first");
        assertEquals(Set.of("CG", "CD"), Extracted.from("Le ministre congolais s'est rendu à Brazzaville puis en RDC.")
                .countries(), "both states named: the word keeps its first");
    }

    @Test
    void everyInflectionOfADemonymCounts() {
        assertEquals(Set.of("KZ", "KR"),
                Extracted.from("Les ingénieurs kazakhes ont rencontré des investisseurs sud-coréennes.").countries());
    }

    @Test
    void bothStatesOfACompoundAdjectiveCount() {
        assertEquals(Set.of("KG", "TJ", "SN", "MR", "TR", "SY"),
                Extracted.from("La frontière kirghizo-tadjike, le fleuve sénégalo-mauritanien et la route turco-syrienne.")
                        .countries());
    }

    @Test
    void capitalizedDemonymNounCounts() {
        assertEquals(Set.of("JP"), Extracted.from("Les Japonais restent prudents.").countries());
    }

    @Test
    void northKoreaIsNeverSouthKorea() {
        assertEquals(Set.of("KP"), Extracted.from("La Corée du Nord a tiré un missile.").countries());
    }

    @Test
    void capitalActingAsGovernmentIsACountry() {
        assertEquals(Set.of("US", "KZ"), Extracted.from("Washington et Astana ont annoncé des consultations.").countries());
    }

    @Test
    void capitalAfterPrepositionAIsAPlaceNotACountry() {
        assertEquals(Set.of("PE"), Extracted.from("Lima a tenu le sommet la semaine dernière.").countries());
        assertEquals(Set.of(), Extracted.from("Le sommet s'est tenu à Lima la semaine dernière.").countries());
    }

    @Test
    void arrivalInACapitalIsAPlaceNotACountry() {
        assertEquals(Set.of("LT", "LV"),
                Extracted.from("Vilnius a reçu le ministre mardi, puis Riga l'a reçu.").countries());
        assertEquals(Set.of(),
                Extracted.from("Le ministre est arrivé à Vilnius mardi, puis est reparti vers Riga.").countries());
    }

    @Test
    void datelineCapitalIsAPlaceNotACountry() {
        assertEquals(Set.of("TH"), Extracted.from("Hanoï, 3 mars (VNA) - La Thaïlande a salué l'initiative.").countries());
        assertEquals(Set.of("TH"), Extracted.from("La Thaïlande a salué l'initiative. Hanoï, 3 mars (VNA) - La Thaïlande "
                + "a salué l'initiative.").countries(), "a dateline glued to the paragraph before");
        assertEquals(Set.of("TH", "VN"), Extracted.from("La Thaïlande a salué l'initiative. Hanoï, de son côté, l'a "
                + "saluée.").countries(), "a capital opening a sentence, with no day after it, is its government");
    }

    @Test
    void regionsAreNotCountries() {
        assertEquals(Set.of("BR", "KR", "UZ"), Extracted.from("La stabilité de la Corée du Sud, de l'Ouzbékistan et du "
                + "Brésil importe dans l'Indo-Pacifique.").countries());
        assertEquals(Set.of(), Extracted.from("La stabilité de la péninsule coréenne, de l'Asie centrale et de l'Amérique "
                + "latine importe dans l'Indo-Pacifique.").countries());
    }

    @Test
    void epithetStandsForItsCountry() {
        assertEquals(Set.of("KR"), Extracted.from("Le pays du Matin clair mise sur ses exportations.").countries());
    }

    @Test
    void lowerCaseCommonWordIsNotACountryName() {
        assertFalse(Extracted.from("La réunion a souligné l'importance du dialogue.").countries().contains("RE"));
    }

    @Test
    void newsAgencyNameDoesNotMentionItsCountry() {
        assertEquals(Set.of("BR"), Extracted.from("Le Brésil a réagi, selon l'Agence France-Presse.").countries());
    }

    @Test
    void mentionSpanPointsAtTheWordInTheOriginalText() {
        String text = "Hier, le Pérou a voté.";
        CountryMention mention = Extracted.from(text).extraction.countries().get(0);
        assertEquals("Pérou", text.substring(mention.span().start(), mention.span().end()));
        assertEquals("Pérou", mention.surface());
        assertEquals(text, mention.evidence().sentence());
    }

    @Test
    void capitalAfterFaceAIsAnActorNotAPlace() {
        assertEquals(Set.of("KP"), Extracted.from("La région reste unie face à Pyongyang.").countries());
        assertEquals(Set.of("KP"), Extracted.from("Les sanctions imposées à Pyongyang restent en vigueur.").countries());
    }

    @Test
    void personNamedLikeACountryIsNotACountry() {
        assertEquals(Set.of("SN"),
                Extracted.from("L'ancien président François Hollande et Maurice Durand ont visité le Sénégal.")
                .countries());
    }

    @Test
    void countryNamedLikeAPersonStillCountsAlone() {
        assertEquals(Set.of("MU"), Extracted.from("Le gouvernement de Maurice a salué la décision.").countries());
    }

    @Test
    void capitalAfterDeStandsForItsGovernment() {
        assertEquals(Set.of("CN"), Extracted.from("La position de Pékin reste inchangée.").countries());
    }

    @Test
    void summitNamedAfterItsCityIsAPlace() {
        assertEquals(Set.of("LT"), Extracted.from("Le soutien de Vilnius a pris fin.").countries());
        assertEquals(Set.of(), Extracted.from("Le sommet de Vilnius a pris fin.").countries());
    }

    @Test
    void polynesiaNamedShortIsFrenchPolynesia() {
        assertEquals(Set.of("PF", "NZ"), Extracted.from("Les liens entre la Polynésie et la Nouvelle-Zélande se renforcent.")
                .countries());
    }

    @Test
    void theIslandOfNewGuineaIsNoGuinea() {
        assertEquals(Set.of("PG", "ID"), Extracted.from("La Papouasie-Nouvelle-Guinée et l'Indonésie se partagent l'île "
                + "de Nouvelle-Guinée.").countries());
    }
}
