package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sectors an agreement is about: its object's keywords, not the names around it. */
class AgreementSectorsTest {

    private static List<String> sectors(String text) {
        return Extracted.from(text).onlyAgreement().sectors();
    }

    @Test
    void aNationalParkIsAboutTheEnvironment() {
        assertEquals(List.of("environment"), Extracted.from("Le Gabon et la Chine ont signé un accord sur le jumelage de "
                + "deux parcs nationaux.").onlyAgreement().sectors());
    }

    @Test
    void documentsOfOtherKindsInAListKeepTheirOwnObjects() {
        List<List<String>> found = Extracted.from("Le Chili et le Pérou ont signé un accord sur l'énergie, un mémorandum "
                + "sur la santé et un traité sur l'extradition.").agreements().stream().map(a -> a.sectors()).toList();
        assertEquals(List.of(List.of("energy"), List.of("health"), List.of("security")), found);
    }

    @Test
    void aListedDocumentAboutSomethingInNoSectorBorrowsNone() {
        List<List<String>> found = Extracted.from("Le Chili et le Pérou ont signé un traité d'extradition, ainsi qu'un "
                + "accord pour la reconnaissance mutuelle des permis de conduire.").agreements().stream()
                .map(a -> a.sectors()).toList();
        assertEquals(List.of(List.of("security"), List.of()), found);
        found = Extracted.from("Le Chili et le Pérou ont signé un accord de coopération militaire et un mémorandum.")
                .agreements().stream().map(a -> a.sectors()).toList();
        assertEquals(List.of(List.of("defense"), List.of("defense")), found, "a document without words of its own shares");
    }

    @Test
    void domainWordsOfTheObjectNameTheirSector() {
        assertEquals(List.of("energy"), sectors("Le Chili et le Pérou ont signé un accord sur les hydrocarbures."));
        assertEquals(List.of("infrastructure"), sectors("Le Chili et le Pérou ont signé un accord sur l'assainissement."));
        assertEquals(List.of("security"), sectors("Le Chili et le Pérou ont signé un accord contre le blanchiment d'argent."));
        assertEquals(List.of("agriculture"), sectors("Le Chili et le Pérou ont signé un accord sur la pisciculture."));
    }

    @Test
    void fightersAreDefenseAndAerospace() {
        assertEquals(List.of("defense", "aerospace"), sectors("L'Inde et la France ont signé un accord sur la livraison "
                + "de 36 Rafale."));
        assertEquals(List.of("defense", "aerospace"), sectors("Le Chili et le Pérou ont signé un accord sur leurs "
                + "avions de combat."));
    }

    @Test
    void aSigningCompanysTradeIsASectorOfTheAgreement() {
        assertEquals(List.of("energy"), sectors("Orano a signé un accord de coopération stratégique avec le Chili."));
        assertEquals(List.of("mining", "aerospace"), sectors("Le Chili et Airbus ont signé un accord sur le lithium."),
                "after the sectors of its sentence");
        assertEquals(List.of("health"), sectors("Le Chili et le Japon ont signé un accord sur la santé."),
                "countries have no trade");
    }

    @Test
    void mobilityIsMigrationOnlyForPeopleAndWorkers() {
        assertEquals(List.of("infrastructure"), sectors("Le Maroc et la France ont signé un accord sur la mobilité "
                + "urbaine."));
        assertEquals(List.of("migration"), sectors("Le Maroc et la France ont signé un accord sur la mobilité des "
                + "travailleurs."));
        assertEquals(List.of(), sectors("Le Maroc et la France ont signé un accord pour réduire les coûts de "
                + "mobilité."));
    }

