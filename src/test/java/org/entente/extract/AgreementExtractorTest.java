package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Agreement;
import org.junit.jupiter.api.Test;

class AgreementExtractorTest {

    @Test
    void aJointDeclarationThatSaysSomethingWasIssued() {
        String visit = "Le Chili et le Pérou renforcent leurs liens. ";
        assertEquals(List.of("joint_declaration signed [CL, PE]"), Extracted.from(visit + "Par ailleurs, une déclaration "
                + "conjointe des deux pays stipule que les échanges vont doubler.").agreementSummaries());
        assertEquals(List.of("joint_declaration planned [CL, PE]"), Extracted.from(visit + "Par ailleurs, une "
                + "déclaration conjointe des deux pays est attendue.").agreementSummaries(), "no content verb: its own status");
        assertEquals(List.of(), Extracted.from(visit + "Un accord des deux pays stipule le libre-échange.")
                .agreementSummaries(), "an agreement so described may be an old one");
        assertEquals(List.of(), Extracted.from(visit + "La déclaration conjointe des deux pays stipule le libre-échange.").agreementSummaries(), "with 'la', one the reader knows, reported before or not at all");
    }

    @Test
    void coordinatedSubjectsWhoSignedAreTheParties() {
        Agreement a = Extracted.from("Le Chili et l'Indonésie ont signé un accord de libre-échange jeudi.").onlyAgreement();
        assertEquals("agreement", a.kind());
        assertEquals("signed", a.status());
        assertEquals(Set.of("CL", "ID"), Extracted.parties(a));
    }

    @Test
    void partnerIntroducedByAvecIsAParty() {
        Agreement a = Extracted.from("Le Maroc a conclu un mémorandum d'entente avec la Hongrie sur l'eau.").onlyAgreement();
        assertEquals("mou", a.kind());
        assertEquals(Set.of("MA", "HU"), Extracted.parties(a));
    }

    @Test
    void passiveAgentsIntroducedByParAreTheParties() {
        Agreement a = Extracted.from("Une convention fiscale a été signée par le Sénégal et la Belgique.").onlyAgreement();
        assertEquals("treaty", a.kind());
        assertEquals(Set.of("SN", "BE"), Extracted.parties(a));
    }

    @Test
    void partiesIntroducedByEntreAreTheParties() {
        Agreement a = Extracted.from("Un protocole d'accord entre le Ghana et le Togo a été paraphé.").onlyAgreement();
        assertEquals(Set.of("GH", "TG"), Extracted.parties(a));
    }

    @Test
    void headOfStateAndMinisterStandForTheirCountries() {
        Agreement a = Extracted.from("Le président ghanéen et le Premier ministre du Japon ont adopté une déclaration conjointe.")
                .onlyAgreement();
        assertEquals("joint_declaration", a.kind());
        assertEquals(Set.of("GH", "JP"), Extracted.parties(a));
    }

    @Test
    void companiesCanBeParties() {
        Agreement a = Extracted.from("Valdoro Heavy Industries et la société publique minière bolivienne MINBOL "
                + "ont signé un contrat de fourniture de turbines.").onlyAgreement();
        assertEquals("contract", a.kind());
        assertEquals(Set.of("Valdoro Heavy Industries", "MINBOL"), Extracted.parties(a));
    }

    @Test
    void collectiveSubjectMeansTheTwoPrincipalCountries() {
        Agreement a = Extracted.from("Le Ghana a reçu la visite du président du Togo. Le Ghana et le Togo partagent une frontière. "
                + "Les deux pays ont signé une feuille de route.").onlyAgreement();
        assertEquals("other", a.kind());
        assertEquals(Set.of("GH", "TG"), Extracted.parties(a));
    }

    @Test
    void passiveSentenceWithoutPartiesTakesThePrincipalCountries() {
        Agreement a = Extracted.from("Le Brésil et l'Angola renforcent leurs liens culturels. "
                + "Un programme de coopération a été signé pour la santé.").onlyAgreement();
        assertEquals(Set.of("BR", "AO"), Extracted.parties(a));
        assertEquals(List.of("health"), a.sectors());
    }

    @Test
    void affixingTheirSignatureIsSigning() {
        Agreement a = Extracted.from("Le Premier ministre islandais et son homologue chilien ont apposé leur signature "
                + "au bas d'un accord sur la pêche.").onlyAgreement();
        assertEquals("signed", a.status());
        assertEquals(Set.of("IS", "CL"), Extracted.parties(a));
    }

