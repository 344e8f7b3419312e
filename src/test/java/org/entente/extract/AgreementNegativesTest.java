package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Agreement;
import org.junit.jupiter.api.Test;

/** Negations, failed talks and places: what must not become an agreement or a party. */
class AgreementNegativesTest {

    @Test
    void aDemonstrativeDocumentNamingNoPartyAndPointingBackToNoneMadeIsNoAgreement() {
        assertEquals(List.of(), Extracted.from("Hydro-Québec négocie toujours avec le Massachusetts. Cette entente "
                + "pourrait rapporter dix milliards de dollars au Canada et aux États-Unis.").agreementSummaries());
        assertEquals(1, Extracted.from("Le Canada et les États-Unis ont signé un accord sur l'énergie. Cet accord "
                + "pourrait rapporter dix milliards de dollars.").agreements().size(), "it completes the one made before");
    }

    @Test
    void statesASubjectLeavesUnnamedAreNotTheArticlesPrincipalCountries() {
        String news = "Le Mali et le Sénégal coopèrent. Le Mali et le Sénégal discutent de leurs routes. ";
        assertEquals(List.of(), Extracted.from(news + "Cette année, plusieurs pays ont signé un accord de financement "
                + "avec la Banque.").agreementSummaries());
        assertEquals(List.of("agreement signed [ML, SN]"), Extracted.from(news + "Cette année, un accord de financement "
                + "a été signé avec la Banque.").agreementSummaries(), "no subject: the article's principal countries");
    }

    @Test
    void aSigningPostponedIsNoAgreement() {
        assertEquals(List.of(), Extracted.from("Le Pérou et la France devaient signer un contrat de vente de frégates. "
                + "La conclusion du contrat semble repoussée à l'an prochain.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("La signature d'un accord de pêche entre le Pérou et la France, prévue lundi, "
                + "a été reportée sine die.").agreementSummaries());
        assertEquals(List.of("agreement signed [FR, PE]"), Extracted.from("Le Pérou et la France ont signé lundi un accord "
                + "de pêche à Lima.").agreementSummaries(), "the same document signed");
    }

    @Test
    void aDocumentToComeWithNoPartyNamedIsNoAgreement() {
        assertEquals(List.of("agreement signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont signé un accord sur la "
                + "pêche. Le président devrait signer d'autres accords dans les domaines de la santé et de l'énergie.")
                .agreementSummaries(), "whom the documents to come bind is not said");
        assertEquals(List.of("agreement signed [GH, TG]", "agreement planned [GH, TG]"), Extracted.from("Le Ghana et le "
                + "Togo ont signé un accord sur la pêche. Les deux pays devraient signer un accord sur la santé.")
                .agreementSummaries(), "'les deux pays' names them");
    }

    @Test
    void aBreakOfRelationsRecalledVoidsNoDeclarationMadePublic() {
        assertEquals(List.of("joint_declaration signed [IR, SA]"), Extracted.from("Une déclaration conjointe rendue publique "
                + "par l'Arabie saoudite et l'Iran annonce la reprise de leurs relations après sept ans de rupture.")
                .agreementSummaries());
        assertEquals(List.of(), Extracted.from("La rupture des négociations sur un accord entre l'Arabie saoudite et l'Iran "
                + "a été rendue publique.").agreementSummaries(), "talks broken off");
        assertEquals(List.of("partnership agreed [CN, PK]"), Extracted.from("La Chine et le Pakistan se sont entendues pour "
                + "porter leurs relations au niveau d'un partenariat stratégique.").agreementSummaries());
    }

    @Test
    void aDocumentSignedToImplementAnOlderOneStandsAndTheOlderOneIsRecalled() {
        assertEquals(List.of("mou signed [KH, VN]"), Extracted.from("Le Cambodge et le Vietnam ont signé un protocole "
                + "d'accord pour la mise en œuvre de l'accord sur le transport routier.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("La mise en œuvre de l'accord sur le transport routier signé par le "
                + "Cambodge et le Vietnam a été évoquée.").agreementSummaries(), "before the verb, the cue voids the sentence");
    }

    @Test
    void aDocumentFramingTheSignedOnesAfterAnOrdinalIsNoNewOne() {
        assertEquals(List.of("treaty signed [BJ, FR]"), Extracted.from("Le Bénin et la France ont signé une convention "
                + "de financement mardi. Les conventions signées entrent dans le cadre du 2e contrat de désendettement.")
                .agreementSummaries());
    }

