package org.entente.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.extract.rules.TsvRows;

/**
 * The entities synthetic articles are filled with, drawn from the extractor's own gazetteers:
 * countries with their capitals, cities, and organizations by home country.
 */
final class BenchEntities {
    private static final String RULES = "entente/rules/";
    private static final Set<String> ACTOR_KINDS = Set.of("company", "state_company", "state_agency", "financial");
    /** The most frequent partners in the news, first, so that skewed draws favour them. */
    private static final List<String> FREQUENT = List.of("KR", "FR", "CN", "US", "JP", "VN", "IN", "DE", "MA",
            "PE", "KZ", "BR", "SN", "DZ", "GB", "IT", "TR", "SA", "AE", "NG", "UZ", "ID", "EG", "CL");

    private final List<CountryName> countries = new ArrayList<>();
    private final Map<String, List<String>> citiesByCountry = new HashMap<>();
    private final Map<String, List<String>> organizationsByCountry = new HashMap<>();
    private final List<String> organizations = new ArrayList<>();

    BenchEntities() {
        Map<String, String> capitals = new HashMap<>();
        for (String[] r : TsvRows.ofResource(RULES + "cities.tsv")) {
            citiesByCountry.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
            if ("yes".equals(r[2])) {
                capitals.putIfAbsent(r[1], r[0]);
            }
        }
        for (String[] r : TsvRows.ofResource(RULES + "countries.tsv")) {
            String capital = capitals.get(r[0]);
            if (capital != null && !r[3].startsWith("Île") && !r[3].startsWith("Saint")) {
                countries.add(CountryName.of(r[0], r[3], capital));
            }
        }
        countries.sort(java.util.Comparator.comparingInt(c -> FREQUENT.contains(c.iso2())
                ? FREQUENT.indexOf(c.iso2()) : FREQUENT.size()));
        for (String[] r : TsvRows.ofResource(RULES + "organizations.tsv")) {
            if (ACTOR_KINDS.contains(r[2])) {
                organizations.add(r[0]);
                if (!r[3].isEmpty()) {
                    organizationsByCountry.computeIfAbsent(r[3], k -> new ArrayList<>()).add(r[0]);
                }
            }
        }
    }

    /** A country, skewed towards the head of the list as news is skewed towards a few partners. */
    CountryName country(Random random) {
        double u = random.nextDouble();
        return countries.get((int) (countries.size() * u * u));
    }

    /** A city of {@code country}, its capital when no other is known. */
    String city(Random random, CountryName country) {
        List<String> cities = citiesByCountry.getOrDefault(country.iso2(), List.of(country.capital()));
        return cities.get(random.nextInt(cities.size()));
    }

    /** An organization of {@code country}, or any company when it has none. */
    String organization(Random random, CountryName country) {
        List<String> own = organizationsByCountry.get(country.iso2());
        List<String> from = own == null || random.nextInt(4) == 0 ? organizations : own;
        return from.get(random.nextInt(from.size()));
    }

    int countryCount() {
        return countries.size();
    }
}