    @Test
    void withNoPlaceNamedTheHostOfTheVisitIsThePlace() {
        Agreement a = Extracted.from("Tomas Varga a reçu hier son homologue péruvien au palais. "
                + "Le Pérou et la Slovaquie ont signé un accord sur les mines.").onlyAgreement();
        assertEquals("SK", a.placeCountryIso2(), "the guest is Peruvian: the host's country is the other party");
        Agreement b = Extracted.from("Le président ghanéen a accueilli une délégation togolaise. "
                + "Les deux pays ont signé un accord sur l'électricité.").onlyAgreement();
        assertEquals("GH", b.placeCountryIso2(), "the host is named before the verb");
        Agreement c = Extracted.from("Le Pérou a reçu un don de la Slovaquie. "
                + "Le Pérou et la Slovaquie ont signé un accord sur les mines.").onlyAgreement();
        assertEquals(null, c.placeCountryIso2(), "a gift received is no visit");
    }

    @Test
    void documentsOfOneKindBetweenTheSamePartiesAreTwoWhenTheyDiffer() {
        Extracted x = Extracted.from("Le Pérou et la Slovaquie ont signé un protocole d'accord sur la santé. "
                + "Le Pérou et la Slovaquie ont signé un protocole d'accord sur les mines. "
                + "Les deux pays ont également signé un protocole d'accord. "
                + "Le Pérou et la Slovaquie ont signé un protocole d'accord sanitaire.");
        assertEquals(3, x.agreements().size(), "other fields, then 'également': two more; the same field again: the first");
        assertEquals(List.of("health"), x.agreements().get(0).sectors());
        assertEquals(List.of("mining"), x.agreements().get(1).sectors());
    }

    @Test
    void anAdditiveInAnAppositionToANameAddsNoDocument() {
        assertEquals(List.of("mou signed [CL, PE]"), Extracted.from("Le Chili et le Pérou ont signé dimanche un "
                + "mémorandum d'entente sur les mines. Le président chilien Ramón Ortiz, également chef de son parti, et "
                + "le président péruvien ont assisté à la signature du mémorandum.").agreementSummaries());
    }

    @Test
    void agreedStatusFromConvenu() {
        assertEquals("agreed", Extracted.from("La Norvège et le Canada ont convenu d'adopter une déclaration commune.")
                .onlyAgreement().status());
    }

    @Test
    void aSpeakerInTheFirstPersonReportsTheSigningToo() {
        assertEquals(List.of("agreement signed [BJ, NE]"), Extracted.from("« Le Niger et le Bénin, nous avons signé ce matin "
                + "un accord sur la pêche », a déclaré le ministre.").agreementSummaries());
        assertEquals(List.of("agreement planned [BJ, NE]"), Extracted.from("« Le Niger et le Bénin, nous allons signer un "
                + "accord sur la pêche », a déclaré le ministre.").agreementSummaries());
    }

    @Test
    void aDocumentAnnouncedInThePassiveIsReported() {
        assertEquals(List.of("agreement signed [BJ, NE]"), Extracted.from("Un accord de coopération entre le Niger et le "
                + "Bénin a été annoncé mardi à Niamey.").agreementSummaries());
    }

    @Test
    void documentsCosignedAreSigned() {
        assertEquals(List.of("mou signed [IN, VN]"), Extracted.from("Le vice-ministre indien de la Défense et son homologue "
                + "vietnamien ont cosigné un protocole d'accord sur le sauvetage en mer.").agreementSummaries());
    }

    @Test
    void aTitleRepeatedOnTheSecondLineIsAHeadlineToo() {
        assertEquals(List.of("agreement signed [JP, PH]"), Extracted.from(" date 2024-07 Le Japon et les Philippines signent "
                + "un accord de coopération en matière de sécurité\n\nLe Japon et les Philippines signent un accord de "
                + "coopération en matière de sécurité\n\nLe Japon et les Philippines ont signé lundi un accord pour faciliter "
                + "les exercices conjoints de leurs armées.").agreementSummaries());
    }

    @Test
    void plannedStatusFromFutureTense() {
        assertEquals("planned", Extracted.from("La Norvège et le Canada signeront un traité d'amitié.").onlyAgreement().status());
    }

    @Test
    void plannedStatusFromDevraient() {
        assertEquals("planned", Extracted.from("L'Égypte et la Grèce devraient signer un accord-cadre.").onlyAgreement().status());
    }

