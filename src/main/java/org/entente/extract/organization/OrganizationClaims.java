package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;

/**
 * Text ranges already taken by known organizations and countries while unknown ones are sought.
 * Each kind of claim is a set of the characters it covers, so that a question costs the length of
 * the range asked about, not the claims near it.
 */
final class OrganizationClaims {
    private final BitSet organizations = new BitSet();
    /** Characters of a country's name or capital, demonyms aside ("le groupe coréen" leaves "coréen" free). */
    private final BitSet countries = new BitSet();
    /** Country hits by start, for the rarer question of a range inside one. */
    private final TreeMap<Integer, List<CountryHit>> countriesByStart = new TreeMap<>();
    private int longestCountry;

    OrganizationClaims(List<OrganizationHit> known, List<CountryHit> countryHits) {
        known.forEach(this::claim);
        for (CountryHit c : countryHits) {
            countriesByStart.computeIfAbsent(c.start(), s -> new ArrayList<>(1)).add(c);
            longestCountry = Math.max(longestCountry, c.end() - c.start());
            if (c.type() != MentionType.DEMONYM) {
                countries.set(c.start(), c.end());
            }
        }
    }

    void claim(OrganizationHit hit) {
        organizations.set(hit.start(), hit.end());
    }

    /** The country of the demonym that is exactly [start, end) ("Américain" of "l'Américain Kosmos Energy"), or null. */
    String demonymAt(int start, int end) {
        return countriesByStart.getOrDefault(start, List.of()).stream()
                .filter(c -> c.type() == MentionType.DEMONYM && c.end() == end).map(CountryHit::iso2).findFirst().orElse(null);
    }

    boolean isTaken(int start, int end) {
        return isOrganization(start, end) || isCountry(start, end);
    }

    boolean isOrganization(int start, int end) {
        return overlaps(organizations, start, end);
    }

    /** A country's own name covers the whole range: "République de Corée (RC)" is no organization. */
    boolean isWholeCountry(int start, int end) {
        if (end - start > longestCountry) {
            return false;
        }
        for (List<CountryHit> hits : countriesByStart.subMap(end - longestCountry, true, start, true).values()) {
            for (CountryHit c : hits) {
                if (end <= c.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The countries named (or whose demonyms stand) wholly inside [start, end). */
    List<CountryHit> countriesWithin(int start, int end) {
        List<CountryHit> within = new ArrayList<>();
        for (List<CountryHit> hits : countriesByStart.subMap(start, true, end, false).values()) {
            hits.stream().filter(c -> c.end() <= end).forEach(within::add);
        }
        return within;
    }

    boolean isCountry(int start, int end) {
        return overlaps(countries, start, end);
    }

    private static boolean overlaps(BitSet covered, int start, int end) {
        int first = covered.nextSetBit(start);
        return first >= 0 && first < end;
    }
}