    @Test
    void cultureSportAndTourismAreInNoSectorOfTheList() {
        assertEquals(List.of(), sectors("Le Chili et le Pérou ont signé un accord de coopération culturelle dans "
                + "le domaine du sport, de la jeunesse et du tourisme."));
        assertEquals(List.of(), sectors("Le Chili et le Pérou ont signé un accord de coopération culturelle. "
                + "Leurs ministres de la Santé se verront en mai."), "nor does it borrow the next sentence's");
        assertEquals(List.of("agriculture"), sectors("Le Chili et le Pérou ont signé un accord. Il porte sur la pêche "
                + "et le tourisme."), "a field in the list beside one outside it");
    }

    @Test
    void aDeclarationOnTheRelationItselfIsDiplomacyWithTheFieldsOfTheNextSentence() {
        assertEquals(List.of("diplomacy", "trade", "environment"), sectors("Le Chili et le Pérou ont signé une "
                + "déclaration commune sur un partenariat global. Ils veulent coopérer du commerce au climat."));
        assertEquals(List.of("diplomacy"), Extracted.from("Le Chili et le Pérou ont signé une déclaration commune sur "
                + "un partenariat global. Ils ont aussi signé un accord sur la pêche.").agreements().get(0).sectors(),
                "the next sentence reports a document of its own");
        assertEquals(List.of("agriculture"), sectors("Le Chili et le Pérou ont signé un accord. Il porte sur la pêche."),
                "other kinds take the next sentence's sectors alone");
    }

    @Test
    void aBorderDelimitationIsDiplomacyAndSecurityAndAGoldRefineryIsMining() {
        assertEquals(java.util.Set.of("diplomacy", "security"), java.util.Set.copyOf(sectors("Le Chili et le Pérou ont "
                + "signé un traité sur la délimitation de leur frontière.")));
        assertEquals(List.of("mining"), sectors("Le Chili et le Pérou ont signé un accord sur une raffinerie d'or."));
    }

    @Test
    void aSigningCompanysTradeIsNoSectorBesideTwoFieldsOfItsOwn() {
        assertEquals(List.of("mining", "infrastructure"), sectors("Le Chili et Airbus ont signé un mémorandum sur la "
                + "sidérurgie, avec la construction d'une aciérie."));
    }

    @Test
    void aKeywordInAnOrganizationsNameIsNoSector() {
        assertEquals(List.of("health"), sectors("Le Chili et le Japon ont signé un accord sur la santé en marge du "
                + "Forum de coopération économique Asie-Pacifique (APEC)."));
    }

    @Test
    void aKeywordInAnOfficesNameComesAfterTheObjectAndOneAfterLowerCaseWordsCounts() {
        assertEquals(List.of("health", "agriculture"), sectors("Le Chili et le Japon ont signé un accord sur les vaccins, "
                + "paraphé par le ministre chilien de l'Agriculture et des Mines."));
        assertEquals(List.of("energy", "infrastructure"),
                sectors("Le Chili et le Japon ont signé un accord sur le projet du Gazoduc du Sud."));
        assertEquals(List.of("health", "mining"), sectors("Le Chili et le Japon ont signé un accord sur les vaccins, "
                + "paraphé par le ministre chilien des Mines et du pétrole."), "a field in lower case joined to the office's");
    }

    @Test
    void aKeywordStartingAHyphenatedPlaceNameIsNoSector() {
        assertEquals(List.of("agriculture"), sectors("Le Chili et le Japon ont signé à Port-Louis un accord sur la pêche."));
    }

    @Test
    void aPhraseMarkedAsNamingNoSectorShieldsItsKeyword() {
        assertEquals(List.of("agriculture"), sectors("Le chef de la diplomatie chilienne et son homologue japonais "
                + "ont signé un accord sur la pêche."));
    }

    @Test
    void aKeywordOfTwoSectorsCountsForBoth() {
        assertEquals(List.of("energy", "mining"), sectors("Le Chili et le Japon ont signé un accord sur l'uranium."));
    }

