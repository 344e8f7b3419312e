package org.entente.extract;

import java.time.LocalDate;
import java.util.List;
import org.entente.corpus.DatePrecision;

/**
 * What the extractor knows about one article before it looks for agreements: its text,
 * sentences, tokens, the countries and organizations in it, and its countries by prominence.
 */
record ArticleContext(NormalizedText text, List<Sentence> sentences, List<Token> tokens,
                      List<CountryHit> countries, List<OrganizationHit> organizations,
                      List<String> rankedCountries, LocalDate published, DatePrecision publishedPrecision) {

    /** The sentence holding this offset of the normalized text. */
    Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                return sentence;
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    /** The article's two principal countries: those "les deux pays" stands for. */
    List<String> principalCountries() {
        return principalCountries(2);
    }

    /** The {@code count} most prominent countries: "les trois pays" stands for three. */
    List<String> principalCountries(int count) {
        return rankedCountries.size() > count ? List.copyOf(rankedCountries.subList(0, count)) : rankedCountries;
    }

    String folded() {
        return text.folded();
    }

    /** The evidence record (original offsets and text) of a sentence. */
    Evidence evidence(Sentence sentence) {
        Span span = text.originalSpan(sentence.start(), sentence.end());
        return new Evidence(span, text.original().substring(span.start(), Math.min(span.end(), text.original().length())));
    }
}