    @Test
    void aDocumentThatMustStillBeConcludedIsPlanned() {
        assertEquals("planned", Extracted.from("Des accords doivent être conclus entre l'Égypte et la Grèce dans le domaine "
                + "de l'eau.").onlyAgreement().status());
    }

    @Test
    void placesAreNeverParties() {
        Agreement a = Extracted.from("À Nairobi, le Kenya et l'Éthiopie ont signé un accord de coopération au Kenya.")
                .onlyAgreement();
        assertEquals(Set.of("KE", "ET"), Extracted.parties(a));
        assertEquals("KE", a.placeCountryIso2());
    }

    @Test
    void backgroundReferenceToOlderTreatyIsNotAnAgreement() {
        assertEquals(List.of("treaty signed [IN, JP]"),
                Extracted.from("Le Japon et l'Inde ont rappelé le traité signé.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le Japon et l'Inde ont rappelé le traité signé en 2008.").agreementSummaries());
    }

    @Test
    void conformementAPreviousAgreementIsNotAnAgreement() {
        assertEquals(List.of("agreement signed [FR, IT]"),
                Extracted.from("La France et l'Italie ont adopté l'accord de Rome.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("La France et l'Italie ont adopté ces mesures conformément à l'accord de "
                + "Rome.").agreementSummaries());
    }

    @Test
    void negotiationStillUnderWayIsNotAnAgreement() {
        assertEquals(List.of("agreement signed [GB, IN]"),
                Extracted.from("Le Royaume-Uni et l'Inde ont annoncé que l'accord commercial est signé.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Royaume-Uni et l'Inde ont annoncé que l'accord commercial est en cours "
                + "de négociation.").agreementSummaries());
    }

