package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.junit.jupiter.api.Test;

class OrganizationFinderTest {

    @Test
    void nameWithAcronymInParenthesesIsOneOrganization() {
        Extracted result = Extracted.from("Norvalia Marine Engineering (NME) a livré deux navires. NME prévoit d'en livrer d'autres.");
        assertEquals(1, result.organizations().size());
        Organization org = result.organization("NME");
        assertEquals("Norvalia Marine Engineering", org.name());
        assertEquals("NME", org.acronym());
    }

    @Test
    void aSurnameInCapitalsAfterAGivenNameIsNoAcronym() {
        assertEquals(List.of("Agence française de développement"), Extracted.from("La directrice de l'AFD, Mme Patricia "
                + "DUVALON, a signé. Le ministre a remercié Mme Patricia DUVALON et l'ambassadeur.").organizationNames());
        assertEquals(List.of("Agence française de développement", "SOFIDEC"), Extracted.from("La directrice de l'AFD a signé "
                + "avec la SOFIDEC. Le ministre a remercié SOFIDEC et l'ambassadeur.").organizationNames());
    }

    @Test
    void anAcronymInTitleCaseBetweenTwoCapitalizedWordsIsAWordOfAName() {
        assertEquals(List.of(), Extracted.from("Le Premier ministre, Samdech Akka Moha Sena Padei Techo Hun Sen, est arrivé "
                + "à Pékin.").organizationNames());
        assertEquals(List.of("Organisation du traité de l'Atlantique nord"), Extracted.from("Le secrétaire général de "
                + "l'Otan Jens Stoltenberg est arrivé à Kiev.").organizationNames(), "after an article, the acronym");
    }

    @Test
    void theOpeningWordsOfANameSeenBeforeAreThatOrganization() {
        assertEquals(List.of("Fonds saoudien pour le développement"), Extracted.from("Le Fonds saoudien pour le développement "
                + "a accordé trois prêts à la Tunisie. Le ministre signera avec le président du Fonds Saoudien ces accords.")
                .organizationNames());
    }

    @Test
    void anAcronymFollowedByItsNumberIsACode() {
        assertEquals(List.of(), Extracted.from("Le renouvellement concerne le bloc OML 130. Le bloc OML 130 contient deux "
                + "champs.").organizationNames());
    }

    @Test
    void anAcronymSpelledOutInLowerCaseIsAThing() {
        assertEquals(List.of(), Extracted.from("La Belgique achètera 382 blindés, les VBMR (véhicule blindé multirôle). "
                + "Les VBMR seront livrés en 2025.").organizationNames());
        assertEquals(List.of("KDR", "Kappa Defence Rail"), Extracted.from("La Belgique achètera 382 blindés à la KDR (Kappa Defence Rail). "
                + "La KDR livrera en 2025.").organizationNames(), "an organization's name is capitalized");
    }

    @Test
    void aModelsDesignationWordsAfterACueIsNoOrganization() {
        assertEquals(List.of(), Extracted.from("Les entreprises belges entrent dans la chaîne de production du F-35, "
                + "selon le ministre.").organizationNames());
        assertEquals(List.of("M6"), Extracted.from("La chaîne M6 a diffusé le débat.").organizationNames(),
                "a channel's name with a number and no hyphen stays");
    }

    @Test
    void aPluralCuesListOpeningOnAKnownNameNamesEachOfTheOthers() {
        assertEquals(List.of("Orano", "Norvalia", "Sodexa"), Extracted.from("Les groupes français Areva, Norvalia et Sodexa "
                + "seraient intéressés par ces contrats.").organizationNames());
    }

    @Test
    void aNameInSentenceCaseRightBeforeAKnownNameSaysItsKind() {
        assertEquals(List.of("Xinhua"), Extracted.from("Un accord lie l'Agence de presse Xinhua et la radio nationale.")
                .organizationNames());
        assertEquals(List.of("Agence gabonaise de presse", "Xinhua"), Extracted.from("Un accord lie l'Agence gabonaise de "
                + "presse et Xinhua.").organizationNames(), "not right before it");
    }

    @Test
    void aCuedNameGoesOnThroughDeAndACountrysName() {
        assertEquals(List.of("Gaz de France"), Extracted.from("Un accord a été signé avec le groupe Gaz de France.")
                .organizationNames());
        assertEquals(List.of("Norvalia"), Extracted.from("Le groupe Norvalia de Jean Dupont a signé.").organizationNames(),
                "a person's name is no country");
    }

    @Test
    void aNounCapitalizedAfterPourLeGoesOnWithANameInSentenceCase() {
        assertEquals(List.of("Fonds asiatique pour le Développement"), Extracted.from("Le prêt est financé par le Fonds "
                + "asiatique pour le Développement, a dit la banque.").organizationNames());
        assertEquals(List.of("Fonds asiatique"), Extracted.from("Le Fonds asiatique pour le Vietnam a prêté.")
                .organizationNames(), "a country ends it");
    }

    @Test
    void aVerbInTheFutureEndsANameInSentenceCase() {
        assertEquals(List.of("Agence nationale de développement"), Extracted.from("Par ailleurs, l'Agence nationale de "
                + "développement fournira un autre prêt de 80 millions d'euros.").organizationNames());
    }

    @Test
    void anAcronymInBracketsAfterAMinistrysNameIsNoOrganizationWhereverItRecurs() {
        assertEquals(List.of(), Extracted.from("Un accord lie le ministère vietnamien des Affaires étrangères (AE) et "
                + "celui des AE de Cuba. Les AE des deux pays se consultent.").organizationNames());
    }

    @Test
    void aKnownNameWrittenInTitleCaseWithoutAccentsBeforeItsAcronymIsThatOrganization() {
        assertEquals(List.of("Banque arabe pour le développement économique en Afrique"), Extracted.from("La banque Arabe "
                + "pour le Developpement Economique en Afrique (BADEA) a prêté au Mali.").organizationNames(),
                "a cue in lower case opens the name, past 'pour le' inside it; no company 'Arabe'");
    }

