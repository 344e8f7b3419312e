package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.junit.jupiter.api.Test;

/** A subsidiary or division keeps its own name; its parent's name alone is not it. */
class OrganizationSubsidiaryTest {
    @Test
    void aCompanyNameFollowedByCapitalizedWordsNamesASubsidiary() {
        Extracted x = Extracted.from("Airbus Engineering & Construction et Thales Systems ont signé un contrat de satellites.");
        assertEquals(List.of(new Organization("Airbus Engineering & Construction", null, "company", "FR"),
                new Organization("Thales Systems", null, "company", "FR")), x.organizations());
        assertEquals(Set.of("Airbus Engineering & Construction", "Thales Systems"), Extracted.parties(x.onlyAgreement()));
    }

    @Test
    void aDivisionsWordsMayBeJoinedByAndAndEndWithACompanyWord() {
        Extracted x = Extracted.from("Airbus Orbital and Space et Thales Harbour Trucks ont signé un contrat avec le Chili.");
        assertEquals(List.of("Airbus Orbital and Space", "Thales Harbour Trucks"),
                x.organizations().stream().map(Organization::name).toList());
        assertEquals(List.of("Airbus", "Thales"), Extracted.from("Airbus Orbital et Thales Harbour ont signé un contrat.")
                .organizations().stream().map(Organization::name).toList(), "no company word closes the added words");
    }

    @Test
    void aParentActingThroughItsSubsidiaryIsNoPartyTheSubsidiarySigns() {
        Extracted x = Extracted.from("Thales, à travers sa filiale Thales Energie, a remporté un contrat auprès de "
                + "l'Office national de l'électricité.");
        assertEquals(List.of("Thales", "Thales Energie", "Office national de l'électricité"), x.organizationNames());
        assertEquals(Set.of("Thales Energie", "Office national de l'électricité"), Extracted.parties(x.onlyAgreement()));
        assertEquals(Set.of("Thales", "Office national de l'électricité"), Extracted.parties(Extracted.from("Thales, "
                + "à travers son directeur, a remporté un contrat auprès de l'Office national de l'électricité.")
                .onlyAgreement()), "no subsidiary named: the company signs");
    }

    @Test
    void aPersonAfterTheCompanyIsNoPartOfItsName() {
        Extracted x = Extracted.from("Le patron d'Airbus Jean Martin a signé un contrat avec Thales Limited.");
        assertEquals(List.of("Airbus", "Thales"), x.organizations().stream().map(Organization::name).toList(),
                "a person's name and a legal form are no subsidiary");
    }

    @Test
    void theParentNamedAloneStaysTheParent() {
        Extracted x = Extracted.from("Airbus et Thales ont signé un contrat avec le Chili. Selon Airbus, la livraison aura lieu en mai.");
        assertEquals(List.of("Airbus", "Thales"), x.organizations().stream().map(Organization::name).toList());
    }
    @Test
    void aLegalFormAbbreviatedOrNotNamesTheSameCompany() {
        Extracted x = Extracted.from("Kappa Rail Engineering Corp. a signé un contrat avec le Chili. "
                + "Selon Kappa Rail Engineering Corporation, les travaux commencent en mai.");
        assertEquals(List.of("Kappa Rail Engineering Corp"), x.organizations().stream().map(Organization::name).toList(),
                "one company, and the sentence's first word is no part of its name");
    }

    @Test
    void anInternationalBranchOrAnEnglishNameWithOfKeepsItsWholeName() {
        Extracted x = Extracted.from("Airbus International et Port of Kappa Consulting ont signé un contrat avec le Chili.");
        assertEquals(List.of("Airbus International", "Port of Kappa Consulting"),
                x.organizations().stream().map(Organization::name).toList());
    }

    @Test
    void aCompanyNameEndingWithACountrysEnglishNameIsItsBranchThere() {
        Extracted x = Extracted.from("Un contrat a été signé entre Sonatrach, Airbus Helicopters Chile et Thales Norway.");
        assertEquals(List.of(new Organization("Thales Norway", null, "company", "NO")),
                x.organizations().stream().filter(o -> o.name().startsWith("Thales")).toList());
    }
}
