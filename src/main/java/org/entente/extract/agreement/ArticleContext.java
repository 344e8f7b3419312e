package org.entente.extract.agreement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.corpus.DatePrecision;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.Evidence;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Span;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.text.Deadline;
import org.entente.extract.text.FoundPhrases;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SpanIndex;
import org.entente.extract.text.Token;

/**
 * What the extractor knows about one article before it looks for agreements: its text,
 * sentences, tokens, the countries and organizations in it, and its countries by prominence.
 */
public record ArticleContext(NormalizedText text, List<Sentence> sentences, List<Token> tokens, FoundPhrases phrases,
                      List<CountryHit> countries, List<OrganizationHit> organizations,
                      List<String> rankedCountries, LocalDate published, DatePrecision publishedPrecision,
                      ResolvedDate reference, SpanIndex<CountryHit> countryIndex, SpanIndex<OrganizationHit> organizationIndex,
                      Deadline deadline, List<String> notes, Trace trace, Organization principalOrganization) {

    /** Indexes the hits; {@code notes} gathers what the extraction leaves aside, such as implausible dates. */
    public ArticleContext(NormalizedText text, List<Sentence> sentences, List<Token> tokens, FoundPhrases phrases,
                   List<CountryHit> countries, List<OrganizationHit> organizations, List<String> rankedCountries,
                   LocalDate published, DatePrecision publishedPrecision, Deadline deadline) {
        this(text, sentences, tokens, phrases, countries, organizations, rankedCountries, published,
                publishedPrecision, deadline, Trace.off());
    }

    /** As above, keeping the reasons of each decision about agreements in {@code trace} when it is on. */
    public ArticleContext(NormalizedText text, List<Sentence> sentences, List<Token> tokens, FoundPhrases phrases,
                   List<CountryHit> countries, List<OrganizationHit> organizations, List<String> rankedCountries,
                   LocalDate published, DatePrecision publishedPrecision, Deadline deadline, Trace trace) {
        this(text, sentences, tokens, phrases, countries, organizations, rankedCountries, published,
                publishedPrecision, published == null ? null : new ResolvedDate(published, publishedPrecision),
                deadline, trace);
    }

    /**
     * As above, with the day that weekdays and "hier" count from ({@link DateResolver#reference}),
     * which a dateline gives when the publication date has no day.
     */
    public ArticleContext(NormalizedText text, List<Sentence> sentences, List<Token> tokens, FoundPhrases phrases,
                   List<CountryHit> countries, List<OrganizationHit> organizations, List<String> rankedCountries,
                   LocalDate published, DatePrecision publishedPrecision, ResolvedDate reference, Deadline deadline,
                   Trace trace) {
        this(text, sentences, tokens, phrases, countries, organizations, rankedCountries, published,
                publishedPrecision, reference, new SpanIndex<>(countries, CountryHit::start, CountryHit::end),
                new SpanIndex<>(organizations, o -> Math.min(o.start(), o.phraseStart()),
                        o -> Math.max(o.end(), o.phraseEnd())), deadline, new java.util.ArrayList<>(), trace,
                principalOf(organizations));
    }

    /** The countries that overlap or lie in [start, end], and perhaps a few more near it, in reading order. */
    public List<CountryHit> countriesNear(int start, int end) {
        return countryIndex.near(start, end);
    }

    /** The organizations whose name or phrase overlaps or lies in [start, end], and perhaps a few more near it. */
    public List<OrganizationHit> organizationsNear(int start, int end) {
        return organizationIndex.near(start, end);
    }

    /** Longest evidence kept: a "sentence" beyond this (a page without full stops) gives a window around the fact. */
    public static final int MAX_EVIDENCE = 1_000;

    /** The sentence holding this offset of the normalized text (sentences are in text order). */
    public Sentence sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence sentence = sentences.get(mid);
            if (offset < sentence.start()) {
                high = mid - 1;
            } else if (offset >= sentence.end()) {
                low = mid + 1;
            } else {
                return sentence;
            }
        }
        return sentences.get(Math.min(low, sentences.size() - 1));
    }

    /** The list's phrases in the sentence, the longest where two overlap, in reading order. */
    <V> List<PhraseMatcher.Match<V>> phrasesIn(PhraseMatcher<V> list, Sentence sentence) {
        return phrases.longestIn(list, sentences, sentence);
    }

    /** Whether [start, end) lies inside an organization's name ("Organisation de coopération de Shanghai"). */
    boolean insideOrganization(int start, int end) {
        return organizationsNear(start, end).stream().anyMatch(o -> o.start() <= start && end <= o.end());
    }

    /** Index of the first token starting at or after {@code offset} (tokens are in text order). */
    int firstTokenFrom(int offset) {
        return Token.firstFrom(tokens, offset);
    }

    /** The article's two principal countries: those "les deux pays" stands for. */
    List<String> principalCountries() {
        return principalCountries(2);
    }

    /** The first of the article's two principal countries that is not {@code iso2} (which may be null); or null. */
    String principalCountryBut(String iso2) {
        return principalCountries().stream().filter(c -> !c.equals(iso2)).findFirst().orElse(null);
    }

    /** The {@code count} most prominent countries: "les trois pays" stands for three. */
    /** Fewest mentions of the organization an article is about. */
    private static final int PRINCIPAL_ORGANIZATION_MENTIONS = 3;

    /** The article's principal organization ({@link #principalOf}) when it is not {@code but}; or null. */
    Organization principalOrganizationBut(Organization but) {
        return principalOrganization == null || principalOrganization.equals(but) ? null : principalOrganization;
    }

    /**
     * The organization an article names most often, at least {@link #PRINCIPAL_ORGANIZATION_MENTIONS} times and
     * more often than any other; or null. Counted once an article, when the context is built.
     */
    private static Organization principalOf(List<OrganizationHit> organizations) {
        Map<Organization, Integer> mentions = new HashMap<>();
        organizations.forEach(hit -> mentions.merge(hit.organization(), 1, Integer::sum));
        Organization top = null;
        int most = 0;
        boolean tied = false;
        for (Map.Entry<Organization, Integer> entry : mentions.entrySet()) {
            if (entry.getValue() > most) {
                top = entry.getKey();
                most = entry.getValue();
                tied = false;
            } else if (entry.getValue() == most) {
                tied = true;
            }
        }
        return tied || most < PRINCIPAL_ORGANIZATION_MENTIONS ? null : top;
    }

    List<String> principalCountries(int count) {
        return rankedCountries.size() > count ? List.copyOf(rankedCountries.subList(0, count)) : rankedCountries;
    }

    String folded() {
        return text.folded();
    }

    /** A token's word as folded, the form the cue lists hold ("recu" of "reçu"). */
    String foldedWord(Token token) {
        return text.folded().substring(token.start(), token.end());
    }

    /** The evidence record (original offsets and text) of a sentence, from its start when it is too long. */
    public Evidence evidence(Sentence sentence) {
        return evidence(sentence, sentence.start(), sentence.start());
    }

    /**
     * The evidence of a fact at {@code [factStart, factEnd)}: its sentence, or, when the sentence is
     * longer than {@link #MAX_EVIDENCE}, the window of that size around the fact, cut at spaces.
     */
    public Evidence evidence(Sentence sentence, int factStart, int factEnd) {
        int start = sentence.start();
        int end = sentence.end();
        if (end - start > MAX_EVIDENCE) {
            String folded = text.folded();
            start = Math.max(start, factStart - Math.max(0, MAX_EVIDENCE - (factEnd - factStart)) / 2);
            end = Math.min(sentence.end(), Math.max(factEnd, start + MAX_EVIDENCE));
            int space = folded.indexOf(' ', start);
            start = start > sentence.start() && space >= 0 && space < factStart ? space + 1 : start;
            space = folded.lastIndexOf(' ', end - 1);
            end = end < sentence.end() && space >= factEnd ? space : end;
        }
        Span span = text.originalSpan(start, end);
        return new Evidence(span, text.original().substring(span.start(), Math.min(span.end(), text.original().length())));
    }
}
