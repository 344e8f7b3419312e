package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Agreement;
import org.junit.jupiter.api.Test;

/** How sentences around an agreement shape it: frames, past years, headlines, references back. */
class AgreementContextTest {

    @Test
    void aLongAwaitedAccordIsNoAccordToCome() {
        assertEquals(List.of("signed"), Extracted.from("Attendu de longue date, l'accord argentino-brésilien concerne "
                + "l'énergie. Le président brésilien et son homologue argentine viennent de signer un accord commercial.")
                .agreements().stream().map(a -> a.status()).distinct().toList());
    }

    @Test
    void aCountryNamedAndItsCityTheSigningsPlaceOutranksACountryNamedByAProductsDemonym() {
        assertEquals(List.of("agreement signed [DZ, IT]", "mou signed [DZ, IT]"), Extracted.from("Les accords signés "
                + "aujourd'hui à Alger répondent à l'objectif de l'Italie de réduire sa dépendance au gaz russe. La "
                + "cérémonie organisée à Alger a vu la signature d'une déclaration d'intention sur l'énergie entre les deux "
                + "pays, paraphée par le ministre algérien.").agreementSummaries());
    }

    @Test
    void existingFrameNamedInPassingIsNotANewAgreement() {
        assertEquals(List.of("partnership agreed [KH, TH]"),
                Extracted.from("La Thaïlande et le Cambodge ont convenu d'un partenariat stratégique pour organiser "
                + "un forum.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Dans le cadre du partenariat stratégique, la Thaïlande et le Cambodge ont "
                + "convenu d'organiser un forum.").agreementSummaries());
    }

    @Test
    void aPartnershipWhoseEstablishmentIsAnnouncedIsAgreed() {
        assertEquals(List.of("partnership agreed [KH, TH]"), Extracted.from("Les Premiers ministres thaïlandais et "
                + "cambodgien ont annoncé jeudi l'établissement du partenariat stratégique intégral.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Les Premiers ministres thaïlandais et cambodgien ont annoncé jeudi "
                + "l'établissement du protocole de coopération.").agreementSummaries(), "a document's establishment frames it");
    }

    @Test
    void aDocumentOfAnotherKindSaidSignedRightAfterItsNameIsTheOneReported() {
        assertEquals(List.of("mou signed [GB, TN]"), Extracted.from("La Tunisie et le Royaume-Uni ont signé un mémorandum "
                + "d'entente sur la recherche. La convention signée renforce les relations entre les deux pays.")
                .agreementSummaries());
        assertEquals(List.of("mou signed [GB, TN]"), Extracted.from("La Tunisie et le Royaume-Uni ont signé un mémorandum "
                + "d'entente sur la recherche. Le pacte, signé lundi, met fin au différend entre les deux pays.")
                .agreementSummaries(), "a comma between the name and its participle");
    }

    @Test
    void sentencesOpeningOnDocumentsNamedByTheirTitlesListThemOneByOne() {
        Extracted x = Extracted.from("Le Protocole de coopération entre le Kenya et l'Éthiopie a été signé par les deux "
                + "présidents. Le Mémorandum d'accord sur la coopération portuaire entre le Kenya et l'Éthiopie a été "
                + "signé par les deux ministres. Le Programme d'actions biennal entre le Kenya et l'Éthiopie a été signé "
                + "par les ambassadeurs.");
        assertEquals(List.of("mou signed [ET, KE]", "mou signed [ET, KE]", "other signed [ET, KE]"), x.agreementSummaries());
        assertEquals(List.of("mou signed [ET, KE]"), Extracted.from("Le Kenya et l'Éthiopie ont signé un protocole "
                + "d'accord. Le Protocole a été signé par les deux présidents.").agreementSummaries(),
                "the same name: the document named again");
    }

