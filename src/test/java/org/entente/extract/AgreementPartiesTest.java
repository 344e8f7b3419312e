package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.Organization;
import org.junit.jupiter.api.Test;

/** Who signs: collectives of more than two, parenthesized acronyms, appositions, article-defined acronyms. */
class AgreementPartiesTest {

    @Test
    void officeNamedWithoutItsCountrySignsForTheArticlesOtherCountry() {
        String visit = "Le Sénégal et le Brésil ont tenu leur commission mixte à Dakar. ";
        Extracted x = Extracted.from(visit + "Un mémorandum sur la pêche a été signé par le ministre de la Pêche, "
                + "Amadou Ba, et le ministre brésilien de l'Agriculture, Paulo Lima.");
        assertEquals(Set.of("SN", "BR"), Extracted.parties(x.onlyAgreement()));
        // the office's country said: one side only, and no document
        assertEquals(List.of(), Extracted.from(visit + "Un mémorandum sur la pêche a été signé par le ministre "
                + "brésilien de l'Agriculture, Paulo Lima.").agreementSummaries());
    }

    @Test
    void anOfficeWithoutCountryBeforeAndAnotherSignatoryIsTheArticlesOtherCountry() {
        String news = "Le Cameroun et la Chine renforcent leur coopération. ";
        assertEquals(List.of("agreement signed [CM, CN]"), Extracted.from(news + "Le ministre de l'Économie et "
                + "l'ambassadeur de Chine, M. Wei, ont signé vendredi un accord de coopération.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(news + "Le ministre de l'Économie et des Finances de Chine, M. Wei, a "
                + "signé vendredi un accord de coopération.").agreementSummaries(), "'et des': the portfolio goes on");
    }

    @Test
    void aCountryNamedAsWhereItsTownLiesIsNoPrincipalCountry() {
        String signing = "Le ministre des Finances a signé le 3 juin à Osaka, au Japon, un accord de prêt avec la Banque "
                + "africaine de développement. ";
        String later = "Le prêt financera une route au Bénin. Le ministre béninois des Finances a salué l'accord.";
        assertEquals(List.of("agreement signed [BAD, BJ]"),
                Extracted.from(signing + later).agreementSummaries());
        // the country named as a side, not as where its town lies, stays the principal one
        assertEquals(List.of("agreement signed [BAD, JP]"), Extracted.from(signing
                .replace("à Osaka, au Japon,", "au Japon") + "Le Japon accueille la réunion. Le Japon et la Banque "
                + "coopèrent. " + later).agreementSummaries());
    }

    @Test
    void theHostsOfAMeetingNamedInAnOpeningParticipleSignNothing() {
        assertEquals(List.of("agreement signed [CO, VE]"), Extracted.from("Réunis à Quito sous l'égide de l'Union africaine "
                + "représentée par le président du Ghana et de l'Équateur, les présidents de la Colombie et du Venezuela ont "
                + "adopté un accord en sept points.").agreementSummaries());
    }

    @Test
    void statesOfFederationsSignForTheirCountry() {
        assertEquals(List.of("joint_declaration signed [CA, MX]"), Extracted.from("Le premier ministre du Manitoba et le "
                + "gouverneur de l'État de Jalisco ont signé une déclaration commune sur l'éducation.").agreementSummaries());
        assertEquals(List.of("agreement signed [BR, IN]"), Extracted.from("Le Minas Gerais et le Karnataka ont signé un "
                + "accord de coopération.").agreementSummaries());
    }

    @Test
    void aLocalGovernmentNamedWithoutItsCountrySignsForTheArticlesOtherCountry() {
        String visit = "La coopération entre le Vietnam et le Japon progresse. ";
        assertEquals(List.of("agreement signed [JP, VN]"), Extracted.from(visit + "Des représentants de la province "
                + "centrale de Quang Lam et de la ville japonaise d'Izumitaka ont signé lundi un accord d'amitié.")
                .agreementSummaries());
        assertEquals(List.of(), Extracted.from(visit + "Des représentants de la ville japonaise d'Izumitaka ont signé "
                + "lundi un accord d'amitié.").agreementSummaries(), "one side only");
    }

    @Test
    void twoSidesInTheSubjectAreTheTwoOrganizationsOfTheSentenceBefore() {
        String dispute = "Le groupe Kappa Energie avait attaqué en justice la société Lambda Steel aux États-Unis. ";
        assertEquals(List.of("agreement signed [Kappa Energie, Lambda Steel]"), Extracted.from(dispute
                + "Les deux parties ont finalement signé un accord à l'amiable.").agreementSummaries());
        assertEquals(List.of("agreement signed [Kappa Energie, Lambda Steel]"), Extracted.from(dispute
                + "Les deux groupes ont finalement signé un accord à l'amiable.").agreementSummaries());
        assertEquals(List.of("agreement signed [FR, MA]"), Extracted.from("Le Maroc et la France renforcent leur "
                + "coopération. Le groupe Kappa Energie ouvre une usine. Les deux parties ont signé un accord sur "
                + "l'eau.").agreementSummaries(), "one organization before: the two countries, as before");
    }

    @Test
    void twoSidesInTheSubjectAreTheTwoOrganizationsTheSentencesBeforeComeTo() {
        assertEquals(List.of("contract signed [Kappa Avia, Lambda Air]", "agreement signed [Kappa Avia, Lambda Air]"),
                Extracted.from("Le constructeur Kappa Avia a signé un contrat avec la compagnie Lambda Air pour dix avions. "
                + "Cette commande est la plus grosse de l'année, a précisé Kappa Avia. Les deux entreprises ont aussi "
                + "signé un accord de maintenance.").agreementSummaries());
        assertEquals(List.of("contract signed [Kappa Avia, Lambda Air]"), Extracted.from("Le constructeur Kappa Avia a "
                + "signé un contrat avec la compagnie Lambda Air. Le groupe Sigma Bank finance la commande. "
                + "Les deux entreprises ont aussi signé un accord de maintenance.").agreementSummaries(),
                "three organizations before: no pair");
    }

    @Test
    void anOfficeWithoutItsCountryOpeningEntreIsThePrincipalCountryBesideTheOtherSide() {
        String visit = "Le Maroc reçoit des investisseurs du Golfe. ";
        assertEquals(List.of("agreement signed [Kappa Milk, MA]"), Extracted.from(visit + "Le ministre a présidé la "
                + "cérémonie de signature d'un accord-cadre entre le ministère de l'Agriculture et la société qatarie "
                + "Kappa Milk.").agreementSummaries());
        assertEquals(List.of("agreement signed [Kappa Milk, QA]"), Extracted.from(visit + "Le ministre a présidé la "
                + "cérémonie de signature d'un accord-cadre entre le ministère qatari de l'Agriculture et la société "
                + "qatarie Kappa Milk.").agreementSummaries(), "the office's country said");
    }

