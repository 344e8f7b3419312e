package org.entente.extract.model;

/** A signatory of an agreement: a state (ISO alpha-2) or an organization, exactly one of them. */
public record Party(String countryIso2, Organization organization) {
    public Party {
        if ((countryIso2 == null) == (organization == null)) {
            throw new IllegalArgumentException("a party is a country or an organization");
        }
    }

    public static Party country(String iso2) {
        return new Party(iso2, null);
    }

    public static Party organization(Organization organization) {
        return new Party(null, organization);
    }
}
