package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.text.Token;

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
    /** The article's country hits as given, for the questions that take the first in their order. */
    private final List<CountryHit> countryHits;

    OrganizationClaims(List<OrganizationHit> known, List<CountryHit> countryHits) {
        this.countryHits = countryHits;
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

    /** Whether organizations claimed cover only part of [start, end): a longer name holds a known one. */
    boolean isPartlyOrganization(int start, int end) {
        return isOrganization(start, end) && organizations.get(start, end).cardinality() < end - start;
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

    /** The country a country's name or capital inside {@code [start, end)} names, or null. */
    String namedCountryWithin(int start, int end) {
        for (CountryHit hit : countryHits) {
            if (hit.start() >= start && hit.end() <= end && hit.type() != MentionType.DEMONYM) {
                return hit.iso2();
            }
        }
        return null;
    }

    /** The country a demonym inside {@code [start, end)} stands for, or null. */
    String demonymWithin(int start, int end) {
        for (CountryHit hit : countryHits) {
            if (hit.type() == MentionType.DEMONYM && hit.start() >= start && hit.end() <= end) {
                return hit.iso2();
            }
        }
        return null;
    }

    /**
     * Whether the name of tokens [first, end) overlaps a known organization, or a country besides its
     * first or last words: a name of two words or more may open with its country's ("l'opérateur national
     * Algérie Télécom", "Nigeria Sovereign Investment Authority") or end with it ("la compagnie Air
     * Madagascar", "l'opérateur Orange Côte d'Ivoire").
     */
    boolean isTakenPastItsCountry(List<Token> tokens, int first, int end) {
        if (isOrganization(tokens.get(first).start(), tokens.get(end - 1).end())) {
            return true;
        }
        int rest = end - first >= 2 && isWholeCountry(tokens.get(first).start(), tokens.get(first).end()) ? first + 1 : first;
        int restEnd = end;
        for (int j = rest + 1; j < end && restEnd == end; j++) {
            if (isWholeCountry(tokens.get(j).start(), tokens.get(end - 1).end())) {
                restEnd = j;
            }
        }
        return isCountry(tokens.get(rest).start(), tokens.get(restEnd - 1).end());
    }

    boolean isCountry(int start, int end) {
        return overlaps(countries, start, end);
    }

    private static boolean overlaps(BitSet covered, int start, int end) {
        int first = covered.nextSetBit(start);
        return first >= 0 && first < end;
    }
}