    @Test
    void theCountryOfAVisitInTheSentenceIsTheHostBesideTheGuest() {
        String before = "Le Liban soutient la paix. ";
        assertEquals(List.of("joint_declaration signed [FR, TN]"), Extracted.from(before + "Une déclaration commune "
                + "signée a été le point fort de la visite en Tunisie du président français Paul Durand.")
                .agreementSummaries());
        assertEquals(List.of(), Extracted.from(before + "Une déclaration commune signée a été le point fort de la visite "
                + "du président français Paul Durand.").agreementSummaries(), "no country visited: one side");
    }

    @Test
    void aNameRunsNoFurtherThanItsLine() {
        String heading = "• Un entretien avec le Premier ministre libanais Najib Kamal\n\nDJERBA : ";
        assertEquals(List.of(), Extracted.from(heading + "Un accord a été signé par la France à DJERBA.")
                .agreementSummaries(), "the dateline is no Lebanese signatory");
        assertEquals(List.of("agreement signed [FR, LB]"), Extracted.from(heading + "Un accord a été signé par la France "
                + "et M. Kamal.").agreementSummaries());
    }

    @Test
    void aBanksFinancingWithNoBorrowerNamedIsToTheArticlesPrincipalCountry() {
        String news = "La Tunisie accueille un forum sur l'investissement. ";
        assertEquals(List.of("contract planned [BEI, TN]"), Extracted.from(news + "La BEI signera un contrat de "
                + "financement de 200 millions d'euros pour moderniser la route entre Sfax et Gafsa.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(news + "La BEI signera un contrat de service pour moderniser la "
                + "route entre Sfax et Gafsa.").agreementSummaries(), "no loan, no borrower");
    }

    @Test
    void theBodyAFundingDocumentIsFromLendsIt() {
        assertEquals(List.of("agreement signed [Banque mondiale, KE]"), Extracted.from("Le Kenya a obtenu une ligne de "
                + "crédit de 50 millions de dollars de la Banque mondiale pour ses routes.").agreementSummaries());
        assertEquals(List.of("agreement signed [Banque mondiale, Fonds Lambda]"), Extracted.from("Le Fonds Lambda a "
                + "annoncé avoir bénéficié d'une nouvelle ligne de crédit de la Banque mondiale.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le Kenya a obtenu une ligne de crédit pour financer les routes de la "
                + "Banque mondiale.").agreementSummaries(), "a purpose between: the body is no lender");
        assertEquals(List.of(), Extracted.from("Le Kenya a obtenu un accord de coopération de la Banque mondiale.")
                .agreementSummaries(), "no funding document");
    }

    @Test
    void aCountedBatchWithAsManyCounterpartsOfAnotherKindIsOneDocumentACounterpart() {
        assertEquals(List.of("agreement signed [Banque mondiale, TG]", "agreement signed [Banque mondiale, NE]",
                "agreement signed [Banque mondiale, LR]"), Extracted.from("La Banque mondiale a signé dimanche trois "
                + "accords de prêt avec le Togo, le Niger et le Libéria.").agreementSummaries());
        assertEquals(1, Extracted.from("Le Chili et le Pérou ont signé deux accords avec la Bolivie.").agreements().size(),
                "sides of one kind: the batch stays one");
        assertEquals(1, Extracted.from("La Banque mondiale a signé deux accords de prêt avec le Togo, le Niger et le "
                + "Libéria.").agreements().size(), "more counterparts than documents: the batch stays one");
    }

    @Test
    void aLoanDocumentIsAnAgreement() {
        assertEquals(List.of("agreement signed [Banque mondiale, ML]"), Extracted.from("Le ministre malien des Finances "
                + "a signé un document de prêt avec la Banque mondiale.").agreementSummaries());
    }

    @Test
    void theCountriesOfASubordinateClauseBeforeTheVerbAreNoSubject() {
        assertEquals(List.of("agreement signed [CN, LK]"), Extracted.from("Un an après, alors que Colombo ménage ses "
                + "relations avec Pékin et New Delhi, le chef du gouvernement sri-lankais a conclu sept accords avec la "
                + "Chine.").agreementSummaries());
        assertEquals(List.of("agreement signed [CN, LK]"), Extracted.from("Le Sri Lanka, alors que l'Inde s'inquiète, a "
                + "conclu sept accords avec la Chine.").agreementSummaries(), "the subject before the clause stays");
    }

    @Test
    void theCountriesOfAnOpeningTimeSpanAreNoSubject() {
        assertEquals(List.of("agreement signed [FR, GR]"), Extracted.from("Dix jours après la crise des sous-marins "
                + "australiens, la France a signé un accord avec la Grèce.").agreementSummaries());
        assertEquals(List.of("agreement signed [FR, GR]"), Extracted.from("Quelques semaines avant la visite du président "
                + "turc, la France a signé un accord avec la Grèce.").agreementSummaries());
    }

    @Test
    void aLeaderNamedByTitleAloneBesideTheOtherSideIsTheOtherPrincipalCountry() {
        String visit = "Le président chinois Xi Jinping est arrivé mercredi à Ryad, en Arabie saoudite. ";
        assertEquals(List.of("agreement signed [CN, SA]"), Extracted.from(visit + "Xi Jinping et le prince héritier "
                + "ont signé un accord sur l'hydrogène.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(visit + "Xi Jinping et le ministre chinois du Commerce ont signé un "
                + "accord sur l'hydrogène.").agreementSummaries(), "the title's own country said: one side only");
    }

    @Test
    void aNewDocumentWithOneSideInPlaceHasTheOtherPrincipalCountryTheSentenceNames() {
        assertEquals(List.of("contract signed [FR, ID]"), Extracted.from("« Nous avons signé un contrat pour six avions », "
                + "a annoncé le ministre indonésien après une rencontre avec son homologue française.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("« Nous avons signé le contrat pour six avions », a annoncé le ministre "
                + "indonésien après une rencontre avec son homologue française.").agreementSummaries(),
                "a document named with 'le' may be one reported before");
    }

    @Test
    void aDemonymRightAfterAnOrganizationIsItsNationalityNoParty() {
        assertEquals(List.of("agreement signed [HT, Service National d'Apprentissage]"), Extracted.from("Un accord a été "
                + "signé entre le ministère haïtien et le Service National d'Apprentissage colombien.").agreementSummaries());
    }