    @Test
    void aNameInSentenceCaseMayEnumerateItsFieldsAfterAComma() {
        assertEquals(List.of("Institut de recherche, de la pêche et de l'irrigation de Szeged"), Extracted.from("Un accord "
                + "lie l'Institut de recherche, de la pêche et de l'irrigation de Szeged et une université.").organizationNames());
        assertEquals(List.of("Institut de soutien aux micro, petites et moyennes entreprises"), Extracted.from("Il a "
                + "rencontré l'Institut de soutien aux micro, petites et moyennes entreprises.").organizationNames());
        assertEquals(List.of("Banque mondiale"), Extracted.from("La Banque mondiale finance des routes. Ce prêt marque "
                + "les efforts du Fonds pour élargir ses partenariats.").organizationNames(),
                "'pour' and an infinitive open a purpose: no 'Fonds pour élargir'");
        assertEquals(List.of("Institut de recherche agricole"), Extracted.from("L'accord lie l'Institut de recherche "
                + "agricole, de son côté très actif, à la ville.").organizationNames(), "no 'et': the name ends at the comma");
    }

    @Test
    void aParliamentIsNoOrganization() {
        assertEquals(List.of("Viettel", "Movitel"), Extracted.from("Viettel est présent au Mozambique. À travers Movitel, "
                + "le groupe deviendra l'unité aidant l'Assemblée du Mozambique dans la transformation numérique. "
                + "L'Assemblée du Mozambique améliorera le droit.").organizationNames());
    }

    @Test
    void aUniversityNamedAfterAPersonKeepsTheWholeName() {
        assertEquals(List.of("Université du Sine Saloum El Hâdj Ibrahima NIASS"), Extracted.from("Un accord lie "
                + "l'Université du Sine Saloum El Hâdj Ibrahima NIASS et la ville.").organizationNames());
    }

    @Test
    void aNewsAgencyCreditedInBracketsAfterANameIsNoAcronymOfIt() {
        Extracted inline = Extracted.from("Le transporteur IndiGo (Reuters) a commandé des avions à Airbus.");
        assertEquals(Set.of("IndiGo", "Reuters", "Airbus"), Set.copyOf(inline.organizationNames()));
        Extracted credit = Extracted.from(" date 2023-06 Airbus vend 500 avions à IndiGo\n\n(Reuters) - Airbus a vendu des avions.");
        assertTrue(credit.extraction.organizations().stream().noneMatch(m -> m.surface().equals("Reuters")
                && m.organization().name().equals("IndiGo")), "a credit opening the next line defines nothing of the title's last name");
        assertEquals("BAD", Extracted.from("La Banque africaine de développement (BAD) prête. La BAD finance.")
                .organization("Banque africaine de développement").acronym());
    }

    @Test
    void aKnownAcronymTheArticleDefinesAsOtherWordsNamesNoOrganization() {
        assertEquals(List.of(), Extracted.from("Le Bénin et le Togo ont signé un Accord de partenariat stratégique (APS) "
                + "qui couvre la défense.").organizationNames(), "APS is the agreement here, not the news agency");
        assertEquals(List.of("Algérie Presse Service"), Extracted.from("Selon l'Algérie Presse Service (APS), l'APS a "
                + "publié le texte.").organizationNames(), "defined as its own name, it is the organization");
    }

    @Test
    void aWellKnownBodyWrittenInLowerCaseAfterAnArticleIsFound() {
        assertEquals(List.of("Banque mondiale"), Extracted.from("Le Togo a conclu trois conventions avec la banque "
                + "mondiale.").organizationNames());
        assertEquals(List.of("treaty signed [Banque mondiale, TG]"), Extracted.from("Le Togo a conclu des conventions "
                + "de financement avec la banque mondiale.").agreementSummaries(), "a convention, of financing too, is a treaty");
        assertEquals(List.of("agreement signed [Banque mondiale, TG]"), Extracted.from("Le Togo a signé une ligne de "
                + "crédit avec la Banque mondiale.").agreementSummaries(), "a credit line is an agreement");
        assertEquals(List.of(), Extracted.from("Le Togo veut une banque mondiale du climat.").organizationNames(),
                "without a definite article, common words");
        assertEquals(List.of(), Extracted.from("Le Togo a rejoint la société générale des transports.").organizationNames(),
                "a company's name in lower case is common words");
    }

    @Test
    void aDemonymAfterTheArticleNamesACompanyOfItsCountry() {
        assertEquals(List.of("agreement planned [Kappaleo, Lambdatech]"), Extracted.from("Le Français Kappaleo et le "
                + "Brésilien Lambdatech vont signer lundi un accord.").agreementSummaries());
        assertEquals(List.of("agreement signed [Kappaleo, Lambdatech]"), Extracted.from("Les deux groupes, la française "
                + "Kappaleo et le brésilien Lambdatech, ont signé un accord.").agreementSummaries(), "in lower case too");
        assertEquals(List.of(), Extracted.from("Le Français Emmanuel Durand a rencontré des Brésiliens.")
                .organizationNames(), "a given name first: a person");
    }

    @Test
    void aCompanyNamedAgainByItsFirstWordInCapitalsIsTheSameCompany() {
        Extracted x = Extracted.from("Le Gabon a signé un protocole avec la firme émiratie KAPPAX GOLD. Le ministre et le "
                + "directeur de KAPPAX ont paraphé le texte. Mais KAPPAX GOLD, basé aux Émirats, doit encore investir.");
        assertEquals(List.of("KAPPAX GOLD"), x.organizationNames(), "the short name and the name again: one company");
        assertEquals(List.of("mou signed [GA, KAPPAX GOLD]"), x.agreementSummaries());
    }

