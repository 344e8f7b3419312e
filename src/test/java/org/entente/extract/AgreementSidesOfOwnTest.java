package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides a document names for itself, bare protocols, and sides said by a person's name. */
class AgreementSidesOfOwnTest {

    @Test
    void aListedDocumentBetweenTwoOrganizationsBindsThemNotTheSubject() {
        assertEquals(List.of("other signed [FR, SN]", "agreement signed [Kappa Energie, Lambda Bank]"),
                Extracted.from("Le Sénégal et la France ont signé une feuille de route sur l'eau, ainsi qu'un accord de "
                        + "financement entre la société Kappa Energie et la banque Lambda Bank.").agreementSummaries());
        assertEquals(List.of("other signed [FR, SN]", "agreement signed [FR, SN]"),
                Extracted.from("Le Sénégal et la France ont signé une feuille de route sur l'eau, ainsi qu'un accord sur "
                        + "les échanges entre les deux pays.").agreementSummaries(), "states only: the subject's");
    }

    @Test
    void aBareProtocolSignedIsAMemorandumButAHealthRuleIsNot() {
        String visit = "Le Mali et le Niger renforcent leurs relations. ";
        assertEquals(List.of("mou signed [ML, NE]"), Extracted.from(visit + "Les ministres de la Santé des deux pays ont "
                + "signé des protocoles sur les médicaments.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(visit + "Les deux pays ont adopté un protocole sanitaire strict aux "
                + "frontières.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(visit + "Le chef du protocole a été signalé absent.").agreementSummaries());
    }

    @Test
    void anEntreAfterWhatTheDocumentIsForNamesNoSides() {
        assertEquals(List.of("mou signed [Kappa Energie, Lambda Bank]"), Extracted.from("La société Kappa Energie a "
                + "rencontré la banque Lambda Bank à Dakar. Les deux groupes ont signé un protocole « pour favoriser la "
                + "coopération entre Kappa Energie et les banques sénégalaises ».").agreementSummaries());
    }

    @Test
    void aLeaderNamedWithoutHisCountryBesideAnotherSignsForTheArticlesOtherCountry() {
        String visit = "La Russie et l'Ouzbékistan ont tenu des entretiens à Tachkent. ";
        assertEquals(List.of("joint_declaration signed [RU, UZ]"), Extracted.from(visit + "Vladimir Poutine et le "
                + "président ouzbek Shavkat Mirziyoyev ont signé une déclaration commune.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(visit + "Le président ouzbek Shavkat Mirziyoyev a signé une déclaration "
                + "commune.").agreementSummaries(), "one side only, and no person beside it");
        assertEquals(List.of("joint_declaration signed [RU, UZ]"), Extracted.from(visit + "M. Poutine et le président "
                + "ouzbek Shavkat Mirziyoyev ont signé une déclaration commune.").agreementSummaries(), "a civility and a surname");
        assertEquals(List.of(), Extracted.from(visit + "M. Mirziyoyev, le président ouzbek, a signé une déclaration "
                + "commune.").agreementSummaries(), "an apposition says whose");
    }

    @Test
    void aNewsAgencySignsWhereEntreOpensItsPhrase() {
        assertEquals(List.of("agreement signed [APS, Agence de presse mexicaine Notimex]"), Extracted.from("Un accord "
                + "a été signé entre l'agence Algérie presse service (APS) et l'Agence de presse mexicaine Notimex.")
                .agreementSummaries());
        assertEquals(List.of("agreement signed [France Télévisions, RTBF]"), Extracted.from("La RTBF et France Télévisions "
                + "ont signé mardi à Mons un accord de partenariat.").agreementSummaries(), "a media joined to another by 'et'");
        assertEquals(List.of("agreement signed [BE, FR]"), Extracted.from("Selon France Télévisions, la Belgique et la "
                + "France ont signé mardi à Mons un accord de partenariat.").agreementSummaries(), "a media quoted alone");
    }

    @Test
    void twoPartsOfAppositionMayStandBetweenTheFirstPartyAndTheNext() {
        assertEquals(List.of("agreement signed [Kappa Energie, Lambda Bank]"), Extracted.from("Un accord a été conclu "
                + "entre la société Kappa Energie, représentée par son président, Ahmed Ali, et la banque Lambda Bank.")
                .agreementSummaries());
    }

    @Test
    void aDocumentSignedWithAnOrganizationIsWithTheOrganizationTheArticleIsAbout() {
        String about = "La société Kappa Energie a publié ses résultats. Kappa Energie vise la Chine. Kappa Energie "
                + "recrute. ";
        assertEquals(List.of("agreement signed [Kappa Energie, Lambda Nuclear Corporation]"), Extracted.from(about
                + "L'accord de partenariat signé avec Lambda Nuclear Corporation renouvelle le précédent.")
                .agreementSummaries());
    }

    @Test
    void anOrganizationsDocumentInACountryIsWithThatCountry() {
        assertEquals(List.of("mou signed [Kappa Energie, MN]"), Extracted.from("Le groupe français Kappa Energie a signé "
                + "un protocole d'accord pour exploiter une mine d'uranium en Mongolie.").agreementSummaries());
        assertEquals(List.of(), Extracted.from("La société Kappa Energie a signé un protocole d'accord pour exploiter une "
                + "mine d'uranium en Mongolie.").agreementSummaries(), "its own country unknown: perhaps Mongolia's");
    }

    @Test
    void theProtocolNamedAgainAfterAPartnershipIsTheOneReported() {
        assertEquals(List.of("mou signed [KZ, Kappa Energie]"), Extracted.from("La société Kappa Energie a signé un "
                + "protocole d'accord avec le Kazakhstan afin de renforcer leur coopération. Le protocole a été signé "
                + "entre Kappa Mining et la société d'Etat Lambda Atom.").agreementSummaries());
    }

    @Test
    void anEntreInAnOpeningAdverbialJoinsNoParties() {
        assertEquals(List.of("mou signed [Kappa Telecom, UA]"), Extracted.from("Pendant que la guerre "
                + "commerciale continue entre les États-Unis et la Chine, l'Union africaine a signé avec la société "
                + "Kappa Telecom un protocole d'accord.").agreementSummaries());
    }

    @Test
    void aPersonWithoutCountryBesideAnOrganizationSignsForTheOrganizationTheArticleIsAbout() {
        String about = "La société Kappa Spatial publie son rapport. Kappa Spatial lance une mission. Kappa Spatial recrute. ";
        assertEquals(List.of("agreement signed [Kappa Spatial, Lambda Labs]"), Extracted.from(about + "Jean Martin "
                + "et Rahul Narayan, directeur de la start-up Lambda Labs, ont signé un accord.").agreementSummaries());
    }

    @Test
    void aSigningIsDatedNoLaterThanItsArticleAndOfficialisingSigns() {
        Extracted x = Extracted.from("Le Sénégal et le Mali ont signé un accord sur une mission prévue en janvier 2026.");
        assertEquals("2024-11-01", x.onlyAgreement().signedOn().toString());
        assertEquals(List.of("contract signed [ESA, Kappa Launch]"), Extracted.from("La société Kappa Launch officialise "
                + "le contrat avec l'Agence spatiale européenne (ESA).").agreementSummaries());
    }

    @Test
    void anOfficeWithoutCountryBesideAnOrganizationIsThePrincipalCountry() {
        String lead = "La banque Kappa Finance investit au Sénégal. ";
        assertEquals(List.of("agreement signed [Kappa Finance, SN]"), Extracted.from(lead + "L'accord de financement a "
                + "été signé, ce mardi 20 mai, à Dakar par le ministre de l'Économie, du Plan et de la Coopération, "
                + "Amadou Ba, et le directeur de la banque Kappa Finance, Ali Omar.").agreementSummaries());
    }

    @Test
    void aLongOfficeNameWithCommasRunsToTheOtherSignatory() {
        assertEquals(List.of("agreement signed [KFAED, TN]"),
                Extracted.from("La Tunisie obtient un financement. Un accord de prêt a été signé par le ministère du "
                        + "Développement, de l'Investissement et de la Coopération internationale et le directeur général "
                        + "du Fonds koweïtien pour le développement économique arabe (KFAED), hier.").agreementSummaries());
    }

    @Test
    void theLastSignatorysPositionNamesHisCountry() {
        assertEquals(List.of("agreement signed [Lambda Bank, NG]"), Extracted.from("L'accord a été signé à Kigali par "
                + "Ravi Kumar, président de la banque Lambda Bank et Ngozi Ade, ministre nigériane des Finances.")
                .agreementSummaries());
    }

    @Test
    void aDocumentOfRankSignedByOtherSidesIsOneOfItsOwn() {
        String first = "Le premier mémorandum a été signé par la société Kappa Gaz et la société Lambda Oil avec la Gambie. ";
        assertEquals(List.of("mou signed [GM, Kappa Gaz, Lambda Oil]", "mou signed [GH, Kappa Gaz, Lambda Oil]"),
                Extracted.from(first + "Le deuxième mémorandum a été signé par Kappa Gaz et Lambda Oil avec le Ghana.")
                        .agreementSummaries());
        assertEquals(List.of("mou signed [GM, Kappa Gaz, Lambda Oil]"), Extracted.from(first + "Le deuxième mémorandum "
                + "a été signé par Kappa Gaz et Lambda Oil.").agreementSummaries(), "the sides of one before");
    }

    @Test
    void anUncountedBatchOfTheLeadReportedAgainBelowIsOneButADifferentOneBelowIsNot() {
        assertEquals(List.of("agreement signed [DE, IN]"), Extracted.from("Les deux dirigeants ont également signé "
                + "plusieurs accords bilatéraux. Le chancelier allemand est en visite en Inde. Olaf Scholz et Narendra "
                + "Modi ont également signé plusieurs accords de coopération dans les domaines de la défense et du "
                + "commerce.").agreementSummaries());
        String lead = "L'Inde et le Bangladesh renforcent leurs liens. La visite a été utile. Le ministre a parlé. ";
        assertEquals(List.of("agreement signed [BD, IN]", "agreement signed [BD, IN]"), Extracted.from(lead
                + "Les deux parties ont signé des accords sur le commerce du gaz. Les deux parties ont également signé "
                + "des accords sur la surveillance côtière et l'eau potable.").agreementSummaries());
    }

    @Test
    void aPartysPhraseEndsWhereWhatTheDocumentIsAboutBegins() {
        assertEquals(List.of("treaty signed [GA, Kappa Construction]"), Extracted.from("Le Gabon a signé une convention "
                + "entre l'État gabonais et la société Kappa Construction relative à la route nationale construite "
                + "avec la partie chinoise.").agreementSummaries());
    }
}