    @Test
    void failedSummitIsNotAnAgreement() {
        // Hongrie, not Kosovo, which the gazetteer lacks; "ont réussi à conclure" names no status, so the control is "ont conclu".
        assertEquals(List.of("agreement signed [HU, RS]"),
                Extracted.from("La Serbie et la Hongrie ont conclu un accord de normalisation.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("La Serbie et la Hongrie n'ont pas réussi à conclure un accord de normalisation.").agreementSummaries());
    }

    @Test
    void talksWithoutAnAgreementAreNotAnAgreement() {
        assertEquals(List.of("agreement signed [BO, PE]"),
                Extracted.from("Le Pérou et la Bolivie se sont séparés après avoir conclu un accord.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le Pérou et la Bolivie se sont séparés sans parvenir à un accord.").agreementSummaries());
    }

    @Test
    void meetingThatAgreedNothingIsNotAnAgreement() {
        assertEquals(List.of("agreement signed [AR, CL]"),
                Extracted.from("Le Chili et l'Argentine se sont rencontrés et ont signé un accord sur le lithium.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le Chili et l'Argentine se sont rencontrés pour discuter du lithium.").agreementSummaries());
    }

    @Test
    void mentionWithoutAStatusVerbIsNotAnAgreement() {
        assertEquals(List.of("agreement signed [AR, CL]"),
                Extracted.from("Le Chili et l'Argentine signent un accord de coopération.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le Chili et l'Argentine discutent d'un accord de coopération.").agreementSummaries());
    }

    @Test
    void sentenceReferringBackEnrichesTheSameAgreement() {
        Extracted result = Extracted.from("Le Chili et l'Argentine ont signé un accord de coopération. "
                + "Cet accord prévoit des projets de lithium et de cuivre.");
        Agreement a = result.onlyAgreement();
        assertEquals(List.of("mining"), a.sectors());
    }

    @Test
    void sameAgreementReportedTwiceIsOneRecord() {
        assertEquals(1, Extracted.from("La Tunisie et l'Italie ont signé un accord sur les migrations. "
                + "Lundi, la Tunisie et l'Italie ont signé l'accord en présence des ministres.").agreements().size());
    }

    @Test
    void agreementWithoutNamedDocumentIsAnnouncedByReferringBack() {
        Agreement a = Extracted.from("La Mongolie et le Japon ont convenu de sécuriser leurs livraisons de cuivre. "
                + "Cet accord complète leur coopération.").onlyAgreement();
        assertEquals("agreement", a.kind());
        assertEquals("agreed", a.status());
        assertEquals(Set.of("MN", "JP"), Extracted.parties(a));
    }

    @Test
    void strengtheningCooperationWithoutDocumentIsAPartnership() {
        Agreement a = Extracted.from("L'Inde et l'Australie vont renforcer leur coopération dans le domaine spatial.")
                .onlyAgreement();
        assertEquals("partnership", a.kind());
        assertEquals("planned", a.status());
        assertEquals(List.of("aerospace"), a.sectors());
    }

    @Test
    void agreeingToExtendCooperationOrTightenTiesIsAPartnership() {
        assertEquals(List.of("partnership agreed [BR, CN]"), Extracted.from("Les présidents chinois et brésilien ont convenu "
                + "à Pékin d'étendre la coopération entre la Chine et le Brésil à d'autres secteurs.").agreementSummaries());
        assertEquals(List.of("partnership agreed [LA, VN]"), Extracted.from("Le Vietnam et le Laos ont convenu de resserrer "
                + "leurs liens.").agreementSummaries());
    }

    @Test
    void aPartnershipSignedIsAPartnership() {
        Agreement a = Extracted.from("Le Chili et l'Union européenne ont signé un partenariat sur les matières premières.")
                .onlyAgreement();
        assertEquals("partnership", a.kind());
        assertEquals(Set.of("CL", "UE"), Extracted.parties(a));
        assertEquals(List.of(), Extracted.from("Le partenariat entre le Chili et la Bolivie reste fragile.").agreements());
    }

    @Test
    void relationsRaisedToAPartnershipAndADeclarationOfPrinciples() {
        Agreement a = Extracted.from("Le Chili et le Pérou ont porté leurs relations au niveau de partenariat stratégique.")
                .onlyAgreement();
        assertEquals("partnership", a.kind());
        Agreement b = Extracted.from("Le Chili, le Pérou et la Bolivie ont signé une déclaration de principes sur l'eau.")
                .onlyAgreement();
        assertEquals("joint_declaration", b.kind());
        assertEquals(Set.of("CL", "PE", "BO"), Extracted.parties(b));
    }

    @Test
    void reachingAnAgreementIsAgreedAndFailingToIsNone() {
        Agreement a = Extracted.from("Le Chili et le Pérou sont parvenus à un accord sur la frontière maritime.").onlyAgreement();
        assertEquals("agreed", a.status());
        assertEquals(List.of(), Extracted.from("Le Chili et le Pérou ne sont pas parvenus à un accord sur la frontière.")
                .agreements());
    }

    @Test
    void aDocumentValidatedIsAdopted() {
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("Un accord de formation a été validé entre le "
                + "Chili et le Pérou.").agreementSummaries());
    }

    @Test
    void aMeetingThatEndedWithADocumentSignedIt() {
        assertEquals(List.of("joint_declaration signed [CL, PE]"), Extracted.from("La rencontre entre le Chili et le Pérou "
                + "s'est terminée par une déclaration commune en vingt points.").agreementSummaries());
        assertEquals(List.of("agreement agreed [CL, PE]"), Extracted.from("Les pourparlers entre le Chili et le Pérou ont "
                + "débouché sur un accord de pêche.").agreementSummaries());
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("La commission mixte entre le Chili et le Pérou "
                + "a débouché sur la conclusion de huit accords.").agreementSummaries(), "concluded: signed");
        assertEquals(List.of(), Extracted.from("La rencontre entre le Chili et le Pérou s'est terminée par un dîner et une "
                + "déclaration à la presse.").agreementSummaries(), "a statement to the press is no document");
    }

    @Test
    void aFinalizedContractIsSignedAndFinalizedNegotiationsAreAgreed() {
        assertEquals("signed", Extracted.from("Le Chili et le Pérou ont finalisé un contrat de chars.").onlyAgreement().status());
        assertEquals("agreed", Extracted.from("Le Chili et le Pérou ont finalisé les négociations sur un accord commercial.")
                .onlyAgreement().status());
        assertEquals("agreed", Extracted.from("Le Chili et le Pérou ont annoncé la fin des négociations sur un accord "
                + "commercial, qui devrait être signé l'an prochain.").onlyAgreement().status(), "concluded, signing to come");
    }

    @Test
    void whoADocumentNamedAgainBenefitsAreNoSignatories() {
        assertEquals(List.of("agreement planned [CL, PE]"), Extracted.from("Le Chili et le Pérou signeront un accord "
                + "commercial. Cet accord va profiter aux constructeurs chiliens, comme Kappaleo Motors.").agreementSummaries());
    }