    @Test
    void institutionsInSentenceCaseKeepTheirDemonymsAndAcronymsOfThings() {
        assertEquals(List.of("Agence tunisienne pour la promotion des PME", "Institut de recherche de l'industrie "
                + "minière malienne", "Centre malien de métrologie"), Extracted.from("L'Agence tunisienne pour la "
                + "promotion des PME, l'Institut de recherche de l'industrie minière malienne et le Centre malien de "
                + "métrologie ont signé un protocole.").organizationNames());
        assertEquals(List.of(), Extracted.from("Les pluies ont touché le Centre du Mali et le centre de Bamako.")
                .organizationNames(), "'centre' names a part of a country or town, with no words of its own");
        assertEquals(List.of("Institut des études diplomatiques"), Extracted.from("L'Institut des études diplomatiques au "
                + "ministère malien des Affaires étrangères a signé un protocole.").organizationNames(),
                "the ministry it belongs to is none of its name");
    }

    @Test
    void aNameInQuotesAfterACueIsTheOrganizationsWhateverTheCaseOfItsWords() {
        assertEquals(List.of("Kappa general service limited"), Extracted.from("Le Niger a signé une convention avec la "
                + "société nigériane « Kappa general service limited » pour l'or.").organizationNames());
        assertEquals(List.of(), Extracted.from("La société a répondu « Nous verrons » hier.").organizationNames(),
                "a quote after a verb is speech");
        assertEquals(List.of(), Extracted.from("Parmi eux figure un centre de coopération industrielle « Asie centrale » "
                + "dans la région.").organizationNames(), "a head's name holds the head and what it quotes");
    }

    @Test
    void aKnownAcronymAfterAnAmountIsACurrency() {
        assertEquals(List.of(), Extracted.from("Le Togo recevra 33 millions de dollars (121 millions d'AED) et 500 AED "
                + "par habitant.").organizationNames());
        assertEquals(List.of("Agence européenne de défense"), Extracted.from("Le Togo a reçu un rapport de l'AED.")
                .organizationNames());
    }

    @Test
    void aFrequentVerbInTheImperfectOrFutureEndsANameInSentenceCase() {
        assertEquals(List.of("Banque mondiale"), Extracted.from("La Banque mondiale prête au Togo. Au mois de mai, la "
                + "Banque avait fait une proposition au Togo.").organizationNames());
    }

    @Test
    void theAcronymOfGreenhouseGasesIsNoOrganization() {
        assertEquals(List.of(), Extracted.from("Les projets réduiront les émissions de gaz à effet de serre (GES) ou amélioreront la "
                + "séquestration des GES.")
                .organizationNames());
    }

    @Test
    void anAcronymOfAnAmountIsNoOrganization() {
        assertEquals(List.of("Lambdatech"), Extracted.from("Le Maroc et le groupe Lambdatech ont signé une convention de "
                + "12,8 milliards de dirhams (MMDH) pour une usine de 20 MMDH.").organizationNames());
    }

    @Test
    void airlinesShippingLinesAndTheirAlliancesAreKnown() {
        assertEquals(List.of("agreement signed [Avianca, Lufthansa]"), Extracted.from("Lufthansa a signé un accord avec "
                + "Avianca.").agreementSummaries());
        assertEquals(List.of("SkyTeam"), Extracted.from("Le groupe a rejoint SkyTeam.").organizationNames());
        assertEquals(List.of("Hapag-Lloyd", "Orient Overseas Container Line"), Extracted.from("Hapag-Lloyd et OOCL "
                + "partagent des navires.").organizationNames());
    }

    @Test
    void aParticipleAfterACapitalizedCueIsNoPartOfAName() {
        assertEquals(List.of("Fonds monétaire international"), Extracted.from("Le Fonds monétaire international enverra "
                + "des membres du Fonds chargés de suivre le dossier.").organizationNames());
    }

    @Test
    void anEnglishNameGoesOnPastItsSuffixThroughAnOfComplement() {
        assertEquals(List.of("Kappa University of Economics and Law"), Extracted.from("Des ententes ont été "
                + "signées par la Kappa University of Economics and Law.").organizationNames());
        assertEquals(List.of("Lambda Institute of Technology"), Extracted.from("Le Lambda Institute of Technology et "
                + "des universités.").organizationNames(), "ends on its last capitalized word");
    }

    @Test
    void aCompanyACueIntroducedIsAPartyWhereverTheArticleNamesItAgain() {
        assertEquals(List.of("contract signed [NE, Norvalia]"), Extracted.from("La société turque Norvalia rénovera "
                + "l'aéroport de Niamey. Le Niger a signé le contrat avec Norvalia en mars.").agreementSummaries());
        assertEquals(List.of("contract signed [NE, Norvalia]"), Extracted.from("La société turque Norvalia rénovera "
                + "l'aéroport du Niger. Ce contrat a été signé le 6 mars avec Norvalia.").agreementSummaries(),
                "the document as subject, signed with a company: the article's principal country signed it");
    }

    @Test
    void theNameADeterminerOpensBeforeAKnownAcronymIsThatOrganizationsAndItsCountryNoParty() {
        assertEquals(List.of("contract signed [CD, CNPC]"), Extracted.from("La Compagnie "
                + "nationale de pétrole de Chine (CNPC) a signé des contrats en République démocratique du Congo.")
                .agreementSummaries(), "China is in the company's name, no party");
        assertEquals("China National Petroleum Corporation", Extracted.from("La Compagnie nationale de pétrole de Chine "
                + "(CNPC) a signé.").organization("CNPC").name(), "the known company, not a new one");
    }

