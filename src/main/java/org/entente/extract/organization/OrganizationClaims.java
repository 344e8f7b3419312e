package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;

/**
 * Text ranges already taken by known organizations and countries while unknown ones are sought.
 * Ranges are indexed by their start, so that a question costs the ranges near it, not all of a
 * long text's.
 */
final class OrganizationClaims {
    private final Ranges<OrganizationHit> organizations = new Ranges<>();
    private final Ranges<CountryHit> countries = new Ranges<>();

    OrganizationClaims(List<OrganizationHit> known, List<CountryHit> countryHits) {
        known.forEach(this::claim);
        countryHits.forEach(c -> countries.add(c.start(), c.end(), c));
    }

    void claim(OrganizationHit hit) {
        organizations.add(hit.start(), hit.end(), hit);
    }

    boolean isTaken(int start, int end) {
        return isOrganization(start, end) || isCountry(start, end);
    }

    boolean isOrganization(int start, int end) {
        return organizations.anyOverlapping(start, end, o -> true);
    }

    /** A country's own name covers the whole range: "République de Corée (RC)" is no organization. */
    boolean isWholeCountry(int start, int end) {
        return countries.anyOverlapping(start, end, c -> c.start() <= start && end <= c.end());
    }

    boolean isCountry(int start, int end) {
        return countries.anyOverlapping(start, end, c -> c.type() != MentionType.DEMONYM);
    }

    /** Values of ranges by start; the longest range bounds how far back an overlapping one may start. */
    private static final class Ranges<T> {
        private final TreeMap<Integer, List<Range<T>>> byStart = new TreeMap<>();
        private int longest;

        private record Range<T>(int start, int end, T value) {
        }

        void add(int start, int end, T value) {
            byStart.computeIfAbsent(start, s -> new ArrayList<>(1)).add(new Range<>(start, end, value));
            longest = Math.max(longest, end - start);
        }

        /** Whether a range overlapping {@code [start, end)} has a value that {@code test} accepts. */
        boolean anyOverlapping(int start, int end, Predicate<T> test) {
            for (Map.Entry<Integer, List<Range<T>>> entry : byStart.subMap(start - longest, true, end, false).entrySet()) {
                for (Range<T> range : entry.getValue()) {
                    if (range.end() > start && test.test(range.value())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
