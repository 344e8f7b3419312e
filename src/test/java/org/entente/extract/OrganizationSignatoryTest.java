package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.entente.extract.model.Organization;
import org.junit.jupiter.api.Test;

/** Organizations the gazetteer lacks, named around a country, that sign agreements in their own name. */
class OrganizationSignatoryTest {

    @Test
    void utilityNamedAfterItsCountryIsACompanyNotTheCountry() {
        Extracted result = Extracted.from("La Société nationale d'électricité du Bénin (SNEB) a conclu avec "
                + "Togo Énergie Distribution (TED) un contrat de fourniture de 50 MW.");
        assertEquals("Société nationale d'électricité du Bénin", result.organization("SNEB").name());
        assertEquals("Togo Énergie Distribution", result.organization("TED").name());
        assertEquals(Set.of("SNEB", "TED"), Extracted.parties(result.onlyAgreement()));
    }

    @Test
    void englishNameHoldingACountryBeforeItsAcronymIsOneOrganization() {
        Extracted result = Extracted.from("Le fonds souverain Ghana Infrastructure Investment Fund (GIIF) a signé "
                + "un accord de financement avec la Banque ouest-africaine de développement.");
        assertEquals("Ghana Infrastructure Investment Fund", result.organization("GIIF").name());
    }

    @Test
    void nameStartsWhereItsInitialsSpellTheAcronym() {
        Organization org = Extracted.from("Le ministre a salué l'Autorité portuaire autonome du Sénégal (APAS) pour son travail.")
                .organization("APAS");
        assertEquals("Autorité portuaire autonome du Sénégal", org.name());
    }

    @Test
    void countryWithItsOwnAbbreviationIsNoOrganization() {
        Extracted result = Extracted.from("La République centrafricaine (RCA) et le Tchad ont signé un accord de sécurité.");
        assertTrue(result.organizations().isEmpty(), result.organizations().toString());
        assertEquals(Set.of("CF", "TD"), Extracted.parties(result.onlyAgreement()));
    }

    @Test
    void descriptorWithDeLinksReachesTheCompanyName() {
        Organization org = Extracted.from("Le gestionnaire grec du réseau de transport d'électricité Helleniq Grid a "
                + "présenté ses résultats.").organization("Helleniq Grid");
        assertEquals("GR", org.countryIso2());
    }

    @Test
    void continentAfterACueIsNoOrganization() {
        Extracted result = Extracted.from("La société de projet du corridor Afrique centrale sera créée en 2026.");
        assertFalse(result.organizations().stream().anyMatch(o -> o.name().startsWith("Afrique")),
                result.organizations().toString());
    }
}