    @Test
    void withoutSectorsOfItsOwnAnAgreementTakesThoseTheArticleReturnsTo() {
        String text = "Le Chili et le Japon ont signé un accord de coopération. "
                + "Le texte ne précise rien d'autre.\n\nLes deux pays veulent développer la pêche. "
                + "La pêche représente une part importante de leurs échanges.";
        assertEquals(List.of("agriculture"), sectors(text));
    }

    @Test
    void aSectorNamedOnceElsewhereIsNotTaken() {
        String text = "Le Chili et le Japon ont signé un accord de coopération. "
                + "Le texte ne précise rien d'autre.\n\nLes deux pays veulent aussi développer la pêche.";
        assertEquals(List.of(), sectors(text));
    }

    @Test
    void aSigningOrganizationsNameSaysItsTradeWhenItsDocumentSaysNothing() {
        assertEquals(List.of("science"), sectors("Un protocole d'accord a été signé entre l'Académie des sciences du Chili "
                + "et l'Académie des sciences du Pérou."));
        assertEquals(List.of("education"), sectors("Un protocole d'accord a été signé entre l'Université nationale "
                + "de Lima et l'Université catholique de Santiago."));
    }
    @Test
    void theSettingOfADocumentSaysWhatItIsAboutOnlyWhenNothingElseDoes() {
        assertEquals(List.of("health"), sectors("Le Chili et le Pérou ont signé un accord sur les vaccins dans le cadre "
                + "de leur partenariat stratégique, a indiqué le ministre."));
        assertEquals(List.of("diplomacy"), sectors("Le Chili et le Pérou ont signé un accord dans le cadre de leur "
                + "partenariat stratégique."), "the setting is all the sentence says");
    }

    @Test
    void aSentenceReferringBackAddsWhatTheDocumentIsAboutAfterItsOwnSectors() {
        assertEquals(List.of("energy", "mining"), sectors("Le Chili et la Bolivie ont signé un accord sur les batteries "
                + "électriques. Cet accord porte aussi sur l'exploitation commune du lithium."));
    }

    @Test
    void aSentenceOpeningOnTheDocumentsSignedSaysWhatTheBatchIsAbout() {
        assertEquals(List.of("environment", "energy"), sectors("Le Chili et le Pérou ont signé à Lima plusieurs accords. "
                + "Les huit documents signés portent notamment sur la protection de la faune et la livraison de gaz."));
    }

    @Test
    void aPortfolioInLowerCaseNamesAnOfficeWhoseSectorRanksAfterTheDocumentsObject() {
        assertEquals(List.of("health", "migration"), sectors("Le Chili et le Pérou ont signé, en présence du secrétaire "
                + "d'État chargé de la diaspora, un accord sur les vaccins."));
    }

    @Test
    void aRoadIsInfrastructureButARoadmapIsNot() {
        assertEquals(List.of("infrastructure"), sectors("Le Chili et le Pérou ont signé un accord pour la "
                + "reconstruction de la route côtière."));
        assertEquals(List.of("health"), sectors("Le Chili et le Pérou ont signé un accord qui met en route "
                + "la production de vaccins."));
    }

    @Test
    void anUnderseaPipelineIsNoSubmarine() {
        assertEquals(List.of("energy", "infrastructure"), sectors("Le Chili et le Pérou ont signé un accord pour la pose "
                + "d'un pipeline sous-marin."));
        assertEquals(List.of("defense"), sectors("Le Chili et le Pérou ont signé un accord sur deux sous-marins."));
    }

    @Test
    void sendingWorkersIsMigrationAndTheBeltAndRoadIsInfrastructureAndTrade() {
        assertEquals(List.of("migration"), sectors("Le Chili et le Pérou ont signé un protocole d'accord sur l'envoi et "
                + "l'accueil de travailleurs."));
        assertEquals(List.of("infrastructure", "trade"), sectors("Le Chili et la Chine ont signé un mémorandum "
                + "d'entente sur l'initiative « la Ceinture et la Route »."));
    }
}