    @Test
    void anHonorificBeforeATitleIsNoOrganization() {
        assertEquals(List.of(), Extracted.from("SM le Roi et le président chilien ont présidé la cérémonie. SM le Roi a "
                + "quitté Santiago.").organizations());
    }

    @Test
    void aNameInSentenceCaseGoesOnThroughPourLe() {
        assertEquals(List.of("Fonds sahélien pour le développement rural"), Extracted.from("Le Niger a signé un accord avec "
                + "le Fonds sahélien pour le développement rural.").organizationNames());
    }

    @Test
    void aTimeOfTheYearAPeopleAndAnAdverbAreNoPartOfAName() {
        assertEquals(List.of(), Extracted.from("Le groupe quitte l'Iran\n\nMi-mai, le groupe pétrolier français avait "
                + "annoncé son départ.").organizations(), "a time of the year before an apposition");
        assertEquals(List.of(), Extracted.from("Le tribunal a exigé que des entreprises japonaises dédommagent des "
                + "Sud-Coréens.").organizations(), "a people by its demonym");
        assertEquals(List.of(), Extracted.from("Il veut satisfaire la Banque ainsi que tous les partenaires du "
                + "Niger.").organizationNames(), "'ainsi que' is no part of a name in sentence case");
    }

    @Test
    void aKnownNameWhoseLaterWordsLostTheirCapitalsIsThatOrganization() {
        assertEquals(List.of("Dassault Aviation"), Extracted.from("Les négociations entre Dassault aviation et l'Inde ont "
                + "duré neuf ans.").organizationNames());
    }

    @Test
    void anAcronymThatReadsAsARomanNumeralIsOneWhenTheInitialsSpellIt() {
        Organization org = Extracted.from("La Corporation commerciale chilienne (CCC) a signé un contrat avec le Pérou.")
                .organization("CCC");
        assertEquals("Corporation commerciale chilienne", org.name());
        assertEquals(List.of(), Extracted.from("Le roi Louis (XIV) a signé le traité.").organizationNames());
    }

    @Test
    void frenchNameBeforeAcronymStartsAtItsCapitalWord() {
        Organization org = Extracted.from("Il a visité l'Office andin des semences certifiées (OASC) hier.").organization("OASC");
        assertEquals("Office andin des semences certifiées", org.name());
    }

    @Test
    void companyCueWithDemonymGivesNameKindAndCountry() {
        Organization org = Extracted.from("Le groupe a rencontré la société publique d'énergie chilienne ENERCHIL.")
                .organization("ENERCHIL");
        assertEquals("state_company", org.kind());
        assertEquals("CL", org.countryIso2());
    }

    @Test
    void aPluralCueNamesEachOfTheExamplesItIntroduces() {
        List<String> names = Extracted.from("La délégation a rencontré des sociétés coréennes, dont Norvalis Heavy Corp., "
                + "Kelvara Health Development, TREMCO et d'autres.").organizations().stream().map(Organization::name).toList();
        assertEquals(List.of("Norvalis Heavy Corp", "Kelvara Health Development", "TREMCO"), names);
        assertEquals(List.of(), Extracted.from("Des sociétés, dont certaines venues de Paris, ont signé.").organizations(),
                "a place among the examples names no organization");
    }

    @Test
    void agencyCueGivesAStateAgency() {
        Organization org = Extracted.from("Un accord lie l'agence spatiale bolivienne Andesat au projet.").organization("Andesat");
        assertEquals("state_agency", org.kind());
        assertEquals("BO", org.countryIso2());
    }

    @Test
    void aHeadCueRightBeforeTheNameIsPartOfIt() {
        assertEquals("academic", Extracted.from("Une chercheuse de l'université Kelvara a commenté l'accord.")
                .organization("université Kelvara").kind());
        assertEquals("Kelvara", Extracted.from("Une chercheuse de l'université privée Kelvara a commenté l'accord.")
                .organization("Kelvara").name());
        assertEquals("Norvalis", Extracted.from("Un porte-parole de la société Norvalis a commenté l'accord.")
                .organization("Norvalis").name());
    }

    @Test
    void anAcademicHeadKeepsThePlaceItIsOf() {
        Extracted x = Extracted.from("L'université nationale de Valdora et l'Université de Lisbonne ont signé un accord.");
        assertEquals(List.of(new Organization("université nationale de Valdora", null, "academic", null),
                new Organization("Université de Lisbonne", null, "academic", "PT")), x.organizations());
        assertEquals(Set.of("université nationale de Valdora", "Université de Lisbonne"), Extracted.parties(x.onlyAgreement()));
        assertEquals("Université Kelvara", Extracted.from("Un chercheur de l'Université Kelvara a parlé.")
                .organization("Université Kelvara").name());
        assertEquals(List.of(), Extracted.from("Depuis la fondation de la République de Valdora, le pays a changé.")
                .organizations(), "a foundation's head is not followed to a place");
    }

    @Test
    void aPersonAfterACueIsNoOrganizationButAHeadKeepsTheNameItHonours() {
        assertEquals(List.of(), Extracted.from("Le patron de la banque Jean Vernet a signé.").organizations());
        assertEquals("fondation Paul Vernet", Extracted.from("La fondation Paul Vernet a signé un accord.")
                .organizations().get(0).name());
    }

    @Test
    void anAcronymInTitleCaseIsNoWordOrGivenNameOfThatForm() {
        assertEquals(List.of("National Aeronautics and Space Administration"),
                Extracted.from("Rites et coutumes : Irena a rencontré la Nasa.").organizations().stream()
                        .map(Organization::name).toList());
    }

    @Test
    void aShortAcronymInTitleCaseAfterAnElidedArticleIsTheOrganization() {
        assertEquals(List.of("Organisation des Nations unies", "Organisation mondiale de la santé"),
                Extracted.from("Le chef de l'Onu a salué le rapport de l'Oms.").organizations().stream()
                        .map(Organization::name).toList());
        assertEquals(List.of(), Extracted.from("Oms et Onu sont des mots ici.").organizations(),
                "without the article, three letters in title case stay words");
        assertEquals(List.of("Union africaine"), Extracted.from("Il a salué le rôle de l'Ua.").organizationNames(),
                "two letters after an elided article");
    }

