package org.entente.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.corpus.Article;
import org.entente.extract.Agreement;
import org.entente.extract.CountryMention;
import org.entente.extract.Extraction;
import org.entente.extract.Organization;
import org.entente.extract.OrganizationMention;
import org.entente.extract.Party;
import org.entente.extract.Span;

/**
 * Checks an article's facts against the warehouse's vocabularies and the article's text before
 * they are written, so that one faulty extraction fails its own file and not the whole reload.
 */
public final class FactValidator {
    static final Set<String> KINDS = Set.of("joint_declaration", "mou", "agreement", "treaty", "contract",
            "partnership", "other");
    static final Set<String> STATUSES = Set.of("signed", "agreed", "planned");
    static final Set<String> SECTORS = Set.of("agriculture", "aerospace", "cyber", "defense", "diplomacy",
            "education", "energy", "environment", "finance", "health", "infrastructure", "migration", "mining",
            "science", "security", "telecom", "trade");
    static final Set<String> ORG_KINDS = Set.of("igo", "company", "state_company", "state_agency", "financial",
            "academic", "media", "ngo", "other");

    private final Set<String> countries;

    /** @param countries the ISO alpha-2 codes the warehouse knows */
    public FactValidator(Set<String> countries) {
        this.countries = Set.copyOf(countries);
    }

    /** The problems found, empty when the facts can be written. */
    public List<String> problems(Article article, Extraction x) {
        List<String> problems = new ArrayList<>();
        int length = article.text().length();
        for (CountryMention m : x.countries()) {
            country(m.iso2(), "country mention", problems);
            span(m.span(), length, "country mention " + m.surface(), problems);
        }
        for (OrganizationMention m : x.organizations()) {
            organization(m.organization(), problems);
            span(m.span(), length, "organization mention " + m.surface(), problems);
        }
        for (Agreement g : x.agreements()) {
            agreement(g, length, problems);
        }
        return problems;
    }

    private void agreement(Agreement g, int length, List<String> problems) {
        check(KINDS.contains(g.kind()), "unknown agreement kind " + g.kind(), problems);
        check(STATUSES.contains(g.status()), "unknown agreement status " + g.status(), problems);
        check(SECTORS.containsAll(g.sectors()), "unknown sector in " + g.sectors(), problems);
        check(!g.parties().isEmpty(), "agreement without parties", problems);
        if (g.placeCountryIso2() != null) {
            country(g.placeCountryIso2(), "place", problems);
        }
        for (Party p : g.parties()) {
            if (p.countryIso2() != null) {
                country(p.countryIso2(), "party", problems);
            } else {
                organization(p.organization(), problems);
            }
        }
        span(g.evidence().span(), length, "agreement evidence", problems);
    }

    private void organization(Organization o, List<String> problems) {
        check(o.name() != null && !o.name().isBlank(), "organization without a name", problems);
        check(o.kind() == null || ORG_KINDS.contains(o.kind()), "unknown organization kind " + o.kind(), problems);
        if (o.countryIso2() != null) {
            country(o.countryIso2(), "organization country", problems);
        }
    }

    private void country(String iso2, String what, List<String> problems) {
        check(countries.contains(iso2), what + " has unknown country code " + iso2, problems);
    }

    private static void span(Span s, int length, String what, List<String> problems) {
        check(s.end() <= length, what + " ends at " + s.end() + ", past the text's " + length + " characters",
                problems);
    }

    private static void check(boolean ok, String problem, List<String> problems) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
