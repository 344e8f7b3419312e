package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;

/** Text ranges already taken by known organizations and countries while unknown ones are sought. */
final class OrganizationClaims {
    private final List<OrganizationHit> organizations = new ArrayList<>();
    private final List<CountryHit> countries;

    OrganizationClaims(List<OrganizationHit> known, List<CountryHit> countries) {
        organizations.addAll(known);
        this.countries = countries;
    }

    void claim(OrganizationHit hit) {
        organizations.add(hit);
    }

    boolean isTaken(int start, int end) {
        return isOrganization(start, end) || isCountry(start, end);
    }

    boolean isOrganization(int start, int end) {
        return organizations.stream().anyMatch(o -> o.start() < end && start < o.end());
    }

    /** A country's own name covers the whole range: "République de Corée (RC)" is no organization. */
    boolean isWholeCountry(int start, int end) {
        return countries.stream().anyMatch(c -> c.start() <= start && end <= c.end());
    }

    boolean isCountry(int start, int end) {
        return countries.stream().anyMatch(c -> c.start() < end && start < c.end() && c.type() != MentionType.DEMONYM);
    }
}