    @Test
    void anAcronymTheArticleWritesInTitleCaseInBracketsNamesTheOrganizationWherever() {
        Extracted x = Extracted.from("L'Organisation mondiale de la santé (Oms) est née en 1948. "
                + "Le Chili et la Oms ont signé un accord sanitaire.");
        assertEquals(Set.of("CL", "OMS"), Extracted.parties(x.onlyAgreement()));
        assertEquals(List.of(), Extracted.from("Le rapport de la Oms a paru.").organizations(),
                "unless the article defines it, three letters in title case after 'la' stay a word");
    }

    @Test
    void aNameJoinedByEtToACompanysIsACompany() {
        Extracted x = Extracted.from("Norvalis et Airbus ont signé un contrat. Hier et Thales ont parlé. Jean Vernet et Safran aussi.");
        assertEquals(List.of("Norvalis", "Airbus", "Thales", "Safran"),
                x.organizations().stream().map(Organization::name).toList(), "not a date word, not a person");
        assertEquals(Set.of("Norvalis", "Airbus"), Extracted.parties(x.agreements().get(0)));
    }

    @Test
    void aCueInsideAKnownNameOpensNoOtherName() {
        assertEquals(List.of("Agence française de développement"),
                Extracted.from("Le directeur de l'Agence française de développement Paul Vernet a signé.")
                        .organizations().stream().map(Organization::name).toList(), "a person after a known agency");
    }

    @Test
    void aMinistryOrAMinistersFieldIsNoOrganizationEvenWithAnAcronym() {
        assertEquals(List.of(), Extracted.from("Le ministre chilien des Affaires maritimes (AM) a parlé.").organizations());
        assertEquals(List.of(), Extracted.from("Le ministère de l'Industrie et des Mines (MIM) a signé.").organizations());
        assertEquals("Office chilien des pêches", Extracted.from("L'Office chilien des pêches (OCP) a signé.")
                .organization("OCP").name());
    }

    @Test
    void companySuffixMarksAnOrganization() {
        assertEquals("company", Extracted.from("Les turbines de Valdoro Heavy Industries sont prêtes.")
                .organization("Valdoro Heavy Industries").kind());
        assertEquals("state_agency", Extracted.from("Le Québec a signé un accord avec le Nevada Water Resources Board.")
                .organization("Nevada Water Resources Board").kind(), "suffixes in a row: the last says what it is");
    }

    @Test
    void anEnglishAndJoinsTwoSuffixedHalvesAndAKnownNameSpelledOutInBracketsIsNoOther() {
        assertEquals(List.of("Valdoro Petroleum and Chemical Corporation"), Extracted.from("Le Qatar a cédé une part à "
                + "Valdoro Petroleum and Chemical Corporation, a déclaré le ministre.").organizationNames());
        assertEquals(List.of("Sinopec"), Extracted.from("Le Qatar a cédé une part à Sinopec (China Petroleum and Chemical "
                + "Corporation), a déclaré le ministre.").organizationNames());
    }

    @Test
    void aSuffixEndsANameOnlyWhereTheCapitalsEnd() {
        assertEquals(List.of("Alstom", "Valdoro Rail", "Thales"), Extracted.from("Alstom, Valdoro Rail et Thales "
                + "participent au projet.").organizationNames());
        assertEquals(List.of("Valdoro Rail"), Extracted.from("Le Maroc a retenu Valdoro Rail pour la ligne.")
                .organizationNames());
        assertEquals(List.of(), Extracted.from("Le système suit la norme « European Rail Traffic Management System ».")
                .organizationNames(), "a suffix inside a longer name in capitals");
    }

    @Test
    void aCuedNameMayOpenWithItsCountrysName() {
        Extracted x = Extracted.from("L'opérateur public Chili Télécom a signé un contrat avec la société Norvalis.");
        assertEquals("state_company", x.organization("Chili Télécom").kind());
        assertEquals(Set.of("Chili Télécom", "Norvalis"), Extracted.parties(x.onlyAgreement()));
    }

    @Test
    void anEnglishNameMayOpenWithItsCountrysName() {
        Extracted x = Extracted.from("La Oman Harbour Authority et la société Norvalis ont signé un accord.");
        assertEquals("state_agency", x.organization("Oman Harbour Authority").kind());
        assertEquals(Set.of("Oman Harbour Authority", "Norvalis"), Extracted.parties(x.onlyAgreement()));
    }

    @Test
    void unknownAllCapitalAcronymIsAnOrganization() {
        assertEquals("ZORTEK", Extracted.from("Le consortium ZORTEK a remporté l'appel d'offres.").organization("ZORTEK").name());
    }

    @Test
    void romanNumeralsAndCommonAbbreviationsAreNotOrganizations() {
        Extracted result = Extracted.from("Sous Louis XIV, le PIB et les PME ont progressé.");
        assertTrue(result.organizations().isEmpty(), result.organizations().toString());
    }

    @Test
    void modelNumberIsNotAnOrganization() {
        assertEquals(List.of("FX-35"), Extracted.from("Le groupe FX-35 a volé.").organizationNames());
        assertEquals(List.of(), Extracted.from("Le chasseur FX-35 a volé.").organizationNames());
    }

    @Test
    void shoutedHeadlineCapitalsAreNotOrganizations() {
        assertEquals(List.of("Orvalis"), Extracted.from("Le sommet des dirigeants du groupe Orvalis s'ouvre demain matin\n"
                + "Le texte suit.").organizationNames());
        assertEquals(List.of(),
                Extracted.from("LE SOMMET DES DIRIGEANTS S'OUVRE DEMAIN MATIN\nLe texte suit.").organizationNames());
    }