    @Test
    void anAccordSuspendedForReviewAndACooperationFrameworkInvokedAreNoAgreements() {
        assertEquals(List.of(), Extracted.from("Le gouvernement du Togo a annoncé la suspension du projet chinois de port "
                + "pour réévaluation de l'accord signé avec la Chine.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le ministre a proposé une aide au Laos et au Vietnam dans le cadre de "
                + "coopération Laos-Vietnam pour construire des routes entre ces pays.").agreementSummaries());
        assertEquals(List.of("agreement signed [CN, NE]"), Extracted.from("Le Niger et la Chine ont signé un accord portant "
                + "sur la suspension du service de la dette.").agreementSummaries(), "a suspension the accord is about");
    }

    @Test
    void suchADocumentAndOnesSignedInThePastAreNoNewAgreements() {
        assertEquals(List.of("agreement signed [JP, PH]"), Extracted.from("Le Japon et les Philippines ont signé un accord "
                + "de défense lundi. Les Philippines sont le troisième pays avec lequel le Japon a signé un tel pacte, après "
                + "l'Australie.").agreementSummaries());
        assertEquals(List.of("agreement signed [JP, PH]"), Extracted.from("Le Japon et les Philippines ont signé un accord "
                + "de défense lundi. Par le passé, le Japon a déjà signé des accords similaires avec l'Australie.")
                .agreementSummaries());
        assertEquals(List.of("agreement signed [JP, PH]"), Extracted.from("Le Japon et les Philippines ont signé un accord "
                + "de défense lundi. Le Japon est l'un des partenaires stratégiques des Philippines, ayant signé 264 accords "
                + "bilatéraux.").agreementSummaries(), "a perfect participle tallies past documents");
        assertEquals(List.of("agreement signed [FR, JP]"), Extracted.from("La France et le Japon ont signé un accord "
                + "de défense lundi. Ce n'est pas le premier accord de ce type que le Japon signe avec l'Australie.")
                .agreementSummaries(), "one of that type: a comparison");
    }