    @Test
    void aCompanysContractInACountryIsWithThatCountry() {
        assertEquals(List.of("contract signed [MA, Vinci]"), Extracted.from("Le groupe Vinci a signé un contrat de deux "
                + "milliards d'euros au Maroc pour trois autoroutes.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Le groupe Vinci a signé un contrat de deux milliards d'euros à Casablanca.")
                .agreementSummaries(), "a town names no client");
        assertEquals(List.of(), Extracted.from("Le groupe Vinci a signé un contrat de deux milliards d'euros en France.")
                .agreementSummaries(), "the company's own country is no client");
    }

    @Test
    void aTrilateralDocumentIsBetweenTheArticlesThreePrincipalCountries() {
        Agreement a = Extracted.from("Le Niger a reçu les délégations du Mali et du Tchad. Le Mali et le Niger ont évoqué "
                + "la sécurité. Une déclaration conjointe tripartite a ensuite été signée, où le Tchad s'engage à ouvrir "
                + "sa frontière.").onlyAgreement();
        assertEquals("joint_declaration", a.kind());
        assertEquals(Set.of("ML", "NE", "TD"), Extracted.parties(a));
    }

    @Test
    void aDocumentJustSignedIsSigned() {
        assertEquals(List.of("agreement signed [FR, ML]"), Extracted.from("La France et le Mali viennent de signer un "
                + "accord de défense.").agreementSummaries());
        assertEquals(List.of("contract signed [EG, Siemens]"), Extracted.from("Siemens vient de décrocher un contrat "
                + "ferroviaire en Égypte.").agreementSummaries());
    }

    @Test
    void aPersonNamedAsTheLastSideSignsForWhatHerPositionNames() {
        assertEquals(List.of("treaty signed [BAD, SN]"), Extracted.from("Deux conventions ont "
                + "été signées jeudi entre Awa Ndiaye, ministre sénégalaise des Finances, et Paul Martin, directeur du "
                + "département Afrique de l'Ouest, Sahel à la Banque africaine de développement, pour financer une route.")
                .agreementSummaries());
        assertEquals(List.of("mou signed [IT, LY]"), Extracted.from("Un mémorandum a été signé à Rome entre Fayez Salem, "
                + "le chef du gouvernement de Libye, et Paolo Neri, le président du Conseil italien.").agreementSummaries(),
                "the position after an article");
        // "en présence de …" after the last side is no apposition: the countries there do not sign
        assertEquals(List.of(), Extracted.from("La convention a été signée par Awa Ndiaye, ministre sénégalaise des "
                + "Finances, et le président Paul Martin, en présence des dirigeants du Mali et du Niger.").agreementSummaries());
    }

    @Test
    void aDocumentOpeningTheSubjectAfterItsSettingLeavesThePartiesToTheVerb() {
        assertEquals(List.of("agreement signed [Airbus, Norvalis Energia]"), Extracted.from("Le Chili ayant "
                + "confié le projet à Airbus, un accord vient d'être signé entre Norvalis Energia et Airbus.")
                .agreementSummaries(), "Chile gave the project; it signs nothing");
    }

    @Test
    void aSubNationalGovernmentSignsForItsStateAndIsNoMentionOfIt() {
        Extracted x = Extracted.from("Le gouvernement de l'Ontario et la Bavière ont conclu une entente de coopération "
                + "dans le domaine de l'énergie.");
        assertEquals(Set.of("CA", "DE"), Extracted.parties(x.onlyAgreement()));
        assertEquals(Set.of(), x.countries(), "a region is no mention of its state among the article's countries");
        Agreement province = Extracted.from("La province du Sichuan et le Laos ont signé un protocole d'accord "
                + "sur l'agriculture.").onlyAgreement();
        assertEquals(Set.of("CN", "LA"), Extracted.parties(province));
    }

    @Test
    void aRegionAfterAPlacePrepositionIsWhereTheySigned() {
        Agreement a = Extracted.from("Le Laos et le Vietnam ont signé un accord sur le commerce dans la province "
                + "du Yunnan.").onlyAgreement();
        assertEquals(Set.of("LA", "VN"), Extracted.parties(a), "the place of signing is no party");
        assertEquals("CN", a.placeCountryIso2());
        Agreement inCatalonia = Extracted.from("Le Maroc et le Portugal ont signé en Catalogne un accord sur la pêche.")
                .onlyAgreement();
        assertEquals(Set.of("MA", "PT"), Extracted.parties(inCatalonia));
        assertEquals("ES", inCatalonia.placeCountryIso2());
    }

    @Test
    void aPersonIntroducedWithAStateSignsForItWhenNamedAgain() {
        Agreement a = Extracted.from("Le ministre malien de la Défense Sadio Camara était à Moscou lundi. "
                + "Un accord sur l'énergie nucléaire a été signé par M. Camara et le groupe Rosatom.").onlyAgreement();
        assertEquals(Set.of("ML", "Rosatom"), Extracted.parties(a));
        Agreement behalf = Extracted.from("Le contrat a été signé par le PDG d'Airbus et, pour l'Etat du Koweït, par le "
                + "général Ahmad al-Sabah. Un accord distinct a été signé par le général Sabah et le groupe Thales.")
                .agreements().get(1);
        assertEquals(Set.of("KW", "Thales"), Extracted.parties(behalf), "'al-Sabah' is 'Sabah' again");
    }

    @Test
    void aSurnameIntroducedWithTwoStatesSignsForNeither() {
        assertEquals(List.of(), Extracted.from("Le ministre malien Ali Traoré et le ministre burkinabè Issa Traoré se "
                + "sont rencontrés. Un accord a été signé par M. Traoré et le groupe Rosatom.").agreements());
    }

    @Test
    void threeCountriesNamedInTheSubjectAllSign() {
        Agreement a = Extracted.from("Le Niger, le Tchad et le Nigeria ont signé jeudi à Niamey un accord sur la sécurité "
                + "des frontières.").onlyAgreement();
        assertEquals(Set.of("NE", "TD", "NG"), Extracted.parties(a));
    }