    @Test
    void aDocumentOfTheLastOnesNameNamingNoPartyIsThatOneToldAgain() {
        String news = "Le Burkina Faso et le Niger construisent une route. Le Togo et la Banque mondiale ont signé un accord "
                + "de financement de 90 millions de dollars. ";
        assertEquals(List.of("agreement signed [Banque mondiale, TG]"), Extracted.from(news + "La rencontre a été suivie "
                + "de la signature d'un accord de financement pour la route.").agreementSummaries());
        assertEquals(List.of("agreement signed [Banque mondiale, TG]", "agreement signed [BF, NE]"), Extracted.from(news
                + "Un autre accord de financement a été signé pour la route.").agreementSummaries(), "said to be another");
    }

    @Test
    void aDefiniteDocumentOpeningThePageBeforeTheBodyReportsItIsThatOne() {
        String body = "\n\nLe président français et le Premier ministre polonais ont signé vendredi à Nancy un traité "
                + "d'amitié, face à la Russie et à l'Autriche.";
        assertEquals(List.of("treaty signed [FR, PL]"), Extracted.from("Le traité a été paraphé à l'Hôtel de Ville de "
                + "Nancy, sous les yeux de diplomates russes et autrichiens." + body).agreementSummaries());
    }

    @Test
    void theLastDocumentsNameAfterADefiniteArticleIsThatDocumentAgain() {
        assertEquals(List.of("mou signed [DZ, EG]"), Extracted.from("L'Égypte et l'Algérie ont signé un protocole d'accord "
                + "sur le gaz. Les deux parties sont convenues de former une équipe pour exécuter les activités décrites "
                + "dans le protocole d'accord.").agreementSummaries());
        assertEquals(List.of("mou signed [DZ, EG]", "mou agreed [DZ, EG]"), Extracted.from("L'Égypte et l'Algérie ont "
                + "signé un protocole d'accord sur le gaz. Les deux parties sont convenues d'un autre protocole d'accord.")
                .agreementSummaries(), "said to be another");
    }

    @Test
    void aYearInARelativeClauseAboutAPartyDatesNoDocument() {
        LocalDate published = LocalDate.of(2024, 1, 1);
        assertEquals(List.of("mou signed [ET, KE]"), Extracted.from("L'Éthiopie et le Kenya, qui a proclamé son "
                + "indépendance en 1963, ont signé lundi un protocole d'accord.", published, DatePrecision.MONTH)
                .agreementSummaries());
        assertEquals(List.of(), Extracted.from("En 2019, l'Éthiopie et le Kenya ont signé lundi un protocole d'accord.",
                published, DatePrecision.MONTH).agreementSummaries(), "a year opening the sentence dates it");
    }

