package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatories listed with their names and positions between commas, and a signing named by its noun. */
class AgreementSignatoryListsTest {

    @Test
    void aListGoesOnThroughEachSignatorysPositionAndName() {
        assertEquals(List.of("agreement signed [Kappa Power, Lambda Bank, MA]"), Extracted.from("Les accords ont été "
                + "signés lundi à Rabat par le ministre marocain des Finances, Ali Karim, le directeur général de la "
                + "société Kappa Power, Omar Said, et par le chef du bureau de la banque Lambda Bank, Mme Anne Roy.")
                .agreementSummaries());
    }

    @Test
    void aJoinedSignatorysOwnPositionFollowsHim() {
        assertEquals(List.of("agreement signed [Kappa Bank, Lambda Bank]"), Extracted.from("L'accord a été signé "
                + "mardi à Abidjan entre les représentants des deux entités, Ali Ben, président de la banque Kappa Bank "
                + "et Omar Said, président de la banque Lambda Bank.").agreementSummaries());
    }

    @Test
    void aHeadlineNamingTheSigningOfADocumentReportsItSigned() {
        assertEquals(List.of("mou signed [Kappa Bank, Lambda Bank]"), Extracted.from("Signature d'un mémorandum "
                + "d'entente entre la banque Kappa Bank et la banque Lambda Bank\n\nLes deux banques financeront des "
                + "routes.").agreementSummaries());
    }

    @Test
    void aNewJointDeclarationThatSaysWhatIsQuotedIsIssuedByBothSides() {
        String visit = "Le Nigeria et l'Inde renforcent leurs liens lors de la visite de Narendra Modi à Abuja. ";
        assertEquals(List.of("joint_declaration signed [IN, NG]"), Extracted.from(visit + "« Les dirigeants condamnent "
                + "le terrorisme », indique un communiqué conjoint publié à la fin de la visite du Premier ministre indien.")
                .agreementSummaries());
        assertEquals(List.of("joint_declaration signed [CN, EG]"), Extracted.from("L'Égypte et la Chine lancent des "
                + "projets. « Nous allons construire des routes », ont affirmé les deux présidents dans une déclaration "
                + "conjointe.").agreementSummaries());
        assertEquals(List.of(), Extracted.from(visit + "« Les dirigeants condamnent le terrorisme », indique le "
                + "communiqué conjoint.").agreementSummaries(), "the one reported before, or none");
    }
}