    @Test
    void lesTroisPaysStandsForTheThreePrincipalCountriesAndTheLenderJoins() {
        List<Agreement> found = Extracted.from("Le Niger, le Tchad et le Nigeria ont relancé le projet de route "
                + "transsaharienne. Le Niger et le Tchad en financeront une partie, et le Nigeria le reste. Les trois pays "
                + "ont signé un accord de prêt avec la Banque africaine de développement.").agreements();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("NE", "TD", "NG", "BAD"), Extracted.parties(found.get(0)));
    }

    @Test
    void partiesBetweenParenthesizedAcronymsAreBothRead() {
        Agreement a = Extracted.from("Un protocole d'entente a été conclu entre l'Institut océanographique de Nouvelle-Zélande "
                + "(IONZ) et l'Office maritime du Chili (OMC) sur la surveillance des côtes.").onlyAgreement();
        assertEquals(Set.of("IONZ", "OMC"), Extracted.parties(a));
    }

    @Test
    void aListOfPartiesAfterBetweenRunsThroughItsCommasToItsEt() {
        Agreement a = Extracted.from("Un accord a été signé entre le Pérou, la Bolivie et l'Équateur.").onlyAgreement();
        assertEquals(Set.of("PE", "BO", "EC"), Extracted.parties(a));
        Agreement b = Extracted.from("Le Chili a signé un accord avec le Pérou, la Bolivie restant à l'écart.").onlyAgreement();
        assertEquals(Set.of("CL", "PE"), Extracted.parties(b), "no 'et': the comma ends the phrase");
    }

    @Test
    void aStateAndItsOwnAgencyAreOneSideAndTheWithCueGivesTheOther() {
        Agreement a = Extracted.from("Le Japon, par l'intermédiaire de la JICA, a signé avec le Pérou un accord de prêt.")
                .onlyAgreement();
        assertEquals(Set.of("JP", "JICA", "PE"), Extracted.parties(a));
    }

    @Test
    void theSubjectsCounterpartIsTheOtherPrincipalCountry() {
        Agreement a = Extracted.from("Le président chilien, en visite d'État au Pérou, et son homologue ont signé un accord "
                + "sur les mines.").onlyAgreement();
        assertEquals(Set.of("CL", "PE"), Extracted.parties(a));
    }

    @Test
    void anExampleOfABatchSignedByOthersIsADocumentOfItsOwn() {
        List<Agreement> found = Extracted.from("Le Chili et le Pérou ont signé douze accords. Parmi eux figure un "
                + "protocole d'accord entre la compagnie d'État chilienne Enermar et la société péruvienne Norvalis.").agreements();
        assertEquals(List.of(Set.of("CL", "PE"), Set.of("Enermar", "Norvalis")), found.stream().map(Extracted::parties).toList());
        assertEquals(1, Extracted.from("Le Chili et le Pérou ont signé douze accords. Parmi eux figure un accord sur "
                + "les mines.").agreements().size(), "an example signed by the same parties stays the batch");
    }

    @Test
    void examplesOfABatchGivenNoCountAreTheDocumentsThatReplaceIt() {
        assertEquals(List.of("mou signed [CL, PE]", "agreement signed [CL, PE]"), Extracted.from("Le Chili et le Pérou "
                + "ont signé des documents de coopération. Parmi ces documents figurent un protocole d'accord sur la pêche "
                + "et un accord sur les mines.").agreementSummaries());
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("Le Chili et le Pérou ont signé des accords. "
                + "Parmi ces accords figure un accord sur les mines.").agreementSummaries(),
                "the batch named again after the cue is no example: one example, the batch stays");
    }

    @Test
    void thisVisitStandsForTheTwoCountriesOfTheVisit() {
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("Le président chilien est arrivé lundi au Pérou. "
                + "Cette visite a été sanctionnée par la signature de plusieurs accords de coopération, selon le communiqué "
                + "lu par la ministre chilienne des Affaires étrangères.").agreementSummaries());
    }

    @Test
    void aDemonymAfterAnOrganizationsAcronymInBracketsIsItsNationality() {
        assertEquals(Set.of("Lambdatech", "ANR"), Extracted.parties(Extracted.from("Le groupe "
                + "Lambdatech et l'Autorité nationale des routes (ANR) péruvienne ont signé un contrat.").onlyAgreement()));
    }

    @Test
    void theLeaderOfARulingPartySignsForTheStateThePartyNames() {
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("Le secrétaire général du Parti socialiste du "
                + "Chili (PSC), Ramón Ortiz, et le président péruvien ont signé un accord sur les mines.").agreementSummaries());
        assertEquals(List.of("agreement signed [CL, PE]"), Extracted.from("Le président du Parti socialiste chilien (PSC) "
                + "a reçu le président péruvien. Le PSC et le Pérou ont signé un accord sur les mines.").agreementSummaries(),
                "its acronym too");
    }

    @Test
    void aContractWonFromACountryNamesItAfterAupres() {
        Agreement a = Extracted.from("Le groupe Norvalis a remporté un contrat auprès du Pérou pour une centrale.")
                .onlyAgreement();
        assertEquals(Set.of("Norvalis", "PE"), Extracted.parties(a));
        assertEquals(List.of("contract signed [Norvalis, PE]"), Extracted.from("Le groupe Norvalis annonce avoir remporté "
                + "un contrat auprès du Pérou pour une centrale.").agreementSummaries(), "reported in the infinitive");
    }

    @Test
    void aDemonymBeforeAWithCueIsAPartyNotTheOrganizationsNationality() {
        Agreement a = Extracted.from("Le gouvernement tchadien a signé avec la Banque mondiale un accord de don.").onlyAgreement();
        assertEquals(Set.of("TD", "Banque mondiale"), Extracted.parties(a));
    }

    @Test
    void aCountryAfterDeJoinedToAnOrganizationIsItsHomeNotAParty() {
        Agreement a = Extracted.from("L'Office national des mines (ONAM) du Tchad et la société Astrava ont signé un contrat.")
                .onlyAgreement();
        assertEquals(Set.of("ONAM", "Astrava"), Extracted.parties(a));
        Agreement b = Extracted.from("La société Astrava et la compagnie nationale du Mozambique ENH ont signé un contrat.")
                .onlyAgreement();
        assertEquals(Set.of("Astrava", "ENH"), Extracted.parties(b));
        Agreement c = Extracted.from("La société Astrava a signé un contrat avec le Tchad.").onlyAgreement();
        assertEquals(Set.of("Astrava", "TD"), Extracted.parties(c), "a country of its own still signs");
    }

    @Test
    void onceBothSidesAreNamedALaterCueIsPartOfTheObject() {
        Agreement a = Extracted.from("Le contrat, conclu entre Norvalis Energy et la société Astrava, porte sur une ligne "
                + "électrique entre le Tchad et le Cameroun.").onlyAgreement();
        assertEquals(Set.of("Norvalis Energy", "Astrava"), Extracted.parties(a));
    }

    @Test
    void aParentNamedInAppositionIsNoParty() {
        Agreement a = Extracted.from("Norvalis Energy, filiale du groupe Astrava, a signé un contrat avec le Tchad.")
                .onlyAgreement();
        assertEquals(Set.of("Norvalis Energy", "TD"), Extracted.parties(a));
        assertEquals(Set.of("Norvalis Energy", "TD"), Extracted.parties(Extracted.from("Norvalis Energy, la filiale "
                + "locale du groupe Astrava, a signé un contrat avec le Tchad.").onlyAgreement()), "an adjective after the cue");
        Agreement b = Extracted.from("La filiale de la société Astrava a signé un contrat avec le Tchad.").onlyAgreement();
        assertEquals(Set.of("Astrava", "TD"), Extracted.parties(b), "not in apposition, the parent is who signs");
    }

    @Test
    void partnerNamedInAppositionAfterAComma() {
        Agreement a = Extracted.from("La société Astrava a signé un contrat avec l'opérateur public des ports, "
                + "Société nationale des ports du Gabon (SNPG), pour un nouveau quai.").onlyAgreement();
        assertEquals(Set.of("Astrava", "SNPG"), Extracted.parties(a));
    }

    @Test
    void acronymWithCompanySuffixInParentheses() {
        Organization org = Extracted.from("Un accord a été signé par Ghana National Gas Company (GNGC Ltd) et par la "
                + "Société ivoirienne de raffinage (SIR).").organization("GNGC Ltd");
        assertEquals("Ghana National Gas Company", org.name());
    }

    @Test
    void articleDefinitionOfAnAmbiguousAcronymWins() {
        Extracted result = Extracted.from("La Banque islamique de développement (BID) a conclu avec la Mauritanie un accord "
                + "de prêt. La BID a déjà financé trois projets dans le pays.");
        assertEquals(1, result.organizations().size(), result.organizations().toString());
        assertEquals("Banque islamique de développement", result.organizations().get(0).name());
    }

    @Test
    void anotherAgreementBetweenTheSamePartiesIsASecondRow() {
        List<Agreement> found = Extracted.from("Le Ghana et le Togo ont signé un accord sur le commerce frontalier. "
                + "Un autre accord a été signé dans le domaine de la santé.").agreements();
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void plannedAndSignedAgreementsBetweenTheSameCountriesStayApart() {
        List<Agreement> found = Extracted.from("Le Ghana et le Togo ont signé mardi un accord sur la santé. "
                + "Les deux pays vont signer prochainement un accord sur l'électricité.").agreements();
        assertEquals(Set.of("signed", "planned"), Set.copyOf(found.stream().map(Agreement::status).toList()));
    }

    @Test
    void demonstrativeAfterAnAttributionRefersBack() {
        Agreement a = Extracted.from("La société Mirabor et le groupe Tessane ont signé lundi un contrat de forage. "
                + "Selon un communiqué de Mirabor, ce contrat porte sur dix puits.").onlyAgreement();
        assertEquals(Set.of("Mirabor", "Tessane"), Extracted.parties(a));
    }

    @Test
    void agreementNamedAfterAnEarlierEventIsBackground() {
        assertEquals(List.of("agreement signed [MA, ML]"),
                Extracted.from("Les relations entre le Mali et le Maroc se sont renforcées avec l'accord "
                + "conclu par Bamako avec Rabat.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Les relations entre le Mali et l'Algérie se sont tendues après l'accord "
                + "conclu par Bamako avec le Maroc.").agreementSummaries());
    }

    @Test
    void investmentProgrammeAdoptedByMinistersIsOther() {
        Agreement a = Extracted.from("Les ministres du Bénin et du Togo ont adopté un programme d'investissement commun "
                + "pour le corridor routier.").onlyAgreement();
        assertEquals("other", a.kind());
    }

    @Test
    void aThirdTextSignedByMinistersOfBothCountriesIsAnotherAgreement() {
        List<Agreement> found = Extracted.from("Le Ghana et le Togo ont signé un accord sur le commerce. Les deux "
                + "gouvernements ont aussi conclu un autre accord sur la santé. Un troisième texte, signé par les ministres de "
                + "l'Éducation des deux pays, porte sur les bourses.").agreements();
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void peacekeepingMissionIsAKnownOrganization() {
        assertEquals("MONUSCO", Extracted.from("La Monusco a salué l'accord conclu entre la RDC et le Rwanda.")
                .organizations().get(0).acronym());
    }

    @Test
    void batchWithoutSectorsTakesThoseOfTheSentenceThatDescribesIt() {
        Agreement a = Extracted.from("Le Ghana et le Togo ont signé mardi sept documents de coopération. Les textes "
                + "portent sur l'énergie et l'éducation.").onlyAgreement();
        assertEquals(List.of("energy", "education"), a.sectors());
    }

    @Test
    void aSecondAgentSignsForThePartyNamedInTheInsertBeforeIt() {
        assertEquals(List.of("contract signed [Airbus, QA]"),
                Extracted.from("Le contrat a été signé par le président d'Airbus et, pour l'État du Qatar, par le "
                        + "ministre de la Défense.").agreementSummaries());
        assertEquals(List.of(),
                Extracted.from("Le contrat a été signé par le président d'Airbus, pour le Qatar, en présence du "
                        + "ministre.").agreementSummaries());
    }

    @Test
    void whoIsQuotedAndWhereTheyWorkAreNoParties() {
        assertEquals(List.of(), Extracted.from("Selon Ana Lima, chercheuse à l'université de Brasilia, « c'est l'accord "
                + "le plus vaste que le Chili ait jamais signé ».").agreements());
    }

    @Test
    void theNextSentenceNamingTheStateByItsOwnCompanyRestatesTheSameDocuments() {
        List<Agreement> found = Extracted.from("Le Chili et TotalEnergies ont signé mercredi deux accords sur le cuivre. "
                + "Des filiales de Codelco et de TotalEnergies ont signé deux accords de vente, a annoncé Codelco.")
                .agreements();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("CL", "Codelco", "TotalEnergies"), Extracted.parties(found.get(0)));
        assertEquals(2, Extracted.from("Le Chili et TotalEnergies ont signé un accord sur le cuivre. Codelco et "
                + "TotalEnergies ont aussi signé un autre accord sur le lithium.").agreements().size(),
                "another document");
    }
    @Test
    void aNameMayPutTheFamilyNameFirst() {
        Agreement a = Extracted.from("Le président vietnamien To Lam est arrivé mardi à Santiago. "
                + "M. To a signé avec le Chili un accord sur le commerce.").onlyAgreement();
        assertEquals(Set.of("CL", "VN"), Extracted.parties(a));
        assertEquals(List.of(), Extracted.from("Le ministre chilien Alberto Lopez était à Hanoï. "
                + "M. Alberto a signé avec le Vietnam un accord sur le commerce.").agreements(),
                "a given name is no family name");
    }

    @Test
    void aTitleWithItsOwnDemonymAfterAPlaceIsThatStatesPerson() {
        Agreement a = Extracted.from("Après une escale en Bolivie, le président chilien Alberto Lopez est arrivé à Lima. "
                + "Lopez a signé avec le Pérou un accord sur le commerce.").onlyAgreement();
        assertEquals(Set.of("CL", "PE"), Extracted.parties(a), "Lopez is the Chilean president, not a Bolivian");
    }

    @Test
    void aDateOfAnOlderDocumentDoesNotDateTheOneReferredBack() {
        Agreement a = Extracted.from("Le Chili et le Pérou ont signé le contrat final de la centrale. Le contrat "
                + "vient entériner l'accord trouvé en novembre 2015.", LocalDate.of(2017, 12, 1), DatePrecision.MONTH)
                .onlyAgreement();
        assertEquals(LocalDate.of(2017, 12, 1), a.signedOn());
    }

    @Test
    void theLastSideAfterEntreMayOpenWithItsJoinerPastAComma() {
        Agreement a = Extracted.from("Un accord a été signé lundi entre la délégation venue avec le ministre ghanéen "
                + "lors de sa visite à Lomé, et des responsables togolais.").onlyAgreement();
        assertEquals(Set.of("GH", "TG"), Extracted.parties(a));
    }
    @Test
    void anAppositionMayStandBetweenTheTwoSidesAfterEntre() {
        Agreement a = Extracted.from("Un accord a été signé entre la Confédération des entreprises du Ghana (CEG), "
                + "le plus grand groupe patronal du pays, et l'une des principales entreprises togolaises Lomitex.")
                .onlyAgreement();
        assertEquals(Set.of("CEG", "Lomitex"), Extracted.parties(a));
    }

    @Test
    void aCommonNounOfAKindStandsForTheOrganizationOfThatKindNamedBefore() {
        Agreement loan = Extracted.from("La Banque mondiale finance déjà plusieurs projets au Niger. Un accord de prêt a été "
                + "signé entre le Niger et la banque pour la construction de routes.").onlyAgreement();
        assertEquals(Set.of("NE", "Banque mondiale"), Extracted.parties(loan));
        Agreement sale = Extracted.from("Le groupe Alstom est présent en Inde depuis trente ans. Le groupe a signé lundi un "
                + "contrat avec l'Inde pour la fourniture de locomotives.").onlyAgreement();
        assertEquals(Set.of("Alstom", "IN"), Extracted.parties(sale));
        assertEquals(List.of(), Extracted.from("La Banque mondiale finance des projets au Niger. Un accord a été signé "
                + "entre le Niger et la société civile.").agreements(), "'la société civile' names no company");
        assertEquals(Set.of("FMI", "NE"), Extracted.parties(Extracted.from("Le Fonds monétaire "
                + "international a reçu une délégation. Le Niger et le fonds ont conclu un accord.").onlyAgreement()),
                "'fonds' is singular too");
        assertEquals(Set.of("Banque mondiale", "TG"), Extracted.parties(Extracted.from("La Banque mondiale a approuvé un prêt au "
                + "Togo. Le ministre et la Banque ont signé l'accord de prêt jeudi.").onlyAgreement()),
                "'la Banque' with a capital and no name after it stands for the bank named before");
    }

    @Test
    void aSigningWithNoSideInItsSubjectIsTheArticlesPrincipalOnesWithTheStatesAfterAvec() {
        assertEquals(Set.of("JP", "KE"), Extracted.parties(Extracted.from("Le Japon multiplie les projets en Afrique. "
                + "Tokyo finance des routes. Un accord de prêt a été signé mardi avec le Kenya.").onlyAgreement()));
        assertEquals(Set.of("BOAD", "TG"), Extracted.parties(Extracted.from("La BOAD multiplie les projets. La BOAD "
                + "finance des routes depuis 1973. L'accord de prêt signé avec Lomé porte sur une route. La BOAD "
                + "prépare d'autres prêts.").onlyAgreement()), "the organization the article is about");
        assertEquals(Set.of("KE", "TG"), Extracted.parties(Extracted.from("Le Japon multiplie les projets en Afrique. "
                + "Le Kenya a signé un accord avec le Togo.").onlyAgreement()), "a side in the subject: none unnamed");
    }

    @Test
    void aNounWithWordsOfTheNameStandsForThatOrganizationWhateverItsKind() {
        assertEquals(Set.of("ITFC", "Banque mondiale"), Extracted.parties(Extracted.from("La Société internationale islamique "
                + "de financement du commerce prête au Mali. La société islamique a aussi signé un accord avec la Banque "
                + "mondiale.").onlyAgreement()));
        assertEquals(List.of(), Extracted.from("La Société internationale islamique de financement du commerce prête au "
                + "Mali. La société pétrolière a signé un accord avec la Banque mondiale.").agreements(),
                "words not of its name: another company");
        assertEquals(Set.of("BDEAC", "TD"), Extracted.parties(Extracted.from("La Banque de développement des États de "
                + "l'Afrique centrale prête au Congo. La banque centrale a aussi signé un accord avec le Tchad.")
                .onlyAgreement()), "a name with a word twice ('de')");
    }

    @Test
    void theOtherSideAfterAVerbOfBuyingOrSupplyingAndASignsToo() {
        assertEquals(List.of("mou signed [Air India, Airbus]"), Extracted.from("La compagnie Air India a signé mardi une "
                + "lettre d'intentions pour acheter à Airbus 210 avions.").agreementSummaries());
        assertEquals(List.of("contract signed [Airbus, Garuda Indonesia]"), Extracted.from("Garuda Indonesia a signé un "
                + "contrat pour commander 30 avions à Airbus.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("Garuda Indonesia a signé un contrat pour livrer des avions à Paris.")
                .agreementSummaries(), "a town after 'à' is where, not to whom");
        assertEquals(List.of("contract signed [KR, RO]"), Extracted.from("La Corée du Sud a conclu un contrat pour "
                + "fournir à la Roumanie des obusiers.").agreementSummaries(), "a verb of supplying: 'à' opens the buyer");
        assertEquals(List.of(), Extracted.from("La Corée du Sud a conclu un contrat pour produire des obusiers à la "
                + "Roumanie.").agreementSummaries(), "no verb of buying or supplying: 'à la Roumanie' is where");
        assertEquals(List.of("contract signed [Airbus, Garuda Indonesia]"), Extracted.from("Airbus a signé un contrat "
                + "prévoyant la vente de 26 hélicoptères (20 H145 et 6 H160) à Garuda Indonesia.").agreementSummaries(),
                "a noun of selling too, the words in brackets aside");
    }

    @Test
    void aSignatoryWhoseOfficeIsApposedWithoutACountrySignsForTheOtherPrincipalCountry() {
        String visit = "Le Maroc et la France ont tenu jeudi à Rabat leur rencontre de haut niveau. ";
        assertEquals(List.of("mou signed [FR, MA]"), Extracted.from(visit + "Une déclaration d'intention sur le numérique "
                + "a été signée par Karim Alaoui, ministre de l'Industrie, et Paul Durand, secrétaire d'État français.")
                .agreementSummaries());
        assertEquals(List.of("mou signed [FR, MA]"), Extracted.from(visit + "Une déclaration d'intention sur le sport a "
                + "été signée par Anne Martin, ministre française des Sports et Karim Alaoui, ministre de la Jeunesse.")
                .agreementSummaries(), "the second of the persons 'par' names");
    }

    @Test
    void aNounAndADemonymStandForTheOrganizationOfThatKindFromThatCountry() {
        assertEquals(List.of("contract signed [Alstom, IN]"), Extracted.from("Alstom est présent en Inde depuis trente ans. "
                + "Le groupe français a signé lundi un contrat avec l'Inde pour des locomotives.").agreementSummaries(),
                "the company, not its country");
        assertEquals(List.of("agreement signed [Bombardier, Korean Air]"), Extracted.from("Korean Air renouvelle sa flotte. "
                + "Le transporteur sud-coréen a signé une entente avec Bombardier pour dix avions.").agreementSummaries());
        assertEquals(List.of("contract signed [FR, IN]"), Extracted.from("Alstom est présent en Inde. Le gouvernement "
                + "français a signé lundi un contrat avec l'Inde.").agreementSummaries(), "a government is its state");
    }

    @Test
    void aSigningWithNoSideInItsSubjectIsThePrincipalCountryNotAmongTheStatesAfterAvec() {
        assertEquals(Set.of("JO", "LB"), Extracted.parties(Extracted.from("La Jordanie exporte du courant. La Jordanie "
                + "produit plus qu'elle ne consomme et le Liban manque d'électricité. Un accord sera signé mercredi avec la "
                + "Jordanie pour fournir de l'électricité.").onlyAgreement()), "Jordan comes first, Lebanon is the other");
    }

    @Test
    void aSigningWithNoSideInItsSubjectAndOneOrganizationAfterAvecIsThePrincipalCountryNotItsHome() {
        assertEquals(Set.of("AFD", "SN"), Extracted.parties(Extracted.from("La coopération "
                + "entre le Sénégal et la France se renforce. Trois accords de prêt ont été signés jeudi avec l'Agence "
                + "française de développement pour les routes du Sénégal.").onlyAgreement()), "not France, the agency's home");
        assertEquals(Set.of("Banque mondiale", "NE"), Extracted.parties(Extracted.from("Le ministre nigérien des Finances a "
                + "reçu les bailleurs. Le premier accord a été signé avec la Banque mondiale pour l'irrigation.")
                .onlyAgreement()));
    }

    @Test
    void aCompanyNounDescribedByItsFieldStandsForTheCompanyNamedBefore() {
        assertEquals(Set.of("Sonatrach", "Engie"), Extracted.parties(Extracted.from("Sonatrach enchaîne les contrats. La "
                + "compagnie nationale des hydrocarbures et le groupe énergétique français Engie ont conclu des accords de "
                + "vente de gaz.").onlyAgreement()));
    }

    @Test
    void anOrganizationWhoseMeetingFramesTheSigningIsNoParty() {
        assertEquals(Set.of("ML", "BW"), Extracted.parties(Extracted.from("En marge de la participation du chef de "
                + "l'État, Ibrahim Keïta (IBK), aux travaux de la 73e session de l'Assemblée générale des Nations unies à "
                + "New York, la ministre malienne et son homologue du Botswana ont signé un accord-cadre de coopération.")
                .onlyAgreement()));
    }

    @Test
    void theInstitutionStandsForTheOrganizationNamedBefore() {
        assertEquals(Set.of("BIsD", "TD"), Extracted.parties(Extracted.from("La Banque "
                + "islamique de développement finance des écoles au Tchad depuis 2010. Le président de ladite institution "
                + "et le ministre tchadien de l'Économie ont signé lundi un accord de prêt.").onlyAgreement()));
        assertEquals(Set.of("BIsD", "TD"), Extracted.parties(Extracted.from("La Banque "
                + "islamique de développement finance des écoles au Tchad. Le Tchad et l'institution ont signé lundi "
                + "un accord de prêt.").onlyAgreement()), "after a definite article too");
        assertEquals(Set.of("BIsD", "TD"), Extracted.parties(Extracted.from("La Banque "
                + "islamique de développement finance des écoles au Tchad. L'institution financière a conclu lundi avec "
                + "le Tchad un accord de prêt.").onlyAgreement()), "a word in lower case after the noun describes it");
        assertEquals(Set.of("BIsD", "TD"), Extracted.parties(Extracted.from("La Banque "
                + "islamique de développement finance des écoles au Tchad. L'accord de prêt a été signé par le président "
                + "de l'institution financière saoudienne et le ministre tchadien.").onlyAgreement()),
                "a demonym describing it is no party of its own");
    }

    @Test
    void aCountryAloneBeforeADashOpeningTheFirstLineIsItsTopicNoSubject() {
        assertEquals(List.of("contract signed [Eiffage, SODECI]"), Extracted.from("Sénégal – Signé par le groupe Eiffage "
                + "avec la société Sodeci, le contrat porte sur une usine de traitement d'eau.").agreementSummaries());
        assertEquals(Set.of("SN", "Eiffage", "SODECI"), Extracted.parties(Extracted.from("Le Sénégal - l'État - a signé "
                + "avec Eiffage et la société Sodeci un contrat pour une usine.").onlyAgreement()),
                "a country with more than a name before its dash is the subject");
    }

    @Test
    void aDemonymWhoseNounsFieldFollowsDescribesTheOrganizationAfterIt() {
        assertEquals(List.of("contract signed [Colas, SN]"), Extracted.from("Le groupe français de bâtiment et travaux "
                + "publics (BTP) Colas a signé un contrat avec le Sénégal pour une route.").agreementSummaries());
        assertEquals(Set.of("FR", "Colas", "SN"), Extracted.parties(Extracted.from("Le ministère français de l'Économie et "
                + "le groupe Colas ont signé un contrat avec le Sénégal pour une route.").onlyAgreement()),
                "'et' and an article open another party");
    }

    @Test
    void documentsListedBeforeOneWithItsOwnAvecLeaveItsCounterpartToIt() {
        List<String> summaries = Extracted.from("Le Togo et la France renforcent leur coopération à Lomé. Parmi les textes "
                + "paraphés mercredi figurent un accord sur le volontariat, un contrat de concession pour une centrale et "
                + "un protocole d'entente sur l'investissement avec l'Agence française de développement.").agreementSummaries();
        assertEquals(List.of("agreement signed [FR, TG]", "contract signed [FR, TG]"), summaries.stream().filter(x -> !x.startsWith("mou")).toList(),
                "the agency is the protocol's alone");
    }

    @Test
    void theTwoPartiesAfterEntreAreTheTwoOrganizationsNamedBefore() {
        assertEquals(List.of("agreement signed [AFD, BIsD]", "mou signed [AFD, BIsD]"), Extracted.from("La Banque "
                + "islamique de développement a obtenu une ligne de crédit de l'Agence française de développement pour des "
                + "écoles au Tchad et au Niger. Elle fait suite à la signature d'un protocole d'accord entre les deux parties "
                + "en septembre.").agreementSummaries());
    }

    @Test
    void aCollectiveWithItsNumberInFiguresStandsForThePrincipalCountries() {
        assertEquals(Set.of("IN", "RU"), Extracted.parties(Extracted.from("La Russie construit des centrales en Inde. "
                + "Moscou a signé un accord entre les gouvernements des 2 pays.").onlyAgreement()));
    }

    @Test
    void aDocumentNamingNoPartyBindsTheSidesOfTheOneItsSentencePointsBackTo() {
        List<String> summaries = Extracted.from("La Tunisie et l'Union européenne ont signé un mémorandum d'entente en "
                + "présence de la présidente du Conseil italien. « Ce mémorandum devrait être complété par un certain nombre "
                + "d'accords sur la migration », a ajouté le président.").agreementSummaries();
        assertEquals("agreement planned [TN, UE]", summaries.get(summaries.size() - 1));
    }

    @Test
    void eachSideOfASubjectSigningOnItsOwnIsOneDocumentWithTheCounterpart() {
        assertEquals(List.of("agreement signed [Boeing, Saudia]", "agreement signed [Boeing, Riyadh Air]"), Extracted.from(
                "Saudia et Riyadh Air ont signé un accord avec Boeing pour acquérir vingt avions chacune.").agreementSummaries());
        assertEquals(List.of("agreement signed [Riyadh Air, Saudia]"), Extracted.from("Saudia et Riyadh Air ont "
                + "signé un accord avec Boeing pour acquérir vingt avions.").agreementSummaries(), "no distributive word");
    }

    @Test
    void theCountryStandsForTheStateNamedBefore() {
        Agreement loan = Extracted.from("La Banque mondiale a approuvé un prêt pour les routes du Bénin. Le pays et la "
                + "Banque mondiale ont signé l'accord de prêt vendredi.").onlyAgreement();
        assertEquals(Set.of("BJ", "Banque mondiale"), Extracted.parties(loan));
        Agreement grant = Extracted.from("Le Japon finance des écoles au Sénégal depuis dix ans. L'État et l'Agence "
                + "japonaise de coopération internationale ont signé un accord de don.").onlyAgreement();
        assertEquals(Set.of("SN", "JICA"), Extracted.parties(grant));
        assertEquals(List.of(), Extracted.from("Le pays a signé un accord de prêt.").agreements(),
                "no country named before: 'le pays' stands for none");
    }

    @Test
    void hyphenatedDemonymsAfterTheDocumentNameItsSides() {
        Agreement a = Extracted.from("Le président du Sénégal a présidé une cérémonie de signature d'accords relatifs à la "
                + "coopération sénégalo-gambienne dans le domaine des engrais.").onlyAgreement();
        assertEquals(Set.of("SN", "GM"), Extracted.parties(a));
    }

    @Test
    void bothSidesStandForThePairTheOpeningNames() {
        Agreement a = Extracted.from("Le Ghana a reçu le Togo. Lors de la réunion des ministres de l'Union africaine et "
                + "du Japon, tenue lundi à Accra, les deux parties ont adopté un protocole d'accord sur les écoles.")
                .onlyAgreement();
        assertEquals(Set.of("UA", "JP"), Extracted.parties(a));
    }

    @Test
    void bothCountriesStandForThePairTheSentenceBeforeNames() {
        List<Agreement> found = Extracted.from("La ministre ghanéenne a dit sa confiance au Togo. Le moment clé du voyage "
                + "a été la signature à Accra d'un protocole d'entente entre le Ghana et la Suisse. Les deux pays ont "
                + "ainsi décidé de renforcer leurs liens politiques.").agreements();
        assertEquals(1, found.size(), "the partnership is what the protocol between the same sides covers");
        assertEquals(Set.of("GH", "CH"), Extracted.parties(found.get(0)));
        assertEquals("signed", found.get(0).status());
    }

    @Test
    void aHeadlineNamingAStatesAgencyNamesTheSignatoryOfTheBodysBatch() {
        List<Agreement> found = Extracted.from("Signature de plusieurs accords entre le Ghana et l'Agence française de "
                + "développement\n\nDeux accords de financement ont été signés mardi à Accra. Le premier porte sur "
                + "les routes ; le second porte sur les écoles.").agreements();
        assertEquals(2, found.size());
        found.forEach(a -> assertEquals(Set.of("GH", "AFD"), Extracted.parties(a)));
    }

    @Test
    void whatARelativeClauseOfTheSubjectNamesSignsNothing() {
        assertEquals(List.of("agreement planned [CEDEAO, UE]"), Extracted.from("La CEDEAO, communauté qui regroupe le Ghana, "
                + "le Togo et le Bénin, signera le 17 janvier l'accord de libre-échange avec l'Union européenne.")
                .agreementSummaries());
        assertEquals(Set.of("GH", "TG"), Extracted.parties(Extracted.from("Plusieurs pays, dont le Ghana et le Togo, "
                + "ont signé un accord.").onlyAgreement()), "'dont' opens those who sign");
    }

    @Test
    void theSubjectOfAReportedClauseStartsAfterItsQue() {
        assertEquals(List.of("contract signed [Beta Power, Kappa Gold]"), Extracted.from("Le cabinet ghanéen a également "
                + "déclaré que la société publique Volta Oil avait accepté de créer une coentreprise avec la société Zeta "
                + "Ports et que la société minière Kappa Gold avait signé un accord de fourniture d'or avec la société "
                + "Beta Power.").agreementSummaries());
        assertEquals(List.of("agreement signed [GH, TG]"), Extracted.from("Le Ghana a signé un accord de sécurité avec le "
                + "Togo. « Le Ghana confirme que l'adhésion du Togo à l'Union africaine serait utile », selon ce pacte.")
                .agreementSummaries(), "a single 'que' keeps its speaker");
    }
}