    @Test
    void gazetteerOrganizationIsFoundByNameAndByAcronymAsTheSameRecord() {
        Extracted result = Extracted.from("L'Organisation mondiale de la santé a alerté. L'OMS recommande la prudence.");
        assertEquals(1, result.organizations().size());
        assertEquals(2, result.extraction.organizations().size());
    }

    @Test
    void organizationNameNeverKeepsTheLeadingArticle() {
        for (Organization org : Extracted.from("La Banque mondiale et l'Union européenne ont réagi.").organizations()) {
            assertFalse(org.name().startsWith("La ") || org.name().startsWith("l'"), org.name());
        }
    }

    @Test
    void allianceNamedAfterAnOceanIsAnOrganizationNotACountry() {
        Extracted result = Extracted.from("L'Alliance du Pacifique a tenu sa réunion.");
        assertEquals(Set.of(), result.countries());
        assertEquals(Set.of("CL"), Extracted.from("L'Alliance du Pacifique a tenu sa réunion au Chili.").countries());
        assertNull(result.organization("Alliance du Pacifique").countryIso2());
    }

    @Test
    void productCodeNamedOnceWithoutArticleIsNotAnOrganization() {
        assertEquals(List.of("QXR"), Extracted.from("Ils livreront des puces QXR cette année. QXR le confirme.")
                .organizationNames());
        assertEquals(List.of(), Extracted.from("Ils livreront des puces QXR cette année.").organizationNames());
    }

    @Test
    void unknownAcronymAfterAnArticleIsAnOrganization() {
        assertEquals("other", Extracted.from("Le financement vient de la BRDA.").organization("BRDA").kind());
    }

