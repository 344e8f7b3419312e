package org.entente.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.corpus.Article;
import org.entente.corpus.PlausibleDates;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.AgreementKind;
import org.entente.extract.model.AgreementStatus;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Evidence;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.Organization;
import org.entente.extract.model.OrganizationKind;
import org.entente.extract.model.OrganizationMention;
import org.entente.extract.model.Party;
import org.entente.extract.model.Sector;
import org.entente.extract.model.Span;
import org.entente.extract.model.Vocabulary;

/**
 * Checks an article's facts against the warehouse's vocabularies and the article's text before
 * they are written, so that one faulty extraction fails its own file and not the whole reload.
 */
public final class FactValidator {
    static final Set<String> KINDS = Vocabulary.codes(AgreementKind.values());
    static final Set<String> STATUSES = Vocabulary.codes(AgreementStatus.values());
    static final Set<String> SECTORS = Vocabulary.codes(Sector.values());
    static final Set<String> ORG_KINDS = Vocabulary.codes(OrganizationKind.values());

    /** {@code cardinality(sectors) <= 3} in core.agreement. */
    static final int MAX_SECTORS = 3;

    private final Set<String> countries;

    /** @param countries the ISO alpha-2 codes the warehouse knows */
    public FactValidator(Set<String> countries) {
        this.countries = Set.copyOf(countries);
    }

    /**
     * The problems found, empty when the facts can be written: every value inside its column's domain
     * (text without NUL, dates PostgreSQL and {@link PlausibleDates} accept, offsets inside the text,
     * codes of the vocabularies, at most three sectors), so that PostgreSQL refuses none of them.
     */
    public List<String> problems(Article article, Extraction x) {
        List<String> problems = new ArrayList<>();
        int length = article.text().length();
        text(article.text(), "article text", problems);
        text(article.title(), "title", problems);
        text(x.language(), "language", problems);
        check(x.language() != null && x.rulesVersion() != null, "no language or rules version", problems);
        date(article.publishedOn(), "publication date", problems);
        for (CountryMention m : x.countries()) {
            country(m.iso2(), "country mention", problems);
            check(m.type() != null, "country mention without a type", problems);
            span(m.span(), length, "country mention " + m.surface(), problems);
            text(m.surface(), "country mention", problems);
            mentionEvidence(m.evidence(), length, "country mention " + m.surface(), problems);
        }
        for (OrganizationMention m : x.organizations()) {
            organization(m.organization(), problems);
            span(m.span(), length, "organization mention " + m.surface(), problems);
            text(m.surface(), "organization mention", problems);
            mentionEvidence(m.evidence(), length, "organization mention " + m.surface(), problems);
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
        check(g.sectors().size() <= MAX_SECTORS, "more than " + MAX_SECTORS + " sectors: " + g.sectors(), problems);
        check(!g.parties().isEmpty(), "agreement without parties", problems);
        check((g.signedOn() == null) == (g.signedPrecision() == null), "agreement date without precision", problems);
        date(g.signedOn(), "agreement date", problems);
        text(g.placeName(), "place", problems);
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
        text(g.evidence().sentence(), "evidence", problems);
    }

    private void organization(Organization o, List<String> problems) {
        check(o.name() != null && !o.name().isBlank(), "organization without a name", problems);
        check(o.kind() == null || ORG_KINDS.contains(o.kind()), "unknown organization kind " + o.kind(), problems);
        text(o.name(), "organization name", problems);
        text(o.acronym(), "organization acronym", problems);
        if (o.countryIso2() != null) {
            country(o.countryIso2(), "organization country", problems);
        }
    }

    private void country(String iso2, String what, List<String> problems) {
        check(iso2 != null && countries.contains(iso2), what + " has unknown country code " + iso2, problems);
    }

    private static void span(Span s, int length, String what, List<String> problems) {
        if (s.end() > length) {
            problems.add(what + " ends at " + s.end() + ", past the text's " + length + " characters");
        }
    }

    /** A mention stores its sentence as offsets (V16): a sentence of the text, not empty. */
    private static void mentionEvidence(Evidence e, int length, String what, List<String> problems) {
        int end = e.span().start() + e.sentence().length();
        check(e.span().start() >= 0 && end > e.span().start(), what + " has an empty sentence", problems);
        if (end > length) {
            problems.add(what + ": its sentence ends at " + end + ", past the text's " + length + " characters");
        }
    }

    /** PostgreSQL's text cannot hold U+0000. */
    private static void text(String value, String what, List<String> problems) {
        if (value != null && value.indexOf('\0') >= 0) {
            problems.add(what + " holds a NUL character (U+0000)");
        }
    }

    private static void date(LocalDate date, String what, List<String> problems) {
        if (date != null && !PlausibleDates.contains(date)) {
            problems.add(what + " " + date + " is outside the plausible " + PlausibleDates.describe());
        }
    }

    private static void check(boolean ok, String problem, List<String> problems) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
