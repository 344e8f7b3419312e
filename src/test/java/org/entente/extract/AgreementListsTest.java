package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Agreement;
import org.junit.jupiter.api.Test;

/** Several documents in one sentence or list, a batch and the documents that detail it, and signing agents. */
class AgreementListsTest {
    private static List<String> kinds(Extracted x) {
        return x.agreements().stream().map(Agreement::kind).toList();
    }

    @Test
    void documentsListedInOneSentenceAreEachAnAgreement() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé le protocole d'accord relatif au port de Lomé ; "
                + "le protocole d'accord relatif à la pêche côtière ; le protocole d'accord relatif aux bourses d'études.");
        assertEquals(List.of("mou", "mou", "mou"), kinds(x));
        x.agreements().forEach(a -> assertEquals(Set.of("GH", "TG"), Extracted.parties(a)));
        assertEquals(List.of("agriculture"), x.agreements().get(1).sectors(), "each takes the sectors of its own object");
        assertEquals(List.of("education"), x.agreements().get(2).sectors());
    }

    @Test
    void theSameDocumentNamedTwiceInASentenceStaysOne() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé un protocole d'accord sur la pêche, "
                + "protocole d'accord que les deux ministres ont salué.");
        assertEquals(List.of("mou"), kinds(x), "no determiner of its own: the same document");
    }

    @Test
    void aDocumentWhoseNameHoldsALongerTriggerIsOneDocument() {
        Extracted x = Extracted.from("Le Niger et le Tchad ont signé un mémorandum d'entente de coopération dans le domaine de la santé.");
        assertEquals(List.of("mou"), kinds(x), "'entente de coopération' inside 'mémorandum d'entente de coopération'");
    }

    @Test
    void theSameCountedBatchReportedAgainIsOneAgreementWhateverItsFields() {
        assertEquals(List.of("agreement signed [CG, CI]"), Extracted.from("La Côte d'Ivoire et le Congo ont signé mardi "
                + "15 accords de coopération pour renforcer leurs échanges commerciaux. Au terme de la commission mixte, "
                + "Abidjan et Brazzaville ont signé 15 accords de coopération dans les domaines de la santé et de "
                + "l'éducation.").agreementSummaries());
        assertEquals(List.of("agreement signed [CG, CI]"), Extracted.from("La Côte d'Ivoire et le Congo ont signé des "
                + "accords de coopération dans les domaines de la santé et de l'éducation pour renforcer leur partenariat. "
                + "Selon la partie congolaise, la "
                + "signature de leurs accords confirme la volonté d'accroître les investissements.").agreementSummaries(),
                "'leurs accords', naming no party, are those named before");
        assertEquals(2, Extracted.from("La Côte d'Ivoire et le Congo ont signé 15 accords de coopération sur le commerce. "
                + "La Côte d'Ivoire et le Congo ont signé 4 accords de coopération sur la santé.").agreements().size(),
                "batches of other counts are other documents");
    }

    @Test
    void aCountedBatchNamingNoSideIsTheBatchOfThatCountAndKindReportedBefore() {
        assertEquals(List.of("agreement signed [BOAD, TG]"), Extracted.from("La Banque "
                + "ouest-africaine de développement et le Togo ont signé trois accords de prêt à Lomé. Les fonds iront aux "
                + "routes rurales du Togo et de la France. Cela passe par la signature de trois accords de prêt.")
                .agreementSummaries());
        assertEquals(2, Extracted.from("La Banque ouest-africaine de développement et le Togo ont signé trois accords de "
                + "prêt à Lomé. Le Togo et la France ont aussi signé quatre accords de prêt.").agreements().size(),
                "another count: another batch");
    }

    @Test
    void aDocumentAnOrdinalPicksIsOfTheBatchsKindWhateverTheNounOfWhatItIsAbout() {
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Gabon et la Chine ont signé des accords lundi. Le "
                + "premier porte sur le jumelage de Libreville et de Wuhan.")), "'le jumelage' is what the first accord is about");
    }

    @Test
    void aBatchOfTwoSplitByLUnAvecAndLAutreBindsEachDocumentToItsOwnCounterparts() {
        assertEquals(List.of("agreement signed [FR, MA]", "agreement signed [FR, TN]"), Extracted.from("La France a signé "
                + "lundi deux accords, l'un avec le Maroc sur l'eau et l'autre avec la Tunisie sur la santé.")
                .agreementSummaries());
        assertEquals(List.of("agreement planned [JO, LB, SY]", "agreement planned [JO, LB]"), Extracted.from("Le Liban "
                + "manque de courant. Le Liban signera un accord avec la Jordanie et la Syrie sur le gaz. Deux accords seront signés mercredi, l'un avec "
                + "la Jordanie pour l'électricité et l'autre de transit avec la Jordanie et la Syrie.").agreementSummaries(),
                "the document of the same sides reported before is the same");
    }

    @Test
    void aDocumentThatAnotherIsSaidToBeAboutIsNoDocumentOfItsOwn() {
        assertEquals(List.of("mou"), kinds(Extracted.from("Le Canada et le Japon sont parvenus mardi à une entente de "
                + "principe relativement à un traité sur le soutien logistique.")));
        assertEquals(List.of("agreement", "mou"), kinds(Extracted.from("Le Canada et le Japon ont signé mardi un accord "
                + "sur l'énergie et un mémorandum sur la santé.")), "documents listed side by side");
        assertEquals(List.of("mou signed [TN, UE]"), Extracted.from("Le président italien est venu. Le mémorandum "
                + "d'entente sur le partenariat stratégique entre la Tunisie et l'Union européenne (UE) a été signé dimanche "
                + "à Carthage.").agreementSummaries(), "the partnership is what it is about");
    }

    @Test
    void aCountedBatchListedANumberedItemALineSomeSentencesOnIsOneDocumentAnItem() {
        assertEquals(4, Extracted.from("Quatre accords de financement ont été signés avec la Banque mondiale à Tunis. Ces "
                + "fonds ciblent des secteurs clés.\nLa cérémonie a réuni :\n- le ministre de l'Économie\n- le directeur "
                + "de la Banque\nLes accords signés se détaillent comme suit :\n1. Un prêt de 80 millions d'euros pour les "
                + "PME.\n2. Un prêt de 50 millions d'euros pour l'eau.\n3. Un don de 6 millions d'euros pour l'éducation.\n"
                + "4. Un don d'un million d'euros pour la santé.\nCes financements aideront le pays.").agreements().size());
    }

    @Test
    void accordsPickedByOrdinalsSplitABatchOfConventionsReportedAgainBeforeThem() {
        assertEquals(3, Extracted.from("La Banque ouest-africaine de développement et le Togo ont signé trois conventions "
                + "de financement à Lomé. Les fonds iront aux routes. Le montant est de 40 milliards. Cela passe par la "
                + "signature de trois conventions de financement. Le projet est suivi par le ministère. Le premier accord "
                + "concerne l'eau potable. Le second accord porte sur l'énergie.").agreements().size());
    }

    @Test
    void aPluralQualifiedThenJoinedToAnotherPluralIsOneBatch() {
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Sénégal et le Maroc ont signé jeudi à Dakar 13 accords "
                + "bilatéraux et conventions dans les domaines de l'eau et de l'électricité.")));
    }

    @Test
    void aDocumentAnOrdinalPicksAndACopulaDescribesIsTheBatchs() {
        Extracted x = Extracted.from("Le gouvernement ivoirien et la Banque africaine de développement (BAD) ont signé "
                + "jeudi cinq accords de financement.\n\nUne première enveloppe ira aux routes, a précisé la BAD.\n\nLe "
                + "projet de Bondoukou hérite de 15 milliards.\n\nPuis 27 milliards sont confiés au projet rural.\n\nLe "
                + "cinquième accord signé est un protocole de don, mobilisé par la Banque auprès de la "
                + "Commission européenne.");
        assertEquals(5, x.agreements().size(), x.agreementSummaries().toString());
        assertEquals(List.of("agreement"), x.agreements().stream().map(a -> a.kind()).distinct().toList());
    }

    @Test
    void aCountedBatchWhoseAmountsTheNextSentenceListsAfterAColonIsOneDocumentAnAmount() {
        Extracted x = Extracted.from("La Banque mondiale et le Niger ont signé mardi trois (3) accords de financement. Ces "
                + "accords se répartissent comme suit : 100 millions de dollars, soit 60,5 milliards de FCFA, au projet "
                + "d'électrification rurale, 50 millions pour le projet d'irrigation et enfin, 20 millions pour les écoles.");
        assertEquals(List.of(List.of("energy", "finance"), List.of("agriculture", "finance"), List.of("education", "finance")),
                x.agreements().stream().map(a -> a.sectors().stream().sorted().toList()).toList());
    }

    @Test
    void aDocumentReportedBesideABatchAndListedWithItIsOne() {
        assertEquals(List.of("agreement signed [CI, DZ]", "mou signed [CI, DZ]", "mou signed [CI, DZ]"), Extracted.from(
                "Un accord de coopération et deux mémorandums d'entente ont été signés mardi à Alger entre l'Algérie et la "
                + "Côte d'Ivoire. Il s'agit d'un accord de coopération dans le domaine agricole, d'un mémorandum d'entente "
                + "sur les consultations politiques et d'un autre mémorandum d'entente sur l'enseignement.")
                .agreementSummaries());
    }

    @Test
    void aTriggerAfterAnotherAndDeIsWhatTheDocumentIsOf() {
        assertEquals(List.of("treaty signed [GH, TG]"), Extracted.from("Des conventions de jumelage ont été signées entre "
                + "le Ghana et le Togo.").agreementSummaries());
        assertEquals(List.of("treaty signed [GH, TG]", "other signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont "
                + "signé une convention et un jumelage.").agreementSummaries(), "two documents when a list joins them");
    }

    @Test
    void aBatchDetailedByTheNextSentenceGivesOneAgreementPerDocument() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont signé mardi à Banjul plusieurs accords de coopération. "
                + "Les textes comprennent un mémorandum d'entente sur la santé et une convention sur les transports.");
        assertEquals(List.of("mou", "treaty"), kinds(x), "the batch gives way to its documents");
        for (Agreement a : x.agreements()) {
            assertEquals(Set.of("SN", "GM"), Extracted.parties(a));
            assertEquals("signed", a.status());
            assertEquals("GM", a.placeCountryIso2());
        }
        assertEquals(List.of("health"), x.agreements().get(0).sectors());
    }

    @Test
    void aCountedBatchDescribedDocumentByDocumentIsOneAgreementEach() {
        Extracted x = Extracted.from("La Tunisie et l'Italie ont signé jeudi à Tunis deux accords : le premier porte sur "
                + "la formation des enseignants, le second sur la construction d'une centrale solaire.");
        assertEquals(List.of("agreement", "agreement"), kinds(x));
        assertEquals(List.of("education"), x.agreements().get(0).sectors(), "the first one's own description");
        assertTrue(x.agreements().get(1).sectors().contains("energy")
                && !x.agreements().get(1).sectors().contains("education"), x.agreements().get(1).sectors().toString());
        x.agreements().forEach(a -> assertEquals(Set.of("TN", "IT"), Extracted.parties(a)));
    }

    @Test
    void theLastDocumentOfACountedBatchNamedInALaterSentenceSplitsIt() {
        Extracted x = Extracted.from("Le Bénin et le Niger ont signé trois protocoles d'accord à Niamey. "
                + "Les ministres ont salué la qualité des échanges. "
                + "Le dernier protocole porte sur la vaccination des enfants.");
        assertEquals(List.of("mou", "mou", "mou"), kinds(x));
        assertEquals(List.of("health"), x.agreements().get(2).sectors(), "'le dernier' is the third");
    }

    @Test
    void anOrdinalBeforeADocumentOfAnotherKindDescribesNoneOfTheBatch() {
        Extracted x = Extracted.from("Le Togo et le Ghana ont signé à Lomé un accord de prêt et deux mémorandums d'entente. "
                + "Le premier accord de prêt servira à bâtir une école.");
        assertEquals(List.of("agreement", "mou"), kinds(x), "'le premier accord de prêt' is the loan, not a memorandum");
    }

    @Test
    void aCountedBatchWithAsManyCoordinatedObjectsIsOneAgreementEach() {
        assertEquals(List.of("mou", "mou"), kinds(Extracted.from("Le Pérou et le Chili ont signé à Lima deux mémorandums "
                + "d'entente relatifs à la pêche artisanale et à la formation des diplomates.")));
        assertEquals(List.of("agreement", "agreement"), kinds(Extracted.from("Le Pérou et le Chili ont signé des accords. "
                + "Les deux ministres ont signé deux accords. Les textes signés visent à soutenir les mines et à "
                + "former des médecins.")), "the next sentence opens on the documents");
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Pérou et le Chili ont signé trois accords relatifs "
                + "à la pêche et à la formation.")), "two objects for three documents: one batch");
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Pérou et le Chili ont signé deux accords visant à "
                + "soutenir les mines, a précisé le ministre.")), "'a précisé' is a verb, no second object");
        Extracted x = Extracted.from("Le Pérou et le Chili ont signé trois mémorandums portant respectivement sur "
                + "l'industrie textile, sur la pêche artisanale et sur la prospection minière.");
        assertEquals(List.of("mou", "mou", "mou"), kinds(x), "an adverb between the cue and its first preposition");
        assertEquals(List.of(), x.agreements().get(0).sectors(), "an object of its own naming no sector has none");
        assertEquals(List.of("mining"), x.agreements().get(2).sectors());
    }

    @Test
    void aCountedBatchInAsManyFieldsOrEnumeratedItemsIsOneAgreementEach() {
        Extracted x = Extracted.from("Le Niger et la Banque mondiale ont signé trois accords de financement d'un montant "
                + "de 90 millions de dollars dans les domaines de l'énergie, de la santé et du commerce, selon le ministère "
                + "de l'Économie et des Finances.");
        assertEquals(List.of("agreement", "agreement", "agreement"), kinds(x), "'de' coordinated after 'domaines'");
        assertEquals(List.of("health", "finance"), x.agreements().get(1).sectors());
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Niger et la Banque mondiale ont signé deux accords "
                + "de financement d'un montant de 90 millions de dollars et de 30 millions d'euros.")),
                "'de' after a document's noun coordinates its complements, no objects");
        Extracted listed = Extracted.from("Le ministre nigérien des Finances et la directrice de la Banque mondiale ont "
                + "signé deux accords. Il s'agit d'un prêt destiné aux routes rurales et d'un don destiné aux écoles.");
        assertEquals(List.of("agreement", "agreement"), kinds(listed), "the next sentence enumerates the two documents");
        assertEquals(List.of("finance", "education"), listed.agreements().get(1).sectors());
    }

    @Test
    void aCountedBatchWithoutDescriptionsOrWithAPrimeMinisterStaysOne() {
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Bénin et le Niger ont signé trois accords à Niamey. "
                + "Le premier ministre nigérien a salué la qualité des échanges.")), "'le premier ministre' picks no document");
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Bénin et le Niger ont signé trois accords à Niamey. "
                + "Les ministres ont salué la qualité des échanges.")));
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Bénin et le Niger ont signé 36 accords, "
                + "dont le premier porte sur la santé.")), "a batch too large to split stays one entry");
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Bénin et le Niger ont signé quatre accords. "
                + "C'est la première à Niamey, et la première visite du président.")), "'la première à' picks none");
    }

    @Test
    void anUncountedBatchOfOneSideWithCounterpartsOfTheOtherKindIsOneAgreementEach() {
        Extracted x = Extracted.from("La Banque mondiale a signé des accords de prêt avec le Niger, le Tchad et le Mali "
                + "pour des routes rurales.");
        assertEquals(List.of("agreement", "agreement", "agreement"), kinds(x));
        assertEquals(Set.of("Banque mondiale", "TD"), Extracted.parties(x.agreements().get(1)));
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Maroc a signé des accords avec le Niger, le Tchad et "
                + "le Mali.")), "states all: one batch between them");
    }

    @Test
    void twoDocumentsSaidOneAndTheOtherAreTwoAgreements() {
        Extracted x = Extracted.from("La Banque mondiale a signé avec le Niger deux conventions de financement. Elles "
                + "portent d'une part sur la construction d'écoles rurales, et d'autre part sur l'irrigation des cultures.");
        assertEquals(List.of("treaty", "treaty"), kinds(x), "a convention is a treaty, a loan's too");
        assertTrue(x.agreements().get(0).sectors().contains("education")
                && !x.agreements().get(0).sectors().contains("agriculture"), x.agreements().get(0).sectors().toString());
        assertTrue(x.agreements().get(1).sectors().contains("agriculture")
                && !x.agreements().get(1).sectors().contains("education"), x.agreements().get(1).sectors().toString());
    }

    @Test
    void aCountedBatchOfOneSidePickedByOrdinalsIsOneAgreementACounterpart() {
        Extracted x = Extracted.from("La Banque ouest-africaine de développement a signé trois conventions à Lomé. "
                + "La première, avec le Togo, finance des routes rurales. La deuxième a été conclue avec Ecobank pour "
                + "le crédit aux PME. La troisième, signée avec le Bénin, porte sur la construction d'un hôpital.");
        assertEquals(List.of("treaty", "treaty", "treaty"), kinds(x));
        assertEquals(Set.of("BOAD", "TG"), Extracted.parties(x.agreements().get(0)));
        assertEquals(Set.of("BOAD", "Ecobank"), Extracted.parties(x.agreements().get(1)));
        assertEquals(Set.of("BOAD", "BJ"), Extracted.parties(x.agreements().get(2)));
        assertTrue(x.agreements().get(2).sectors().contains("health"), x.agreements().get(2).sectors().toString());
        assertEquals(List.of(), kinds(Extracted.from("La Banque ouest-africaine de développement a signé trois conventions "
                + "à Lomé. La première, avec le Togo, finance des routes rurales. Le premier ministre a salué la banque.")),
                "a document without its counterpart: one side only, no agreement");
    }

    @Test
    void oneAndTheOtherOfTwoDocuments() {
        Extracted x = Extracted.from("Le Chili et le Pérou ont signé deux mémorandums d'entente, l'un sur la pêche, "
                + "l'autre sur la coopération minière.");
        assertEquals(List.of("mou", "mou"), kinds(x));
        assertEquals(List.of("agriculture"), x.agreements().get(0).sectors());
        assertEquals(List.of("mining"), x.agreements().get(1).sectors());
    }

    @Test
    void aBatchDetailedAfterIlSAgitIsEachDocumentEvenWithADontInside() {
        Extracted x = Extracted.from("Le Togo et le Ghana ont signé mardi à Lomé trois accords de coopération. "
                + "Il s'agit d'un accord sur la pêche, d'un traité sur l'extradition et d'un mémorandum d'entente "
                + "sur la santé, dont la mise en œuvre commencera en mars.");
        assertEquals(List.of("agreement", "treaty", "mou"), kinds(x), "'dont' after the listing word gives no examples");
    }

    @Test
    void aCountedBatchListedInLessThanHalfStaysBesideTheDocumentsListed() {
        assertEquals(List.of("agreement", "mou"), kinds(Extracted.from("Le Togo et le Ghana ont signé treize accords de "
                + "coopération. Il s'agit de quatre mémorandums d'entente sur la santé, la pêche, les mines et l'énergie.")),
                "four of thirteen: the batch stays for the nine others");
        assertEquals(List.of("agreement", "treaty"), kinds(Extracted.from("Le Togo et le Ghana ont signé trois accords de "
                + "coopération. Il s'agit d'un accord sur la pêche et d'un traité sur l'extradition.")),
                "two of three: the third is read elsewhere, the batch goes");
    }

    @Test
    void aDraftAgreementAndAProtocolOfAccordsListedInABatchAreItsDocuments() {
        Extracted x = Extracted.from("Le Togo et le Ghana ont signé trois accords de partenariat. Il s'agit d'un protocole "
                + "d'accords sur la santé, d'un protocole d'entente sur la formation, et enfin d'un projet d'accord sur les visas.");
        assertEquals(List.of("mou", "mou", "agreement"), kinds(x));
    }

    @Test
    void aCountedBatchOfSeveralBareNounsIsOneEntry() {
        assertEquals(List.of("agreement signed [DZ, TN]"), Extracted.from("L'Algérie et la Tunisie ont signé mercredi à "
                + "Alger 26 conventions, protocoles, accords et mémorandums d'entente de coopération.").agreementSummaries(),
                "documents of several kinds: an agreement");
        assertEquals(2, Extracted.from("L'Algérie et la Tunisie ont signé mercredi à Alger des conventions, puis des "
                + "accords.").agreements().size(), "a determiner opens another document");
    }

    @Test
    void theSignedDocumentsListedAfterTheirBatchAreEachAnAgreement() {
        Extracted x = Extracted.from("Le Cambodge et le Laos ont signé mardi à Vientiane trois accords. "
                + "Les trois documents signés sont un mémorandum d'entente sur la santé, un accord sur le commerce "
                + "transfrontalier et un traité sur l'extradition.");
        assertEquals(List.of("mou", "agreement", "treaty"), kinds(x), "the batch gives way to its documents");
        assertEquals(List.of("health"), x.agreements().get(0).sectors());
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Cambodge et le Laos ont signé trois accords. "
                + "Les accords signés sont importants pour les deux pays.")), "no document listed: the batch stays");
        assertEquals(List.of("agreement", "mou", "mou"), kinds(Extracted.from("Le Cambodge et le Laos ont signé trois "
                + "accords. Les deux parties ont également signé le protocole d'accord sur la pêche ; le protocole "
                + "d'accord sur la santé.")), "'Les deux parties ont signé' reports signings of its own");
    }

    @Test
    void aBatchReportedAgainListsItsDocumentsAsFarFromItsLastReport() {
        Extracted x = Extracted.from("Le Cambodge et le Laos ont signé plusieurs accords à Vientiane. Le temps était doux. "
                + "Les délégations ont déjeuné. Les journalistes étaient nombreux. Les deux dirigeants ont supervisé la "
                + "signature de plusieurs accords. Ces documents comprennent un mémorandum d'entente sur la santé et "
                + "un accord sur le commerce.");
        assertEquals(List.of("mou", "agreement"), kinds(x), "listed two sentences after the batch's second report");
    }

    @Test
    void aListedDocumentWithItsOwnSidesBindsThemAndTheOthersTheBatchs() {
        Extracted x = Extracted.from("Les présidents du Togo et du Ghana ont assisté à Lomé à la cérémonie de remise des "
                + "accords de coopération. Il s'agit d'un accord sur la pêche ; d'un protocole d'accord sur les vaccins "
                + "entre la société Kappa Pharma et la société Lambda Bio ; d'un mémorandum d'entente sur les routes.");
        assertEquals(List.of("agreement signed [GH, TG]", "mou signed [Kappa Pharma, Lambda Bio]",
                "mou signed [GH, TG]"), x.agreementSummaries());
    }

    @Test
    void aBatchWithoutAListStaysOneAgreement() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont signé mardi à Banjul plusieurs accords de coopération. "
                + "Les ministres se sont félicités de la qualité des relations.");
        assertEquals(List.of("agreement"), kinds(x));
    }

    @Test
    void anAgentAfterAnotherClauseIsNoSignatory() {
        Extracted x = Extracted.from("L'Union européenne a signé avec l'Union africaine un accord sur la santé, "
                + "selon un communiqué publié par l'ambassade à Abuja, capitale du Nigeria.");
        assertEquals(Set.of("UE", "UA"), Extracted.parties(x.onlyAgreement()));
        Extracted passive = Extracted.from("Un accord sur la santé a été signé par le Kenya et l'Ouganda.");
        assertEquals(Set.of("KE", "UG"), Extracted.parties(passive.onlyAgreement()), "the agent of the signing verb");
    }

    @Test
    void explainSaysWhichRuleFoundWhatAndWhyCandidatesWereDropped() {
        var article = new org.entente.corpus.Article("t.txt", "0", java.time.LocalDate.of(2024, 11, 1),
                org.entente.corpus.DatePrecision.MONTH, null, "Le Kenya et l'Ouganda ont signé un accord sur l'énergie. "
                + "Le Kenya et la Tanzanie ne signeront pas l'accord sur la pêche.");
        List<String> lines = Extracted.EXTRACTOR.explain(article).explanation();
        assertEquals("agreement 1: agreement signed [KE, UG]", lines.get(0));
        assertTrue(lines.contains("  parties: [KE, UG] named in the subject, before the verb"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dropped 'accord' in sentence 2: negated")), lines.toString());
        assertTrue(Extracted.EXTRACTOR.extract(article).explanation().isEmpty(), "only when asked");
    }

    @Test
    void documentsGivenOneByOneWithOrdinalsAfterABatchAreEachAnAgreement() {
        Extracted x = Extracted.from("Le Bénin et le Niger ont signé lundi à Cotonou trois accords de coopération. "
                + "Le premier accord est une déclaration conjointe sur la sécurité des frontières. "
                + "Le deuxième texte est un mémorandum d'entente sur l'énergie solaire. "
                + "Le troisième accord est une convention sur la santé.");
        assertEquals(List.of("joint_declaration", "mou", "treaty"), kinds(x), "the batch gives way to its documents");
        x.agreements().forEach(a -> assertEquals(Set.of("BJ", "NE"), Extracted.parties(a)));
    }

    @Test
    void aDocumentNamedBeforeAndAfterACopulaIsOneAgreement() {
        Extracted x = Extracted.from("Le second document signé par le Bénin et le Niger est un protocole d'accord sur l'eau.");
        assertEquals(List.of("mou"), kinds(x));
        Extracted control = Extracted.from("Le Bénin et le Niger ont signé un protocole d'accord sur l'eau.");
        assertEquals(List.of("mou"), kinds(control));
    }

    @Test
    void anOccasionTakenToSignIsASigning() {
        Extracted x = Extracted.from("Les présidents du Bénin et du Niger se sont rencontrés à Niamey. "
                + "Les deux pays en ont profité pour signer un protocole d'accord sur l'eau.");
        assertEquals("signed", x.onlyAgreement().status());
        assertEquals(Set.of("BJ", "NE"), Extracted.parties(x.onlyAgreement()));
        Extracted later = Extracted.from("Le Bénin et le Niger se rencontreront en mars à Niamey. "
                + "Cette visite sera l'occasion de signer un protocole d'accord sur l'eau.");
        assertEquals("planned", later.onlyAgreement().status());
    }

    @Test
    void anotherDocumentWithItsNounLeftOutIsOneMore() {
        String text = "La Chine et le Cambodge ont signé plusieurs accords. Les documents comprennent un protocole "
                + "d'accord sur l'agriculture et un autre sur la santé.";
        assertEquals(List.of("mou signed [CN, KH]", "mou signed [CN, KH]"), Extracted.from(text).agreementSummaries());
        assertEquals(List.of(List.of("agriculture"), List.of("health")),
                Extracted.from(text).agreements().stream().map(a -> a.sectors()).toList());
    }

    @Test
    void eachDocumentOfASentenceKeepsTheCounterpartAfterItsOwnAvec() {
        assertEquals(List.of("agreement signed [CN, KE]", "mou signed [CN, UG]"), Extracted.from("La Chine a signé lundi un "
                + "accord sur les routes avec le Kenya et un mémorandum sur la santé avec l'Ouganda.").agreementSummaries());
        assertEquals(List.of("agreement signed [BOAD, GM]", "agreement signed [BOAD, TG]"), Extracted.from("La BOAD a "
                + "signé deux accords de financement avec la Gambie et un accord-cadre avec le Togo.").agreementSummaries());
        assertEquals(List.of("agreement signed [CN, KE, UG]"), Extracted.from("La Chine a signé un accord sur les routes "
                + "avec le Kenya et l'Ouganda.").agreementSummaries(), "one document: all its counterparts");
    }

    @Test
    void aCountedBatchWhoseProjectsAreListedAnItemALineIsOneDocumentAnItem() {
        Extracted x = Extracted.from("Le Niger et la Banque mondiale ont signé lundi deux accords de prêt.\n\n"
                + "Ces accords financeront les projets suivants :\n\n"
                + "- Projet de construction d'une centrale solaire à Agadez. Son coût est de dix millions.\n\n"
                + "- Projet de vaccination des enfants dans les écoles.\n\n"
                + "Le ministre a salué ce soutien.");
        assertEquals(List.of("agreement signed [Banque mondiale, NE]", "agreement signed [Banque mondiale, NE]"),
                x.agreementSummaries());
        assertTrue(x.agreements().get(0).sectors().contains("energy"), x.agreements().get(0).sectors().toString());
        assertEquals(List.of("health"), x.agreements().get(1).sectors().subList(0, 1));
        assertEquals(1, Extracted.from("Le Niger et la Banque mondiale ont signé lundi trois accords de prêt.\n\n"
                + "Ces accords financeront les projets suivants :\n\n- Projet de centrale solaire.\n\n"
                + "- Projet de vaccination.").agreements().size(), "two items for three documents: the batch stays one");
    }

    @Test
    void aDocumentsTwoSidesJoinedByADashRightAfterItAreItsOwn() {
        assertEquals(List.of("agreement signed [CI, KW]", "mou signed [BOAD, CI]"), Extracted.from("La Côte d'Ivoire et le "
                + "Koweït ont signé lundi un accord sur la commission mixte et un mémorandum d'entente Côte d'Ivoire - "
                + "Banque ouest-africaine de développement.").agreementSummaries());
    }

    @Test
    void aSentenceOpeningOnItSAgitListsTheBatchThoughItsItemsSayWhoSigned() {
        Extracted x = Extracted.from("L'Algérie et la Turquie ont signé mardi à Alger plusieurs accords de coopération. "
                + "Ces accords et mémorandums de coopération ont été signés au siège de la présidence. Il s'agit d'un accord "
                + "de coopération entre l'Agence spatiale algérienne et l'Agence spatiale turque, signé par leurs directeurs, "
                + "ainsi que d'un mémorandum d'entente sur les archives.");
        assertEquals(List.of("agreement signed [ASAL, TUA]", "mou signed [DZ, TR]"),
                x.agreementSummaries(), "the batch and its plurals named again give way to the documents listed");
    }

    @Test
    void pluralsOfDocumentsNamedInSeveralWordsAreTriggers() {
        assertEquals(List.of("mou signed [FR, MA]"), Extracted.from("Le Maroc et la France ont signé deux déclarations "
                + "d'intention.").agreementSummaries());
        assertEquals(List.of("joint_declaration signed [FR, MA]"), Extracted.from("Le Maroc et la France ont signé des "
                + "déclarations conjointes.").agreementSummaries());
        assertEquals(List.of("mou signed [IR, OM]", "other signed [IR, OM]"), Extracted.from("Oman et l'Iran ont signé "
                + "une douzaine de protocoles d'accord et de programmes de coopération.").agreementSummaries());
    }

    @Test
    void aDocumentWithoutSidesOfItsOwnLeavesToTheOthersThoseTheirEntreNames() {
        Extracted x = Extracted.from("L'Angola et le Portugal renforcent leurs liens. Un mémorandum sur la formation des "
                + "diplomates et un protocole de collaboration entre l'Agence pour la compétitivité et l'innovation (Portugal) "
                + "et l'Institut de soutien aux micro, petites et moyennes entreprises (Angola) ont été paraphés.");
        assertEquals(List.of("mou signed [AO, PT]",
                "mou signed [Agence pour la compétitivité et l'innovation, Institut de soutien aux micro, petites et moyennes entreprises]"),
                x.agreementSummaries(), "a country in brackets after a name is its home; a comma of a name ends no side");
    }

    @Test
    void documentsExchangedAreSigned() {
        assertEquals(List.of("mou signed [AE, KM]"), Extracted.from("Les Comores et les Émirats arabes unis renforcent "
                + "leurs liens. Plusieurs mémorandums d'accord ont été échangés lundi à Abou Dhabi.").agreementSummaries());
    }

    @Test
    void aListedDocumentTakesTheSectorsOfTheOfficesInItsOwnPartOnly() {
        Extracted x = Extracted.from("Le Laos et le Cambodge ont signé plusieurs accords lundi. Les documents signés "
                + "comprennent la lettre d'intention entre le ministère lao de la Défense et le ministère cambodgien de la "
                + "Défense ; le mémorandum d'accord entre le ministère lao de la Santé et le ministère cambodgien de la Santé.");
        assertEquals(List.of(List.of("defense"), List.of("health")), x.agreements().stream().map(Agreement::sectors).toList());
    }

    @Test
    void signedDocumentsOfAFieldListedAfterABatchReplaceIt() {
        Extracted x = Extracted.from("La cérémonie de signature d'accords de coopération entre le Laos et le Cambodge "
                + "s'est tenue lundi à Vientiane. Les documents de coopération signés comprennent l'accord de coopération "
                + "entre le ministère lao de la Santé et le ministère cambodgien de la Santé ; le mémorandum d'accord entre "
                + "l'Agence française de développement et la Banque africaine de développement.");
        assertEquals(List.of("agreement signed [KH, LA]", "mou signed [AFD, BAD]"), x.agreementSummaries(),
                "one per document listed, each with its own sides; the batch gives way");
    }

    @Test
    void theItemsOfAListUnderABatchAreEachOneOfItsDocuments() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont signé plusieurs documents de coopération lundi à Banjul.\n\n"
                + "Les deux présidents ont assisté à la signature de ces textes, qui comprennent :\n\n"
                + "- Protocole d'accord entre le ministère sénégalais de la Santé et le ministère gambien de la Santé.\n\n"
                + "Photo : archives\n\n"
                + "- Accord de coopération sur la pêche.\n\n"
                + "- Mémorandum d'entente entre l'Agence française de développement et la Banque africaine de développement.");
        assertEquals(List.of("mou signed [GM, SN]", "agreement signed [GM, SN]",
                "mou signed [AFD, BAD]"),
                x.agreementSummaries(), "one per item, the batch gives way; a caption between items keeps the list");
        assertEquals(List.of("agriculture"), x.agreements().get(1).sectors());
        x.agreements().forEach(a -> assertEquals("GM", a.placeCountryIso2()));
    }

    @Test
    void linesInLowerCaseEndingOnSemicolonsAreItemsOfTheList() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont renforcé leurs liens lundi à Banjul.\n\n"
                + "Les documents de coopération signés lundi sont :\n\n"
                + "l'accord de coopération sur la pêche ;\n\n"
                + "le mémorandum d'entente sur la santé ;\n\n"
                + "et enfin, le protocole d'accord sur l'énergie.\n\n"
                + "La centrale de Kaur, objet du troisième accord signé lundi, sera construite en 2025.");
        assertEquals(List.of("agreement signed [GM, SN]", "mou signed [GM, SN]", "mou signed [GM, SN]"),
                x.agreementSummaries(), "one per line, and the third named again by its rank is no new one");
        assertEquals(List.of(List.of("agriculture"), List.of("health"), List.of("energy")),
                x.agreements().stream().map(Agreement::sectors).toList());
    }

    @Test
    void linesInLowerCaseEndingOnCommasAreItemsOfTheList() {
        Extracted x = Extracted.from("Le Niger et le Bénin ont conclu quatre accords de coopération à Cotonou.\n\n"
                + "Lors de la cérémonie, les ministres de la Défense ont paraphé deux textes :\n\n"
                + "l'accord de coopération militaire entre les deux gouvernements,\n\n"
                + "ainsi que le protocole sur la formation des officiers.\n\n"
                + "Le ministre béninois a salué une étape importante.");
        assertEquals(List.of("agreement signed [BJ, NE]", "mou signed [BJ, NE]"), x.agreementSummaries(),
                "the batch gives way to the documents listed");
        assertEquals(List.of(List.of("defense"), List.of("education")), x.agreements().stream().map(Agreement::sectors).toList());
    }

    @Test
    void aDocumentNamedInTheNameOfAnotherIsWhatThatOneAmends() {
        assertEquals(List.of("agreement signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin ont signé un accord "
                + "complémentaire au mémorandum d'entente sur la pêche.").agreementSummaries());
        assertEquals(List.of("agreement signed [BJ, NE]", "mou signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin "
                + "ont conclu quatre accords de coopération à Cotonou.\n\nLors de la cérémonie, les ministres ont paraphé "
                + "deux textes :\n\n- l'accord de coopération militaire ;\n\n"
                + "- le protocole de modification n°1 du protocole d'application de 2020.").agreementSummaries(),
                "in a list too");
        assertEquals(List.of("agreement signed [BJ, NE]", "mou signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin "
                + "ont signé un accord sur la pêche et un mémorandum d'entente sur la santé.").agreementSummaries(),
                "two documents joined by 'et'");
        assertEquals(List.of("agreement signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin ont signé l'amendement "
                + "du protocole de 2005 sur le transport routier.").agreementSummaries(), "an amendment is a document");
        assertEquals(2, Extracted.from("Le Niger et le Bénin ont signé un contrat de fourniture. Ce contrat arrive trois "
                + "mois après la signature du mémorandum d'entente par Niamey et Cotonou.").agreements().size(),
                "far from the first document's noun, another document");
    }

    @Test
    void aBatchGivenNoCountIsAsManyDocumentsAsItsOrdinalsPick() {
        Extracted x = Extracted.from("Le Niger et le Bénin ont signé plusieurs programmes d'exécution à Niamey. "
                + "Le premier concerne la coopération dans l'éducation. Le deuxième touche l'agriculture, et un troisième "
                + "programme concerne la santé.");
        assertEquals(List.of("other signed [BJ, NE]", "other signed [BJ, NE]", "other signed [BJ, NE]"), x.agreementSummaries());
        assertEquals(List.of(List.of("education"), List.of("agriculture"), List.of("health")),
                x.agreements().stream().map(Agreement::sectors).toList());
        assertEquals(List.of("other signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin ont signé plusieurs "
                + "programmes d'exécution à Niamey. Le premier concerne l'éducation.").agreementSummaries(),
                "one document picked: the batch stays one entry");
        assertEquals(1, Extracted.from("Le Niger et le Bénin ont signé des conventions de financement : la première "
                + "tranche sera décaissée cette année, la deuxième tranche en 2026.").agreements().size(),
                "ranks inside a clause of the batch's sentence pick no document");
    }

    @Test
    void aDefiniteCountPointsBackToTheBatchOfThatCountWhateverItsNounAndItsObjectsSplitIt() {
        Extracted x = Extracted.from("Le Sénégal et l'Agence française de développement ont procédé à la signature de trois "
                + "accords de financement d'un montant de 50 millions d'euros.\n\nLes trois conventions de financement que "
                + "nous venons de signer, relatives au projet agricole, au projet d'écoles rurales et au projet de route, "
                + "marquent un jalon entre nos deux pays.");
        assertEquals(List.of("agreement signed [AFD, SN]",
                "agreement signed [AFD, SN]",
                "agreement signed [AFD, SN]"), x.agreementSummaries());
        assertTrue(x.agreements().get(1).sectors().contains("education"));
    }

    @Test
    void aCountWithAnAdjectiveBeforeItsNounCountsAndTheLastDocumentComesAfterTheOthers() {
        Extracted x = Extracted.from("Le Niger et la Banque mondiale ont signé quatre importants accords de financement. "
                + "Le premier accord est relatif au projet de barrage hydroélectrique. Le deuxième concerne les écoles "
                + "rurales. Le troisième est relatif aux hôpitaux. Enfin, le dernier accord porte sur les mines d'uranium.");
        assertEquals(4, x.agreements().size());
        assertTrue(x.agreements().get(3).sectors().contains("mining"));
    }

    @Test
    void aTallyOfDocumentsSignedIsNoDocument() {
        assertEquals(List.of("treaty signed [BJ, FR]"), Extracted.from("Le Bénin et la France ont signé une convention "
                + "de financement. La signature de cette convention porte ainsi le nombre de conventions de financement signées "
                + "avec la France à quarante.")
                .agreementSummaries());
    }

    @Test
    void aCountedBatchsDocumentsPickedByRankInOneSentenceTakeEachItsOwnClause() {
        Extracted x = Extracted.from("Quatre accords de partenariat ont été signés ce 24 février à Niamey par le Niger et le "
                + "Bénin. Le premier accord pose les bases d'un partenariat commercial ; le second s'intéresse au volet "
                + "militaire ; le troisième accord concerne les écoles, alors que le quatrième porte sur les mines d'or.");
        assertEquals(4, x.agreements().size());
        assertEquals(List.of(List.of("trade"), List.of("defense"), List.of("education"), List.of("mining")),
                x.agreements().stream().map(Agreement::sectors).toList());
    }

    @Test
    void aListingSentenceEndingOnASemicolonGoesOnOnTheNextLinesAndSYAjouteAddsMore() {
        Extracted x = Extracted.from("Le Niger et le Bénin ont procédé à la signature d'accords de coopération à Niamey. "
                + "Il s'agit de l'accord sur la pêche ;\n\nl'accord de coopération dans le domaine de l'énergie.\n\n"
                + "Il s'y ajoute le mémorandum d'entente dans les domaines des mines ; l'accord dans le domaine de la santé.");
        assertEquals(List.of("agreement signed [BJ, NE]", "agreement signed [BJ, NE]", "mou signed [BJ, NE]",
                "agreement signed [BJ, NE]"), x.agreementSummaries());
        assertEquals(List.of(List.of("agriculture"), List.of("energy"), List.of("mining"), List.of("health")),
                x.agreements().stream().map(Agreement::sectors).toList());
    }

    @Test
    void documentsListedAsAlsoSignedAfterASigningAreMoreDocumentsOfIt() {
        assertEquals(List.of("agreement signed [BJ, NE]", "agreement signed [BJ, NE]", "treaty signed [BJ, NE]",
                "mou signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin ont signé un accord sur les douanes et un "
                + "accord sur les transports routiers. Il s'agit aussi d'une convention dans le domaine de la santé et "
                + "d'un mémorandum d'entente dans le domaine de la justice.").agreementSummaries());
        assertEquals(List.of("agreement signed [BJ, NE]"), Extracted.from("Le Niger et le Bénin ont signé un accord "
                + "commercial. Il s'agit d'un accord de libre-échange.").agreementSummaries(), "no additive: the same one");
    }

    @Test
    void aFirstDocumentOfItsKindIsNew() {
        assertEquals(List.of("agreement signed [CA, EC]", "agreement signed [EC, KR]"), Extracted.from("L'Équateur et "
                + "la Corée ont signé un accord sur la pêche. L'Équateur et le Canada ont signé le deuxième accord de "
                + "libre-échange de leur histoire, après celui de 2010.").agreementSummaries().stream().sorted().toList());
    }

    @Test
    void numberedItemsListTooAndAParagraphEndsTheList() {
        Extracted x = Extracted.from("Dakar et Banjul renforcent leurs liens\n\nLe Sénégal et la Gambie ont conclu deux accords :\n"
                + "1. Accord sur la pêche ;\n"
                + "2. Accord sur l'énergie.\n"
                + "Les ministres ont ensuite visité le port de Banjul, où les travaux de modernisation avancent.\n"
                + "- Accord sur la santé.");
        assertEquals(List.of("agreement signed [GM, SN]", "agreement signed [GM, SN]"), x.agreementSummaries());
        assertEquals(List.of(List.of("agriculture"), List.of("energy")),
                x.agreements().stream().map(Agreement::sectors).toList());
    }

    @Test
    void anItemsOwnSentencesOnItsLineEndNoList() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont conclu trois accords.\n\nLes trois accords sont :\n\n"
                + "1. Un accord sur la pêche. L'accord vise à protéger les stocks.\n\n"
                + "2. Un mémorandum sur l'énergie. Ce mémorandum prévoit une ligne électrique.\n\n"
                + "3. Un mémorandum sur la santé. Il prévoit un hôpital.");
        assertEquals(List.of("agreement signed [GM, SN]", "mou signed [GM, SN]", "mou signed [GM, SN]"), x.agreementSummaries());
    }

    @Test
    void theNounThatOpensATriggerSaysItsKind() {
        assertEquals(List.of("mou signed [GM, SN]"), Extracted.from("Le Sénégal et la Gambie ont signé un protocole "
                + "d'accord de coopération dans le domaine de la pêche.").agreementSummaries());
        assertEquals(List.of("mou signed [GM, SN]"), Extracted.from("Le Sénégal et la Gambie ont signé un mémorandum "
                + "d'entente de coopération.").agreementSummaries());
        assertEquals(List.of("agreement signed [GM, SN]"), Extracted.from("Le Sénégal et la Gambie ont signé un accord "
                + "de coopération.").agreementSummaries());
    }
    @Test
    void aPartnershipAnOrdinalDocumentIsAboutIsNoDocumentOfItsOwn() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé deux accords de coopération lundi à Accra. "
                + "Le premier concerne un partenariat de défense entre les deux armées. "
                + "Le second porte sur la santé.");
        assertEquals(List.of("agreement", "agreement"), kinds(x), "the batch gives way to its two documents");
        assertEquals(List.of("defense"), x.agreements().get(0).sectors());
        assertEquals(List.of("health"), x.agreements().get(1).sectors());
    }

    @Test
    void anOrdinalThatPicksNoDocumentListsNone() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé plusieurs accords lundi à Accra. "
                + "Au troisième jour de sa visite, le président a visité une usine qui mène un programme de coopération "
                + "avec le Togo.");
        assertEquals(List.of("agreement [GH, TG]"), x.agreements().stream()
                .map(a -> a.kind() + " " + new java.util.TreeSet<>(Extracted.parties(a))).toList());
    }
    @Test
    void aBatchGivenByTwoNounsJoinedByEtIsOneEntry() {
        assertEquals(List.of("agreement"), kinds(Extracted.from("Le Ghana et le Togo ont signé douze mémorandums d'entente "
                + "et accords portant sur la santé et l'énergie.")), "documents of two kinds: an agreement");
        assertEquals(List.of("mou"), kinds(Extracted.from("Le Ghana et le Togo ont signé douze mémorandums d'entente "
                + "et protocoles d'accord portant sur la santé et l'énergie.")), "two nouns of one kind");
        assertEquals(List.of("mou", "agreement"), kinds(Extracted.from("Le Ghana et le Togo ont signé des mémorandums "
                + "sur la santé et des accords sur l'énergie.")), "each noun with its own determiner and object");
    }
    @Test
    void aDocumentReportedBeforeThatACopulaDescribesIsNoNewOne() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé lundi un mémorandum d'entente sur le commerce. "
                + "Selon le ministre, le mémorandum signé constitue une feuille de route pour les entreprises.");
        assertEquals(List.of("mou"), kinds(x));
        assertEquals(2, kinds(Extracted.from("Le Ghana et le Togo ont signé deux accords. "
                + "Le premier accord porte sur l'eau. Le second accord est un mémorandum d'entente sur le commerce.")).size(),
                "an ordinal names another document");
    }

    @Test
    void markedLinesRightAfterABatchsParagraphListItsDocuments() {
        List<String> found = Extracted.from("Plusieurs accords entre le Ghana et le Togo ont été signés jeudi à Accra.\n\n"
                + "Ils touchent les domaines de la finance et de l'agriculture.\n\n"
                + "– Accord-cadre sur les instituts de technologie\n\n"
                + "– Convention de financement pour une ligne de crédit de 15 millions d'euros à la Volta Bank.\n\n"
                + "– Déclaration conjointe sur la recherche.").agreementSummaries();
        assertEquals(List.of("agreement signed [GH, TG]", "treaty signed [GH, TG]", "joint_declaration signed [GH, TG]"),
                found, "a credit line a convention is for is its object, no document of its own");
    }

    @Test
    void aNumberGluedToItsItemStillMarksIt() {
        List<Agreement> found = Extracted.from("Le Ghana et le Togo ont signé trois accords de financement mardi.\n\n"
                + "Les accords signés sont les suivants :\n\n"
                + "1. Un prêt de 80 millions d'euros pour les petites entreprises.\n\n"
                + "2.Un prêt de 50 millions d'euros pour l'assainissement.\n\n"
                + "3. Un don de 6 millions d'euros pour les écoles.").agreements();
        assertEquals(3, found.size());
    }

    @Test
    void aColonRightAfterACountedBatchOpensItsDocumentsAmounts() {
        List<Agreement> found = Extracted.from("Le ministre ghanéen et la Banque mondiale ont signé deux conventions de "
                + "financement : 185 millions d'euros pour la relance de l'économie et 15 millions d'euros pour "
                + "la construction d'une école.").agreements();
        assertEquals(2, found.size());
        assertEquals(List.of("finance"), found.get(0).sectors());
        assertTrue(found.get(1).sectors().contains("education"), "each document with the sectors of its own amount");
    }

    @Test
    void aDocumentADocumentIsForIsItsObject() {
        assertEquals(List.of("treaty signed [GH, TG]"), Extracted.from("Le Ghana et le Togo ont signé une convention de "
                + "financement pour une ligne de crédit de 15 millions d'euros.").agreementSummaries());
    }

    @Test
    void aRankCountsTheDocumentsReportedNotABatchGivenNoCount() {
        assertEquals(List.of("agreement signed [GH, TG]", "mou signed [GH, TG]", "mou signed [GH, TG]",
                "agreement signed [GH, TG]"), Extracted.from("Cérémonie de signature des accords de partenariat entre le "
                + "Ghana et le Togo ce lundi à Accra. Le mémorandum sur la feuille de route a été signé par le ministre "
                + "ghanéen et son homologue togolaise, cette dernière ayant aussi paraphé un mémorandum sur l'énergie verte "
                + "avec la ministre de l'Énergie. Quant au 3ème accord portant sur la modernisation de la justice, il a été "
                + "signé par les ministres de la Justice.").agreementSummaries());
    }
}