    @Test
    void anElisionInCapitalsAfterANameInSentenceCaseEndsIt() {
        // read again and again, it once never ended
        List<String> names = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Extracted.from(
                "Le ministre a visité l'Académie nationale des sciences de D'Artagnan hier.").organizationNames());
        assertEquals(List.of("Académie nationale des sciences"), names);
    }

    @Test
    void aTradeDescriptorOpensACompanysName() {
        assertEquals(List.of("Tolvex"), Extracted.from("Même l'industriel belge Tolvex s'est mis d'accord avec la France.")
                .organizationNames());
        assertEquals(List.of("Astrane"), Extracted.from("Le motoriste Astrane fournira les moteurs.").organizationNames());
        assertEquals(List.of("Pleiade Copper"), Extracted.from("Le contrat du mineur canadien Pleiade Copper est annulé.")
                .organizationNames());
        assertEquals(List.of("Verano"), Extracted.from("Le gazier Verano livrera du gaz.").organizationNames());
        assertEquals(List.of("Pôle Emploi Jeunes"), Extracted.from("Le service Pôle Emploi Jeunes a signé.").organizationNames());
    }

    @Test
    void descriptorsJoinedByEtAndANameBetweenCommasFollowTheCue() {
        assertEquals(List.of("Tolvex"), Extracted.from("La société de construction et d'ingénierie Tolvex a signé.")
                .organizationNames());
        assertEquals(List.of("TLVX"), Extracted.from("Une autre société de construction et d'ingénierie, TLVX, a signé.")
                .organizationNames());
        assertEquals(List.of(), Extracted.from("La société de construction et l'État tchadien ont signé.")
                .organizationNames(), "'et' and an article join another party");
    }

    @Test
    void aMinistryAfterANameInSentenceCaseIsItsParentNotAPlace() {
        assertEquals(List.of("Institut chilien du service extérieur"), Extracted.from("Le Pérou a signé un accord avec "
                + "l'Institut chilien du service extérieur du Ministère des affaires étrangères.").organizationNames());
    }

    @Test
    void anAuthorityIsNamedOnlyWithItsCapitalAndADemonymEndingItsNameIsItsNationality() {
        Extracted x = Extracted.from("L'Autorité nationale des tunnels égyptienne a signé un contrat avec Alstom.");
        assertEquals(List.of("Autorité nationale des tunnels", "Alstom"), x.organizationNames());
        assertEquals("EG", x.organization("Autorité nationale des tunnels").countryIso2());
        assertEquals(List.of("Banque mondiale"), Extracted.from("Le projet relève de l'autorité du Conseil des affaires "
                + "d'État et de la Banque mondiale.").organizationNames(), "the authority of a council names no body");
    }

    @Test
    void aCueInCapitalsOpensANameInTitleCase() {
        assertEquals(List.of("Agence Nationale de Promotion des Investissements"), Extracted.from("Le Maroc a signé un "
                + "accord avec l'Agence Nationale de Promotion des Investissements.").organizationNames());
        assertEquals(List.of("Service National d'Apprentissage"), Extracted.from("Le ministère a signé avec le Service "
                + "National d'Apprentissage colombien.").organizationNames());
        assertEquals(List.of(), Extracted.from("Un accord lie la Banque et la Côte d'Ivoire.").organizationNames(),
                "'et' joins two names");
    }

    @Test
    void aPositionAfterEnCompagnieDuIsNoCompany() {
        assertEquals(List.of(), Extracted.from("Le président a assisté, en compagnie du Premier ministre pakistanais, à "
                + "la signature.").organizationNames());
        assertEquals(List.of("Club de Paris"), Extracted.from("Le ministre a rencontré le Club de Paris.").organizationNames());
        assertEquals(List.of(), Extracted.from("Le président a assisté en compagnie du Souverain à la signature.")
                .organizationNames(), "the Sovereign is a king, not a company");
    }

    @Test
    void aCueCapitalizedInsideASentenceOpensANameInSentenceCase() {
        Extracted x = Extracted.from("Un protocole a été signé entre l'Académie des sciences et des lettres du Chili "
                + "et l'Université péruvienne des sciences appliquées.");
        assertEquals(List.of("Académie des sciences et des lettres du Chili", "Université péruvienne des sciences appliquées"),
                x.organizationNames());
        assertEquals("CL", x.organization("Académie des sciences et des lettres du Chili").countryIso2());
        assertEquals("PE", x.organization("Université péruvienne des sciences appliquées").countryIso2());
        assertEquals("academic", x.organization("Université péruvienne des sciences appliquées").kind());
    }

    @Test
    void aNameInSentenceCaseEndsAtAPlaceOrWhereThePhraseEnds() {
        assertEquals(List.of("École nationale des mines de Lima"),
                Extracted.from("Il a visité l'École nationale des mines de Lima avec le ministre.").organizationNames());
        assertEquals(List.of("Académie chinoise de la technologie spatiale"),
                Extracted.from("Il a visité l'Académie chinoise de la technologie spatiale, à Pékin.").organizationNames());
        assertEquals(List.of("Université nationale des sciences"),
                Extracted.from("Elle enseigne à l'Université nationale des sciences qui a ouvert en 1990.").organizationNames());
        assertEquals(List.of(), Extracted.from("Université de printemps et autres rencontres du parti.").organizationNames(),
                "at a sentence's start a capital says nothing");
        assertEquals(List.of(), Extracted.from("Selon lui, l'Agence nationale recense chaque année les entreprises.")
                .organizationNames(), "three lower-case words in a row: the sentence goes on");
        assertEquals(List.of("Office national des hydrocarbures"), Extracted.from("Le Maroc et l'Office national "
                + "des hydrocarbures signent un accord.").organizationNames(), "a frequent verb ends the name");
        assertEquals(List.of(), Extracted.from("Au terme de cet accord, la Banque met à la disposition du pays un prêt.")
                .organizationNames(), "a verb right after the cue: no name in sentence case");
        assertEquals(List.of(), Extracted.from("Les deux pays ont créé le Groupe de travail mixte sur l'énergie.")
                .organizationNames(), "a company's cue opens no name in sentence case");
    }

    @Test
    void aUnionAndASocietyCapitalizedInsideASentenceOpenNamesInSentenceCase() {
        Extracted x = Extracted.from("En mai, l'Union des associations d'amitié du Chili et la Société "
                + "péruvienne pour la promotion culturelle et l'amitié ont signé un protocole.");
        assertEquals(List.of("Union des associations d'amitié du Chili",
                "Société péruvienne pour la promotion culturelle et l'amitié"), x.organizationNames());
        assertEquals(List.of("Compagnie nationale des eaux"), Extracted.from("Le Pérou et la Compagnie nationale "
                + "des eaux signent un accord.").organizationNames());
        assertEquals(List.of(), Extracted.from("L'Union et le Pérou signent un accord.").organizationNames(),
                "a cue with no words of its own names nothing");
    }

    @Test
    void legalFormsJoinedByAmpersandAndAfterCoCloseOneName() {
        assertEquals(List.of("Karl Velten GmbH & Co. KG"), Extracted.from("Un contrat a été signé avec la société "
                + "allemande Karl Velten GmbH & Co. KG pour la livraison de gaz.").organizationNames());
        assertEquals(List.of("Tolvex Co"), Extracted.from("Le contrat lie la société Tolvex Co. Le Pérou l'a salué.")
                .organizationNames(), "a sentence after 'Co.' is no part of the name");
    }

    @Test
    void capitalsCreditingTheSourceAtALinesStartNameNoOrganization() {
        Extracted x = Extracted.from("LE JOURNAL - Le Chili et le Pérou ont signé un accord, selon la BAD.");
        assertEquals(List.of("Banque africaine de développement"), x.organizationNames());
        assertEquals(Set.of("CL", "PE"), Extracted.parties(x.onlyAgreement()));
    }

    @Test
    void aCompanysNameMayEndWithItsCountry() {
        Extracted x = Extracted.from("La compagnie Air Mauritanie a signé un contrat avec le groupe Embraer, "
                + "et l'opérateur Orange Côte d'Ivoire avec la société Ericsson.");
        assertEquals(List.of("Air Mauritanie", "Embraer", "Orange Côte d'Ivoire", "Ericsson"), x.organizationNames());
        assertEquals(List.of(), Extracted.from("Un accord lie la société Mauritanie au Sénégal.").organizationNames(),
                "a country alone after the cue names no company");
    }
    @Test
    void anAcronymSpelledOutAfterACommaNamesAnOrganization() {
        Extracted x = Extracted.from("Selon le secrétaire exécutif de la Fepaco, Fédération patronale du Congo, "
                + "un protocole a été signé avec le Cnpt International, Conseil national du patronat tchadien.");
        assertEquals(List.of("Fédération patronale du Congo", "Conseil national du patronat tchadien"), x.organizationNames());
        assertEquals("Fepaco", x.organization("Fédération patronale du Congo").acronym());
        assertEquals(List.of(), Extracted.from("Il a rencontré la Moselle, Grande rivière de l'Est, hier.").organizationNames(),
                "initials that do not spell the word name nothing");
    }

    @Test
    void aWordInParenthesesThatStartsNoNameIsNoAcronym() {
        assertEquals(List.of(), Extracted.from("Ce sont tous des protocoles d'accord (MOU) entre des entreprises.")
                .organizationNames());
        assertEquals(List.of(), Extracted.from("La province de Binh Duong (Sud) a signé un accord avec le Japon.")
                .organizationNames());
        assertEquals(List.of("organisation des Nations andines"), Extracted.from("Il coopère avec l'organisation "
                + "des Nations andines (Ona) depuis mai.").organizationNames(), "a name whose initials spell it may open in lower case");
    }

    @Test
    void aSocialMediaHandleNamesNoOrganization() {
        assertEquals(List.of(), Extracted.from("Le ministre a salué la signature (@MKI_GOV_PL, @PEJ_PL). "
                + "Voir aussi @MKI_GOV_PL.").organizationNames());
    }

    @Test
    void aNameBeforeACommaInAListWithACompanyIsACompanyToo() {
        assertEquals(List.of("Airbus", "Norvalis Energia", "Thales"), Extracted.from("Un accord a été signé entre Norvalis "
                + "Energia, Airbus et Thales.").organizationNames().stream().sorted().toList());
        assertEquals(List.of("Airbus"), Extracted.from("À Lima, Airbus a signé un contrat.").organizationNames(),
                "a comma that no list goes on");
    }

    @Test
    void aNameThatAnAppositionWithACueDescribesIsAnOrganization() {
        Organization org = Extracted.from("Le tracé est à l'étude chez Norvalia, l'opérateur chilien de gazoducs.")
                .organization("Norvalia");
        assertEquals(new Organization("Norvalia", null, "company", "CL"), org);
        assertEquals(List.of(), Extracted.from("Lundi, le groupe a signé. Précédemment, la société avait refusé. "
                + "Mme Ana Lopez, la directrice, a signé.").organizationNames(), "a date, an adverb, a person");
    }

    @Test
    void anAmpersandInsideANameBeforeItsAcronymIsPartOfIt() {
        assertEquals(List.of("Andes Power & Water"), Extracted.from("Le contrat a été signé avec la société Andes Power "
                + "& Water (APW) hier.").organizationNames());
    }

    @Test
    void aNameInSentenceCaseEndingOnADemonymGoesOnThroughTheNameAfterIt() {
        Extracted x = Extracted.from("Un accord lie l'Institut mexicain Kappa-Romero et l'Agence de presse mexicaine "
                + "Notilex depuis 2015.");
        assertEquals(List.of("Institut mexicain Kappa-Romero", "Agence de presse mexicaine Notilex"), x.organizationNames());
        assertEquals(List.of("Institut mexicain"), Extracted.from("L'Institut mexicain Emmanuel Garcia a parlé.")
                .organizationNames(), "a given name opens a person's name");
    }

    @Test
    void etAndAnArticleEndANameInSentenceCase() {
        assertEquals(List.of("Banque chinoise de développement"), Extracted.from("Un accord lie la Banque chinoise de "
                + "développement et l'organisme d'expertise comptable Kappa Coopers depuis 2011.").organizationNames());
    }

    @Test
    void aCapitalizedDemonymBeforeASuffixedNameIsItsNationality() {
        Organization kosmos = Extracted.from("Le champ est développé par le Britannique BP avec l'Américain Kappa Energy.")
                .organization("Kappa Energy");
        assertEquals("US", kosmos.countryIso2());
    }

    @Test
    void aPersonKnownByInitialsAndTimeWordsNameNoOrganization() {
        assertEquals(List.of(), Extracted.from("Le président Alassane Ouattara (ADO) a reçu son homologue.")
                .organizationNames());
        assertEquals(List.of("Banque mondiale"), Extracted.from("Le pays salue la Banque mondiale et les orientations "
                + "de l'appui de la Banque pour les prochaines années.").organizationNames());
    }

    @Test
    void aQuoteClosingACitationBeforeTheAcronymKeepsItTheNames() {
        assertEquals(List.of("Électricité du Liban"), Extracted.from("L'accord permettra l'achat de fioul \"pour le compte "
                + "de l'Electricité du Liban\" (EDL). Il couvrira le tiers des besoins d'EDL.").organizationNames());
    }

    @Test
    void aDocumentsAcronymNamesNoOrganization() {
        assertEquals(List.of(), Extracted.from("Les pays ont discuté de l'élaboration d'un code de conduite juridiquement "
                + "contraignant (CDCJ). Ils veulent parvenir au CDCJ cette année.").organizationNames());
        assertEquals(List.of(), Extracted.from("Les pays veulent lancer les négociations d'un CDCJ effectif. Ils ont "
                + "parlé d'un CDCJ contraignant.").organizationNames(), "after 'un', a common noun");
        assertEquals("OTKA", Extracted.from("L'Organisation du Traité de Kappa Alpha (OTKA) a parlé. L'OTKA siège à "
                + "Lomé.").organization("OTKA").acronym(), "a document's noun inside an organization's name");
    }

    @Test
    void aKnownNameInsideALongerOneItsAcronymSpellsIsThatLongerOrganization() {
        assertEquals(List.of("Société générale ghanéenne des banques"), Extracted.from("Les responsables de la Société "
                + "générale ghanéenne des banques (SGGB) ont signé hier. La SGGB prête.").organizationNames());
        assertEquals(List.of("Banque mondiale"), Extracted.from("La Banque mondiale (BM) a signé hier.").organizationNames());
        assertEquals(List.of("Algérie Presse Service"), Extracted.from("Le directeur a révélé hier à l'APS que le terminal à "
                + "conteneurs (TAC) sera proposé en 2010.").organizationNames(), "spelt from its first word on");
    }

    @Test
    void anAcronymTheArticleNumbersIsAFieldsCode() {
        assertEquals(List.of(), Extracted.from("Les champs ZQT II et ZQT Sud sont exploités depuis 2010. Le contrat "
                + "ZQT II prévoit des forages.").organizationNames());
    }

    @Test
    void aKnownCompanyNameAndMinesIsItsSubsidiary() {
        assertEquals(List.of("Orano Mines"), Extracted.from("Le Ghana a signé un accord avec Orano Mines pour l'uranium.")
                .organizationNames());
        assertEquals(List.of(), Extracted.from("Le Ministère des Mines a signé.").organizationNames(), "an office");
    }
}