    @Test
    void aSummitThatIsTheOccasionForBothToConcludeIsSignedAndOneThatWillBeIsPlanned() {
        Agreement a = Extracted.from("Le Chili et le Pérou tiennent un sommet à Lima. Ce sommet est l'occasion pour "
                + "les deux pays de conclure trois mémorandums d'entente.").onlyAgreement();
        assertEquals("mou signed", a.kind() + " " + a.status());
        assertEquals(Set.of("CL", "PE"), Extracted.parties(a));
        assertEquals("planned", Extracted.from("Le Chili et le Pérou tiendront un sommet à Lima. Il sera l'occasion "
                + "pour les deux gouvernements de signer un accord.").onlyAgreement().status());
    }

    @Test
    void whatTwoCountriesShouldDoIsNoPartnershipButWhatTheyShouldSignIsPlanned() {
        assertEquals(List.of(), Extracted.from("Le Chili et le Pérou devraient intensifier leur coopération, a déclaré "
                + "le président chilien.").agreements());
        assertEquals("partnership planned", Extracted.from("Le Chili et le Pérou vont développer leur coopération "
                + "dans la pêche.").onlyAgreement().kind() + " planned");
        assertEquals("planned", Extracted.from("Le Chili et le Pérou devraient signer un accord de partenariat "
                + "stratégique en mai.").onlyAgreement().status());
    }

    @Test
    void theHostOfAVisitIsOneOfTheTwoCountriesWhenOnlyItsCityIsNamed() {
        Agreement a = Extracted.from("Le président chilien est arrivé lundi à Lima pour une visite d'État. "
                + "Les deux pays ont signé un accord sur les mines.").onlyAgreement();
        assertEquals(Set.of("CL", "PE"), Extracted.parties(a));
    }

    @Test
    void partnershipTalkBeforeANamedDocumentMergesIntoIt() {
        Agreement a = Extracted.from("L'Inde et le Brésil ont décidé de renforcer leur coopération dans l'énergie. "
                + "Cette volonté figure dans la déclaration commune adoptée à Brasilia.").onlyAgreement();
        assertEquals("joint_declaration", a.kind());
        assertEquals("signed", a.status());
        assertEquals(Set.of("IN", "BR"), Extracted.parties(a));
        assertEquals(List.of("energy"), a.sectors());
        assertEquals("BR", a.placeCountryIso2());
    }

    @Test
    void aCountedBatchOfPartnershipsIsNoTalkADocumentCovers() {
        assertEquals(List.of("partnership signed [BF, NE]", "agreement signed [BF, NE]"), Extracted.from("À Niamey, "
                + "le Niger et le Burkina Faso ont signé huit partenariats dans divers domaines. Les maires des deux "
                + "capitales ont aussi signé un accord de coopération.").agreementSummaries());
    }

    @Test
    void aRelationshipRaisedBesideABatchOfDocumentsIsItsOwnEntry() {
        assertEquals(List.of("partnership agreed [CL, PE]", "agreement signed [CL, PE]"), Extracted.from("Le Chili et "
                + "le Pérou ont convenu de porter leurs relations au niveau d'un partenariat stratégique. Les deux "
                + "présidents ont assisté à la signature de douze accords de coopération.").agreementSummaries());
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("Le Chili et le Pérou ont convenu de porter "
                + "leurs relations au niveau d'un partenariat stratégique. Les deux présidents ont signé un accord de "
                + "coopération.").agreementSummaries(), "one document covers the talk before it");
    }

    @Test
    void sectorsComeFromWhatGovernsTheAgreement() {
        Agreement a = Extracted.from("Le Niger et le Tchad ont signé un accord portant sur des équipements pour l'armée.")
                .onlyAgreement();
        assertEquals(List.of("defense"), a.sectors());
    }

    @Test
    void evidenceIsTheOriginalSentence() {
        String text = "Titre\n\nLe Niger et le Tchad ont signé un accord\u00A0de défense.";
        Agreement a = Extracted.from(text).onlyAgreement();
        assertEquals("Le Niger et le Tchad ont signé un accord\u00A0de défense.", a.evidence().sentence());
        assertEquals(a.evidence().sentence(), text.substring(a.evidence().span().start(), a.evidence().span().end()));
    }

    @Test
    void aPlaceNounWithOneAdjectiveBeforeDeMakesTheCapitalAPlace() {
        Agreement a = Extracted.from("Le Kenya et l'Ouganda ont signé un accord dans la capitale ougandaise de Kampala.")
                .onlyAgreement();
        assertEquals("Kampala", a.placeName());
        Agreement b = Extracted.from("Le Kenya et le Japon ont signé un accord malgré la position ferme de Pékin.")
                .onlyAgreement();
        assertEquals(null, b.placeName());
    }
}