    @Test
    void aContractEndedWithdrawnOrUnderRevisionIsNoNewAgreement() {
        assertEquals(List.of(), Extracted.from("Le Congo a mis fin à son contrat avec le mineur Sundance Resources.")
                .agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le gouvernement a invoqué plusieurs raisons pour retirer le contrat du "
                + "gisement qui chevauche le Congo et le Cameroun.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("La Guinée a annoncé que la révision de l'accord signé avec la société Vale "
                + "sera finalisée cette année.").agreementSummaries());
    }

    @Test
    void talksAfterTheSignedDocumentConcernOnlyTheDocumentsAfterThem() {
        assertEquals(List.of("joint_declaration signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont signé une "
                + "déclaration commune pour le lancement des négociations sur un accord de libre-échange.")
                .agreementSummaries(), "the declaration is signed, the trade accord is only in talks");
        assertEquals(List.of(), Extracted.from("Le Ghana et le Togo ont lancé des négociations sur un accord de "
                + "libre-échange.").agreementSummaries(), "with no document before the cue, the sentence is talks");
    }

    @Test
    void whatACooperationIsAgainstIsNoParty() {
        assertEquals(List.of("agreement signed [BR, CO]"), Extracted.from("Nouvelle étape dans la lutte contre la guérilla "
                + "des FARC, la Colombie et le Brésil ont conclu un accord de défense.").agreementSummaries());
        assertEquals(List.of("agreement signed [NE, TD]"), Extracted.from("Pour lutter contre le terrorisme, le Niger et "
                + "le Tchad ont signé un accord de défense.").agreementSummaries(), "a comma ends what 'contre' opens");
    }

    @Test
    void documentsBeingCarriedOutAreOlderOnes() {
        assertEquals(List.of("mou signed [CL, PE]"), Extracted.from("Le Chili et le Pérou ont signé un mémorandum sur "
                + "la pêche. Ce texte contribue à la réalisation des accords conclus entre les deux présidents.")
                .agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le ministre a salué l'exécution du contrat signé entre le Chili et le "
                + "Pérou.").agreementSummaries());
    }

    @Test
    void negationInterruptedByAPronounStillNegates() {
        assertEquals(List.of("agreement signed [Mercosur, UE]"), Extracted.from("Le Mercosur et l'Union européenne ont, "
                + "eux, conclu leur accord commercial à Rio.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Mercosur et l'Union européenne n'ont, eux, pas conclu leur accord "
                + "commercial à Rio.").agreementSummaries());
    }

    @Test
    void negationWithAdverbsBeforeThePassiveStillNegates() {
        assertEquals(List.of("treaty signed [GM, SN]"), Extracted.from("Le traité entre le Sénégal et la Gambie a en "
                + "revanche toujours été signé.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le traité entre le Sénégal et la Gambie n'a en revanche toujours pas été "
                + "signé.").agreementSummaries());
    }

    @Test
    void negatedRelativeClauseDoesNotVoidTheSigning() {
        Agreement a = Extracted.from("Le Ghana et le Togo ont signé mardi un accord, qui n'a pas été rendu public, sur "
                + "la pêche.").onlyAgreement();
        assertEquals(Set.of("GH", "TG"), Extracted.parties(a));
    }

    @Test
    void meetingThatAgreedNothingGivesNoAgreement() {
        assertEquals(List.of("agreement signed [ML, NE]"), Extracted.from("Les présidents du Mali et du Niger se sont "
                + "réunis à Niamey. Un accord a été signé lors de cette rencontre.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Les présidents du Mali et du Niger se sont réunis à Niamey. Aucun accord "
                + "n'a été signé lors de cette rencontre.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Mali et la société Kappa Mines se sont rencontrés, mais on précisait "
                + "hier qu'aucune entente n'avait encore été conclue.").agreementSummaries(), "'aucune' before any document");
    }

    @Test
    void existingAgreementsTheirExamplesAndSuspendedOnesAreNoNews() {
        assertEquals(List.of(), Extracted.from("Le Congo et le Rwanda ont décidé de revisiter tous les accords existants, "
                + "dont l'accord sur la protection des investissements et l'accord transfrontalier.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Les accords commerciaux signés par le Congo et le Rwanda sont suspendus.")
                .agreementSummaries());
    }

    @Test
    void datelineCityIsNotThePlaceOfSigning() {
        Agreement a = Extracted.from("Hanoï (VNA) - Le Vietnam et l'Inde ont signé jeudi à New Delhi un accord sur les "
                + "douanes.").onlyAgreement();
        assertEquals("IN", a.placeCountryIso2());
    }

    @Test
    void aDatelineOfTwoTownsNamesNoPartyAndCompaniesSellingTogetherSignWithTheStateAfterAvec() {
        assertEquals(List.of("contract signed [Airbus, Leonardo, QA]"), Extracted.from("PARIS/MILAN (Reuters) - Airbus et "
                + "l'italien Leonardo ont annoncé mercredi un contrat de trois milliards d'euros avec le Qatar.")
                .agreementSummaries());
        assertEquals(List.of("contract signed [Airbus, Leonardo]"), Extracted.from("Airbus et Leonardo ont signé un contrat "
                + "de coopération industrielle ; ils travaillent déjà avec le Qatar.").agreementSummaries(),
                "past the verb's clause, no buyer");
    }

    @Test
    void theAgencyADatelineCreditsIsNoParty() {
        assertEquals(List.of("agreement signed [NE, TD]"), Extracted.from("Niamey, 2 mars 2024(ANP).- Le Niger et le Tchad "
                + "ont signé vendredi un accord de défense, a appris l'ANP.").agreementSummaries());
    }

    @Test
    void aDefiniteDocumentSaidSignedInAPassiveIsTheOneReported() {
        Extracted x = Extracted.from("Lomé, 2 mars (Agence) - Le Niger et le Tchad ont signé vendredi un accord "
                + "de défense. C'est lors d'une rencontre des présidents nigérien et tchadien à Niamey que l'accord a été "
                + "signé pour l'envoi de soldats.");
        assertEquals(List.of("agreement signed [NE, TD]"), x.agreementSummaries());
        assertEquals("NE", x.onlyAgreement().placeCountryIso2(), "where the passive says it was signed, not the dateline");
    }

    @Test
    void aDemonstrativeBeforeAnOrdinalRefersBack() {
        Extracted x = Extracted.from("Le Niger et le Tchad ont signé mardi un troisième Contrat de désendettement et de "
                + "développement (C2D). La signature de ce troisième contrat de désendettement réaffirme le soutien du Tchad.");
        assertEquals(List.of("contract signed [NE, TD]"), x.agreementSummaries());
        assertEquals(List.of(), x.organizations(), "a document's name is no organization's");
    }

    @Test
    void placeOfSigningIsNeverAParty() {
        Agreement a = Extracted.from("Le Ghana et le Togo ont signé à Abidjan un accord sur le commerce.").onlyAgreement();
        assertEquals(Set.of("GH", "TG"), Extracted.parties(a));
        assertEquals("CI", a.placeCountryIso2());
    }

    @Test
    void exchangeOfDocumentsWitnessedByLeadersIsASigning() {
        Agreement a = Extracted.from("Le président ghanéen et son homologue togolais ont assisté mardi à Lomé à l'échange "
                + "de cinq documents de coopération.").onlyAgreement();
        assertEquals("signed", a.status());
        assertEquals(Set.of("GH", "TG"), Extracted.parties(a));
    }

    @Test
    void actionPlanImplementingAnOlderPartnershipIsNew() {
        Agreement a = Extracted.from("Les présidents du Ghana et du Togo ont adopté un plan d'action pour 2025-2028 afin de "
                + "mettre en œuvre le partenariat établi en 2016.").onlyAgreement();
        assertEquals("other", a.kind());
    }

    @Test
    void pluralCompanyCueNamesEachCompany() {
        Extracted result = Extracted.from("Le projet associe les groupes publics ghanéens Volta Minerals et Akoso au "
                + "groupe chinois Zhenhai.");
        result.organization("Volta Minerals");
        result.organization("Akoso");
        result.organization("Zhenhai");
    }

    @Test
    void cityInAnOrganizationsNameIsNoPlace() {
        Agreement a = Extracted.from("En marge du sommet de l'Organisation de coopération de Shanghai, le Kazakhstan et le "
                + "Tadjikistan ont signé un accord au Kazakhstan.").onlyAgreement();
        assertEquals("KZ", a.placeCountryIso2());
    }

    @Test
    void plannedSigningTakesTheDateAfterItsVerbNotTheAnnouncement() {
        Agreement a = Extracted.from("Le Ghana et le Togo devraient signer en mars un accord sur la pêche, a annoncé jeudi "
                + "le ministre.", java.time.LocalDate.of(2024, 1, 12), org.entente.corpus.DatePrecision.DAY).onlyAgreement();
        assertEquals("planned", a.status());
        assertEquals(java.time.LocalDate.of(2024, 3, 1), a.signedOn());
    }
    @Test
    void aTriggersWordWithoutItsAccentsIsAnotherWord() {
        assertEquals(List.of("agreement signed [NE, NG]"), Extracted.from("Le Niger et le Nigeria ont signé un accord "
                + "sur la lutte contre la traite des personnes.").agreementSummaries(), "trafficking, no treaty");
        assertEquals(List.of(), Extracted.from("Le Niger et le Nigeria ont échangé lundi des traites pour le financement "
                + "du pont.").agreementSummaries(), "bills of exchange, no treaty");
        assertEquals(List.of("treaty signed [NE, NG]"), Extracted.from("Le Niger et le Nigeria ont signé un traité "
                + "d'extradition.").agreementSummaries());
    }

    @Test
    void closingAVisitReportsNoDocument() {
        assertEquals(List.of(), Extracted.from("Les ministres ghanéens des Finances et de l'Énergie ont conclu mardi une "
                + "visite de deux jours au Togo durant laquelle ils ont discuté avec des responsables togolais. Cet accord "
                + "prévoit des livraisons de gaz.").agreements());
        assertEquals(List.of("agreement signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont conclu mardi un accord "
                + "sur le gaz.").agreementSummaries());
    }

    @Test
    void anEarlierOrHypotheticalContractIsNoSigning() {
        assertEquals(List.of(), Extracted.from("Le Togo achètera 30 % de gaz de plus au Ghana que dans le contrat "
                + "précédent, signé en mars.").agreements());
        assertEquals(List.of(), Extracted.from("Si un contrat était signé avec le Ghana, le Togo achèterait dix navires.")
                .agreements());
        assertEquals(List.of(), Extracted.from("Des mois pourraient s'écouler avant la conclusion d'un éventuel contrat "
                + "entre le Ghana et le Togo.").agreements());
    }
}
