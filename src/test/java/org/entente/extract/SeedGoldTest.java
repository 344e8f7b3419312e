package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.Article;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.Organization;
import org.entente.extract.model.OrganizationMention;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the project's seed articles and scores it against their gold
 * (src/test/resources/gold/seeds.gold.jsonl, restated here) the way score.py does.
 */
class SeedGoldTest {
    private static final Pattern HEADER = Pattern.compile("^ ?date (\\d{4})-(\\d{2}) ?");

    /** Gold per seed: countries, organizations (each a set of accepted names) and agreements' party sets. */
    private record Gold(Set<String> countries, List<Set<String>> organizations, Set<String> optionalOrganizations,
                        List<Set<String>> agreements) {
    }

    private static final Map<String, Gold> GOLD = Map.of(
            "000_1094420894c9ab63.txt", new Gold(Set.of("KR", "PE", "KP"),
                    List.of(Set.of("APEC", "Forum de coopération économique Asie-Pacifique"), Set.of("Hyundai Rotem"),
                            Set.of("FAME", "Fábricas de Armas y Municiones del Ejército"),
                            Set.of("KAI", "Korea Aerospace Industries"),
                            Set.of("SEMAN", "Servicio de Mantenimiento de la Fuerza Aérea del Perú"),
                            Set.of("Hyundai Engineering & Construction", "Hyundai E&C")),
                    Set.of("YONHAP", "Yonhap"),
                    List.of(Set.of("KR", "PE"), Set.of("Hyundai Rotem", "FAME"), Set.of("KAI", "SEMAN"), Set.of("KR", "PE"))),
            "001_309763a9f4a56572.txt", new Gold(Set.of("KR", "LA", "TH", "JP", "IN"),
                    List.of(Set.of("ASEAN")), Set.of("ADMM-Plus", "KASI", "VNA", "CVN"), List.of()),
            "002_1fccaefc073f2a82.txt", new Gold(Set.of("KR", "UA", "KP", "CN", "LT", "JP", "AU", "NZ", "RU", "US"),
                    List.of(Set.of("OTAN", "NATO")), Set.of(), List.of(Set.of("KR", "OTAN"))),
            "003_223c0ada132dd41d.txt", new Gold(Set.of("KR", "KZ"), List.of(), Set.of(), List.of(Set.of("KR", "KZ"))),
            "004_1cd5c6262c1cb545.txt", new Gold(Set.of("VN", "PE"),
                    List.of(Set.of("Viettel"), Set.of("ASEAN"), Set.of("Alliance du Pacifique")), Set.of("VNA"),
                    List.of(Set.of("VN", "PE"))));

    private final int[] countries = new int[3];
    private final int[] organizations = new int[3];
    private final int[] agreements = new int[3];

    @Test
    void seedArticlesMatchTheirGold() throws IOException {
        for (Map.Entry<String, Gold> seed : GOLD.entrySet()) {
            Extraction extraction = Extracted.EXTRACTOR.extract(read(Path.of("seeds", seed.getKey())));
            scoreCountries(extraction, seed.getValue());
            scoreOrganizations(extraction, seed.getValue());
            scoreAgreements(extraction, seed.getValue());
        }
        assertTrue(f1(countries) >= 0.9, "countries F1 " + f1(countries));
        assertTrue(f1(organizations) >= 0.8, "organizations F1 " + f1(organizations));
        assertTrue(f1(agreements) >= 0.8, "agreements F1 " + f1(agreements));
    }

    private void scoreCountries(Extraction extraction, Gold gold) {
        Set<String> found = new HashSet<>();
        extraction.countries().forEach(c -> found.add(c.iso2()));
        tally(countries, found, gold.countries());
    }

    private void scoreOrganizations(Extraction extraction, Gold gold) {
        Set<Set<String>> matched = new HashSet<>();
        int extra = 0;
        for (Organization org : extraction.organizations().stream().map(OrganizationMention::organization).distinct().toList()) {
            Set<String> hit = gold.organizations().stream().filter(g -> names(org).stream().anyMatch(g::contains))
                    .findFirst().orElse(null);
            if (hit != null) {
                matched.add(hit);
            } else if (names(org).stream().noneMatch(gold.optionalOrganizations()::contains)) {
                extra++;
            }
        }
        organizations[0] += matched.size();
        organizations[1] += extra;
        organizations[2] += gold.organizations().size() - matched.size();
    }

    private void scoreAgreements(Extraction extraction, Gold gold) {
        List<Set<String>> open = new java.util.ArrayList<>(gold.agreements());
        for (Agreement agreement : extraction.agreements()) {
            Set<String> parties = new HashSet<>();
            agreement.parties().forEach(p -> parties.add(p.countryIso2() != null ? p.countryIso2()
                    : p.organization().acronym() != null ? p.organization().acronym() : p.organization().name()));
            Set<String> match = open.stream().filter(g -> jaccard(parties, g) >= 0.5).findFirst().orElse(null);
            if (match != null) {
                open.remove(match);
                agreements[0]++;
            } else {
                agreements[1]++;
            }
        }
        agreements[2] += open.size();
    }

    private static Set<String> names(Organization org) {
        Set<String> names = new HashSet<>(Set.of(org.name()));
        if (org.acronym() != null) {
            names.add(org.acronym());
        }
        return names;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return shared.size() < Math.min(2, b.size()) ? 0 : (double) shared.size() / union.size();
    }

    private static void tally(int[] counts, Set<String> found, Set<String> gold) {
        Set<String> shared = new HashSet<>(found);
        shared.retainAll(gold);
        counts[0] += shared.size();
        counts[1] += found.size() - shared.size();
        counts[2] += gold.size() - shared.size();
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? (c[1] + c[2] == 0 ? 1 : 0) : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    /** A seed file: an optional " date YYYY-MM" header, then the article text. */
    static Article read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Matcher m = HEADER.matcher(raw);
        if (!m.find()) {
            return new Article(file.toString(), "0", null, null, null, raw);
        }
        LocalDate published = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return new Article(file.toString(), "0", published, DatePrecision.MONTH, null, raw.substring(m.end()));
    }
}