    @Test
    void sentenceDatedInAnEarlierYearIsBackground() {
        assertEquals(List.of("agreement signed [KE, UG]"),
                Extracted.from("En 2024, le Kenya et l'Ouganda ont signé un accord sur le rail.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("En 2019, le Kenya et l'Ouganda ont signé un accord sur le rail.").agreementSummaries());
    }

    @Test
    void pluperfectSigningIsBackground() {
        assertEquals(List.of("agreement signed [KE, UG]"),
                Extracted.from("Le Kenya et l'Ouganda ont signé un accord sur le rail.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le Kenya et l'Ouganda avaient signé un accord sur le rail.").agreementSummaries());
    }

    @Test
    void aPluperfectInReportedSpeechIsTheSigningReported() {
        assertEquals(List.of("agreement signed [KE, UG]"), Extracted.from("La présidence kényane a indiqué que le pays "
                + "avait signé un accord sur le rail avec l'Ouganda.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("La présidence kényane a rappelé que le pays avait signé un accord "
                + "sur le rail avec l'Ouganda.").agreementSummaries(), "recalled, not reported");
    }

    @Test
    void aStatementMadeInADeclarationIsNoJointDeclaration() {
        assertEquals(List.of("agreement signed [CN, SN]"), Extracted.from("Dans une déclaration séparée, la présidence "
                + "sénégalaise a indiqué que le pays avait signé un accord avec la Chine.").agreementSummaries());
        assertEquals(List.of("joint_declaration signed [CN, SN]"), Extracted.from("Le Sénégal et la Chine ont signé "
                + "une déclaration sur le climat.").agreementSummaries());
        assertEquals(List.of("joint_declaration signed [CN, SN]"), Extracted.from("Le Sénégal et la Chine ont adopté, "
                + "dans une déclaration commune, un plan sur le climat.").agreementSummaries());
    }

    @Test
    void arrangementsAndJointIntentionsAreDocuments() {
        assertEquals(List.of("agreement signed [CN, SN]", "mou signed [CN, SN]"), Extracted.from("Le Sénégal et la Chine "
                + "ont signé un arrangement sur la pêche. Le Sénégal et la Chine ont aussi signé une intention conjointe "
                + "sur la santé.").agreementSummaries());
    }

    @Test
    void anExchangeOfNotesInTheSingularIsADocument() {
        assertEquals(List.of("agreement signed [JP, KH]"), Extracted.from("Le Cambodge et le Japon signent l'échange de "
                + "note sur un prêt.").agreementSummaries());
    }

    @Test
    void refusalToSignIsNotAnAgreement() {
        assertEquals(List.of("agreement signed [KE, UG]"),
                Extracted.from("Le Kenya et l'Ouganda ont signé l'accord sur le rail.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le Kenya et l'Ouganda n'ont pas signé l'accord sur le rail.").agreementSummaries());
    }

    @Test
    void openingOfNegotiationsIsNotAnAgreement() {
        assertEquals(List.of("agreement signed [CA, EC]"),
                Extracted.from("Le Canada et l'Équateur ont signé un accord de libre-échange.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Canada et l'Équateur ont lancé des négociations en vue d'un accord de "
                + "libre-échange.").agreementSummaries());
    }

    @Test
    void presentTenseOfAHeadlineStillSigns() {
        Agreement a = Extracted.from("Le Canada et l'Équateur signent un accord de libre-échange.").onlyAgreement();
        assertEquals("signed", a.status());
    }

    @Test
    void headlineAgreementMergesIntoTheBodysMoreSpecificOne() {
        Agreement a = Extracted.from("Lisbonne et Luanda scellent un accord historique\n\n"
                + "Le Portugal et l'Angola ont signé mardi un traité d'amitié et de coopération.").onlyAgreement();
        assertEquals("treaty", a.kind());
        assertEquals(Set.of("PT", "AO"), Extracted.parties(a));
    }

    @Test
    void definiteArticleOpeningASentenceRefersBackToTheSameDeal() {
        Agreement a = Extracted.from("La Grèce et l'Égypte vont signer un accord pour la fourniture de frégates. "
                + "Le contrat devrait être signé en décembre.").onlyAgreement();
        assertEquals("agreement", a.kind());
        assertEquals("planned", a.status());
    }

    @Test
    void announcedSigningCeremonyCountsAsSigned() {
        Agreement a = Extracted.from("Les ministres ont assisté à la signature d'un mémorandum d'entente entre la Tunisie "
                + "et l'Algérie.").onlyAgreement();
        assertEquals("signed", a.status());
        assertEquals(Set.of("TN", "DZ"), Extracted.parties(a));
    }

    @Test
    void plannedSignatureNounIsPlanned() {
        assertEquals("planned", Extracted.from("La signature d'un accord entre la Tunisie et l'Algérie est prévue en mai.")
                .onlyAgreement().status());
    }

    @Test
    void aJointCommuniqueReadOutIsAdopted() {
        assertEquals(List.of("joint_declaration signed [CL, PE]"), Extracted.from("Le président chilien est arrivé à Lima. "
                + "Une séance de travail a réuni les membres des deux délégations, suivie d'un communiqué conjoint lu par le "
                + "ministre chilien des Affaires étrangères.").agreementSummaries());
    }

    @Test
    void aSigningSomeHoursAgoIsNewsOneYearsAgoIsNot() {
        assertEquals(List.of("treaty signed [CL, PE]"), Extracted.from("Le Chili et le Pérou ont signé il y a quelques "
                + "heures une convention sur les mines.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Chili et le Pérou ont signé il y a deux ans une convention sur les "
                + "mines.").agreementSummaries());
    }

    @Test
    void theSigningBetweenTwoSidesOfADocumentIsASigning() {
        assertEquals(List.of("mou signed [CL, PE]"), Extracted.from("Cette rencontre intervient au lendemain de la "
                + "signature entre le Chili et le Pérou d'une déclaration d'intention sur les mines.").agreementSummaries());
    }

    @Test
    void signingMinistriesGiveTheirSectorsAfterTheDocumentsObject() {
        Agreement a = Extracted.from("Le ministère tchadien des Mines et le ministère nigérien du Commerce ont signé "
                + "un protocole d'accord sur la santé.").onlyAgreement();
        assertEquals(List.of("health", "mining", "trade"), a.sectors());
        Agreement defence = Extracted.from("Les ministres de la Défense du Tchad et du Niger ont signé "
                + "un protocole de coopération.").onlyAgreement();
        assertEquals(List.of("defense"), defence.sectors());
    }

    @Test
    void headlineMinistriesGiveTheirSectorToTheDocumentTheBodyReports() {
        Agreement a = Extracted.from("Les ministères de la Défense tchadien et nigérien signent un protocole de coopération\n\n"
                + "Le Tchad et le Niger ont convenu de coopérer dans la formation des cadres. À Niamey, les deux parties "
                + "ont signé le protocole de coopération pour l'année 2025.").onlyAgreement();
        assertEquals(List.of("education", "defense"), a.sectors());
    }

    @Test
    void invariableDemonymLaoNamesLaos() {
        assertEquals(Set.of("VN", "LA"), Extracted.parties(Extracted.from("Les ministres de la Défense vietnamien et lao "
                + "ont signé un protocole de coopération.").onlyAgreement()));
    }

    @Test
    void cityOfTheSentenceIsThePlaceOfSigning() {
        assertEquals("LA", Extracted.from("Le Vietnam et le Cambodge ont signé un accord à Vientiane, au Laos.")
                .onlyAgreement().placeCountryIso2());
    }

    @Test
    void aCityNamingABuildingOrAStreetIsNoPlaceOfSigning() {
        assertNull(Extracted.from("Le Maroc et le Nigeria ont signé un accord à l'hôtel Bristol.")
                .onlyAgreement().placeCountryIso2());
        assertNull(Extracted.from("Le Maroc et le Nigeria ont signé un accord à l'hôtel Washington.")
                .onlyAgreement().placeCountryIso2());
        assertEquals("GB", Extracted.from("Le Maroc et le Nigeria ont signé un accord à Bristol.")
                .onlyAgreement().placeCountryIso2());
    }

    @Test
    void seatOfGovernmentNamedWithItsArticleIsThePlaceOfSigning() {
        Extracted x = Extracted.from("La Chine et le Kenya ont signé un accord à la Maison-Blanche.");
        assertEquals("US", x.onlyAgreement().placeCountryIso2());
        assertEquals(Set.of("CN", "KE"), x.countries());
        assertEquals("FR", Extracted.from("Le Maroc et le Nigeria ont signé un accord au palais de l'Élysée.")
                .onlyAgreement().placeCountryIso2());
        // standing for its government, it names the state
        assertEquals(Set.of("RU", "KZ"), Extracted.from("Le Kremlin a salué l'accord avec le Kazakhstan.").countries());
    }

    @Test
    void seatOfInstitutionsIsAPlaceNotAState() {
        assertEquals(Set.of("FR"), Extracted.from("Paris a salué la décision de l'OTAN.").countries());
        assertEquals(Set.of(), Extracted.from("Bruxelles a salué la décision de l'OTAN.").countries());
    }

    @Test
    void adverbInsideTheVerbStillGivesTheStatus() {
        assertEquals("agreed", Extracted.from("Le Kenya et l'Ouganda se sont également mis d'accord pour élargir leur coopération.")
                .onlyAgreement().status());
    }

    @Test
    void collectiveOfficialsStandForThePrincipalCountries() {
        Agreement a = Extracted.from("Le ministre kényan et son homologue ougandais se sont rencontrés. "
                + "Les deux responsables ont convenu de renforcer leur coopération énergétique.").onlyAgreement();
        assertEquals(Set.of("KE", "UG"), Extracted.parties(a));
    }

    @Test
    void headlineBetweenCapitalsMergesIntoTheDealBetweenTheirCompanies() {
        Agreement a = Extracted.from("Oslo et Lisbonne signent un contrat éolien\n\nLa société norvégienne Nordvind et "
                + "l'entreprise portugaise Ventomar ont signé un contrat pour trois parcs éoliens.").onlyAgreement();
        assertEquals(Set.of("Nordvind", "Ventomar"), Extracted.parties(a));
    }

    @Test
    void aHeadlineCountryMayBeThatOfACompanyWhoseCountryTheBodyDoesNotSay() {
        Agreement a = Extracted.from("Une société norvégienne signe un contrat avec le Portugal\n\nLa société norvégienne "
                + "Nordvind a signé un contrat avec la société Ventomar Holdings pour trois parcs éoliens.").onlyAgreement();
        assertEquals(Set.of("Nordvind", "Ventomar Holdings"), Extracted.parties(a));
    }

    @Test
    void relaunchedNegotiationsAreNotAnAgreement() {
        assertEquals(List.of("agreement agreed [CL, PE]"),
                Extracted.from("Le Pérou et le Chili ont convenu d'un accord de libre-échange.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Pérou et le Chili ont convenu de relancer les négociations sur un accord "
                + "de libre-échange.").agreementSummaries());
    }

    @Test
    void aYearInALaterClauseDoesNotMakeTheSigningBackground() {
        Agreement a = Extracted.from("Le Pérou et le Chili ont adopté lundi une déclaration commune à l'issue de leur "
                + "sommet bilatéral, le premier depuis 2019.").onlyAgreement();
        assertEquals("joint_declaration", a.kind());
    }

    @Test
    void aYearRightAfterTheTriggerStillMakesItBackground() {
        assertEquals(List.of("agreement signed [MA, MR]"),
                Extracted.from("L'accord de pêche conclu entre le Maroc et la Mauritanie en 2024 reste en vigueur.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("L'accord de pêche conclu entre le Maroc et la Mauritanie en 2015 reste en vigueur.").agreementSummaries());
    }

    @Test
    void agreementInForceSinceAnEarlierYearIsBackground() {
        assertEquals(List.of("agreement signed [CN, PE]"),
                Extracted.from("L'accord de libre-échange entre le Pérou et la Chine a été signé à Pékin.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("L'accord de libre-échange entre le Pérou et la Chine, en vigueur depuis 2010, "
                + "a été signé à Pékin.").agreementSummaries());
    }

    @Test
    void batchCountedSeparatelyFromASingleAgreementBetweenTheSameCountries() {
        List<Agreement> found = Extracted.from("Le Pérou et la Chine ont signé un accord de libre-échange révisé. "
                + "Au total, une dizaine d'accords de coopération ont été signés par les deux pays.").agreements();
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void aDocumentOpeningTheSentenceAfterAStatementIsTheDocumentItMade() {
        assertEquals(List.of("agreement agreed [KE, UG]"),
                Extracted.from("Le gouvernement kényan s'est accordé avec l'Ouganda pour construire une ligne de train. "
                        + "Un accord qui permettra de relier les deux capitales.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le gouvernement kényan a reçu le président de l'Ouganda pour parler du train. "
                        + "Un accord qui permettrait de relier les deux capitales reste lointain.").agreementSummaries());
    }

    @Test
    void aDefiniteDocumentNamedByAWordOfAnEarlierOnesNameIsThatDocument() {
        assertEquals(List.of("mou signed [KE, TZ]"), Extracted.from("Le Kenya et la Tanzanie ont signé un protocole d'accord "
                + "sur la pêche. L'accord, qui permet au Kenya et à la Tanzanie de gérer ensemble leurs pêcheries, "
                + "a été signé par les deux ministres.").agreementSummaries());
        assertEquals(List.of("mou signed [KE, TZ]", "agreement signed [KE, UG]"), Extracted.from("Le Kenya et la Tanzanie "
                + "ont signé un protocole d'accord sur la pêche. L'accord entre le Kenya et l'Ouganda a été signé la veille.")
                .agreementSummaries(), "other parties: another document");
    }

    @Test
    void aDefiniteDocumentAfterAStatementIsTheDocumentItMadeSignedAsItsSentenceSays() {
        String agreed = "Le groupe français Orano et le groupe japonais Mitsubishi Heavy Industries ont convenu jeudi de "
                + "coopérer dans l'hydrogène. ";
        assertEquals(List.of("mou signed [MHI, Orano]"), Extracted.from(agreed + "Signé lors "
                + "d'une visite du ministre japonais de l'Industrie, le protocole d'accord prévoit deux usines.").agreementSummaries());
        assertEquals(List.of("mou signed [MHI, Orano]"), Extracted.from(agreed + "Signé à Tokyo, "
                + "le protocole d'accord prévoit deux usines.").agreementSummaries(), "no party in its sentence");
    }

    @Test
    void aSentenceReferringBackNamesTheSignatoriesAndTheDay() {
        Agreement a = Extracted.from("Le gouvernement malien a signé un contrat avec une société publique chinoise pour "
                + "un barrage. Le contrat a été paraphé le 13 août à Bamako par le ministre malien de l'Énergie et la "
                + "société Andes Power & Water (APW).", LocalDate.of(2011, 8, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(Set.of("ML", "APW"), Extracted.parties(a), "the company signed for China");
        assertEquals(LocalDate.of(2011, 8, 13), a.signedOn(), "the day of the month said before");
    }

    @Test
    void aWeekdayAfterADatelineNamingItsCountryIsTheWeekBefore() {
        Agreement a = Extracted.from("Dakar, Sénégal, 10 novembre (Agence) - Le Sénégal et le Congo ont signé jeudi à "
                + "Dakar huit accords de coopération.", LocalDate.of(2018, 11, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2018, 11, 8), a.signedOn(), "the Thursday before the dateline's Saturday");
    }

    @Test
    void aPagesStampWithItsWeekdayDatesNothingButItsWeekdays() {
        Agreement a = Extracted.from("Publié le vendredi 22 décembre 2023 | Le Journal\n\nLe Sénégal et l'Iran ont signé "
                + "quatre accords de coopération. La signature a eu lieu ce jeudi à Dakar.", LocalDate.of(2023, 12, 1),
                DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2023, 12, 21), a.signedOn(), "the Thursday before the stamp's Friday");
    }

    @Test
    void aSentenceTellingOfTheSigningSaysWhenAndWhereItWasSigned() {
        String signed = "Bangkok, 26 avril (Agence) - Le Chili et le Pérou ont signé un accord ferroviaire reliant Lima "
                + "à la capitale de Santiago. ";
        Agreement a = Extracted.from(signed + "L'accord a été signé le 25 avril par les deux ministres. "
                + "La cérémonie de signature a eu lieu à Pékin, en marge d'un forum.", LocalDate.of(2019, 4, 1),
                DatePrecision.MONTH).onlyAgreement();
        assertEquals("CN", a.placeCountryIso2(), "the ceremony's city, not the railway's");
        assertEquals(LocalDate.of(2019, 4, 25), a.signedOn(), "the day of the signing, not of the dateline");
        assertEquals("SA", Extracted.from("Le Chili et le Pakistan ont signé mercredi un accord de défense. L'accord a été "
                + "signé lors de la visite d'État à Ryad du Premier ministre pakistanais.").onlyAgreement().placeCountryIso2());
    }

    @Test
    void aPartOfACountryOrATownInItSaysWhereTheDocumentWasSigned() {
        assertEquals("ML", Extracted.from("Le Niger et le Tchad ont signé un accord sur l'élevage. L'accord, signé samedi à "
                + "Kidal, ville du sénateur Traoré, dans le nord-est du Mali, ouvre la voie aux échanges.")
                .onlyAgreement().placeCountryIso2(), "the country the town lies in");
        Agreement a = Extracted.from("Le Brésil et le Chili ont signé, mardi 4 mars dans la capitale péruvienne, un accord "
                + "sur la pêche.").onlyAgreement();
        assertEquals("PE", a.placeCountryIso2(), "a capital named by its country's demonym");
        assertEquals(null, a.placeName(), "no town is named");
        assertEquals("AR", Extracted.from("Le Brésil et le Chili ont signé un accord minier à Ushuaïa (Argentine), selon "
                + "la presse.").onlyAgreement().placeCountryIso2(), "a town, its country in brackets");
        assertEquals(null, Extracted.from("Le Brésil et le Chili ont signé un accord sur le nord de l'Argentine.")
                .onlyAgreement().placeCountryIso2(), "a part of a country without a locative says no place");
    }

    @Test
    void aCountryInASentenceOnTheSigningCeremonySaysNoPlace() {
        assertEquals("VN", Extracted.from("Le Vietnam et le Chili ont signé dimanche à Hanoï un accord sur le commerce. "
                + "S'adressant à la cérémonie de signature, le ministre a rappelé le sommet du G20 au Japon.")
                .onlyAgreement().placeCountryIso2(), "a country there is where something else took place");
    }

    @Test
    void theArticlesFirstPlaceIsATownOrACountryAfterALocativeWhicheverComesFirst() {
        String visit = "C'était le premier jour de la visite d'État du président camerounais en Égypte.\n\n"
                + "Le Cameroun et l'Égypte ont signé trois accords de coopération.\n\n";
        assertEquals("EG", Extracted.from(visit + "Le prêt servira aussi à alimenter en eau les villes de Garoua et Maroua.")
                .onlyAgreement().placeCountryIso2(), "a town named later is what a document serves");
        assertEquals("Garoua", Extracted.from("Après une prière pour deux rois très populaires en Égypte, la délégation "
                + "égyptienne a été reçue à Garoua. Le Cameroun et l'Égypte ont signé trois accords.").onlyAgreement()
                .placeName(), "a town up to the document's sentence first");
        assertEquals("Alexandrie", Extracted.from(visit + "La visite s'achèvera à Alexandrie.").onlyAgreement().placeName(),
                "the country's own town, when the article names one there");
    }

    @Test
    void aRegionInBracketsAfterATownIsAPlace() {
        assertEquals("CA", Extracted.from("La France et l'Allemagne ont signé une déclaration sur l'hydrogène à "
                + "Gander (Terre-Neuve-et-Labrador).").onlyAgreement().placeCountryIso2());
    }

    @Test
    void aDocumentWithADefiniteArticleAndNoPartyRefersBack() {
        Agreement a = Extracted.from("Le Kenya et l'Ouganda ont signé deux contrats sur le rail. "
                + "La signature des contrats a eu lieu à Kampala.").onlyAgreement();
        assertEquals("Kampala", a.placeName());
        assertEquals(List.of("contract signed [KE, UG]", "agreement signed [KE, UG]"),
                Extracted.from("Le Kenya et l'Ouganda ont signé deux contrats sur le rail. "
                        + "Un accord a aussi été signé à Kampala.").agreementSummaries());
    }
    @Test
    void documentsWithoutAPlaceOfTheirOwnWereSignedWhereTheArticleSaysItsDocumentsWere() {
        Extracted x = Extracted.from("Au lieu d'aller au sommet du processus de Berlin, le président serbe s'est rendu en Asie. "
                + "Trois accords ont été signés à Hanoï par la Serbie et le Vietnam. "
                + "Les deux pays ont également convenu d'un accord-cadre sur les autoroutes.");
        assertEquals(List.of("VN", "VN"), x.agreements().stream().map(Agreement::placeCountryIso2).toList());
        List<Agreement> planned = Extracted.from("Le ministre était à Berlin lundi. Le Vietnam a signé à Hanoï un traité "
                + "avec la Serbie. Les deux pays devraient signer un accord sur les autoroutes.").agreements();
        assertEquals(List.of("VN", "DE"), planned.stream().map(Agreement::placeCountryIso2).toList(),
                "a document to come is not said to be signed where the others were");
    }

    @Test
    void aTriggersAbbreviationInBracketsIsTheSameDocument() {
        assertEquals(List.of("mou signed [Kappa Gas, Volta Oil]"), Extracted.from("La société Volta Oil a indiqué avoir signé un "
                + "Mémorandum d'Entente (MoU) avec la société Kappa Gas. Pour rappel, le groupe ghanéen avait signé deux MoU "
                + "avec la société togolaise Zeta et la société béninoise Beta.").agreementSummaries());
    }

    @Test
    void aSubjectAfterAnOpeningParticipleNamesTheDocumentReportedBefore() {
        assertEquals(List.of("mou signed [GH, TG]"), Extracted.from("Le mémorandum d'entente sur l'établissement d'un "
                + "partenariat stratégique entre le Ghana et le Togo, signé mercredi à Accra, vise à jeter les bases d'un "
                + "partenariat énergétique. Paraphé par le ministre de l'Énergie, Kofi Mensah, et le secrétaire d'État "
                + "togolais, le mémorandum vise aussi les énergies renouvelables.").agreementSummaries());
    }

    @Test
    void aPassiveOfConvenirAgreesADocument() {
        assertEquals(List.of("agreement agreed [GH, TG]"), Extracted.from("Le président ghanéen était à Lomé. Un accord "
                + "sur l'exemption de visas pour les passeports diplomatiques a notamment été convenu avec le Togo.")
                .agreementSummaries());
    }

    @Test
    void findingAnAccordAgreesIt() {
        assertEquals(List.of("agreement agreed [FMI, GH]"), Extracted.from("Le FMI trouve un accord avec le Ghana sur un "
                + "prêt de deux milliards de dollars.").agreementSummaries());
        assertEquals(List.of("agreement agreed [FMI, GH]"), Extracted.from("Le FMI a fait savoir samedi qu'un accord "
                + "avait été trouvé avec le Ghana en vue d'un prêt.").agreementSummaries());
    }

    @Test
    void aDocumentCitedWithSelonIsTheTextOfTheOneBefore() {
        assertEquals(List.of("mou signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont conclu un accord pour coopérer "
                + "dans la sécurité, selon un mémorandum d'entente signé jeudi à Accra. Les deux pays ont convenu "
                + "d'échanger des informations, selon le texte de l'accord.").agreementSummaries());
    }

    @Test
    void theDefiniteObjectOfASigningNamesTheLastDocumentAgain() {
        assertEquals(List.of("agreement signed [BJ, GH, TG, UA]"), Extracted.from("Le Ghana, le Togo et le Bénin ont signé "
                + "un accord sur la police. Les ministres ghanéen et togolais, l'ambassadeur du Bénin et celui de l'Union "
                + "africaine ont paraphé l'accord ainsi que le ministre de la Justice.").agreementSummaries());
        assertEquals(2, Extracted.from("Le Ghana et le Togo ont signé un accord sur la police. Le Ghana et le Togo ont "
                + "ensuite signé l'accord de pêche.").agreements().size(), "a document named by its own complement");
    }

    @Test
    void feminineSidesComingToAnAgreementAgreeAPartnership() {
        assertEquals(List.of("partnership agreed [GH, UE]"), Extracted.from("Le Ghana et l'Union européenne se sont mises "
                + "d'accord lundi pour renforcer leur partenariat stratégique global.").agreementSummaries());
    }

    @Test
    void workingInPartnershipIsNoPartnershipAgreed() {
        assertEquals(List.of("contract signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont signé deux contrats "
                + "dimanche. Les deux contrats d'hydrocarbures concernent les champs d'exploitation opérés en partenariat à "
                + "Kappa, Zeta et Beta, et permettront de faire bénéficier les deux contractants de dispositions prévues dans "
                + "la nouvelle loi, a-t-on indiqué lors de la cérémonie de signature.").agreementSummaries());
    }
}
