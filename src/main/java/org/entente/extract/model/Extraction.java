package org.entente.extract.model;

import java.util.List;

/**
 * Everything the extractor found in one article.
 *
 * @param language ISO 639-1 code of the article's language; only "fr" articles have facts
 * @param rulesVersion version of the rules that produced these facts
 * @param unclassified capitalized names the extractor could not classify (to grow the gazetteers)
 * @param notes what the extractor left aside and why, such as an implausible date dropped from a fact
 * @param explanation when asked for: how each agreement was found and which candidates were dropped, and why
 */
public record Extraction(String language, String rulesVersion, List<CountryMention> countries,
                        List<OrganizationMention> organizations, List<Agreement> agreements,
                        List<String> unclassified, List<String> notes, List<String> explanation) {
    public Extraction {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
        unclassified = List.copyOf(unclassified);
        notes = List.copyOf(notes);
        explanation = List.copyOf(explanation);
    }

    /** Facts with notes, unexplained. */
    public Extraction(String language, String rulesVersion, List<CountryMention> countries,
                      List<OrganizationMention> organizations, List<Agreement> agreements, List<String> unclassified,
                      List<String> notes) {
        this(language, rulesVersion, countries, organizations, agreements, unclassified, notes, List.of());
    }

    /** Facts with nothing to note. */
    public Extraction(String language, String rulesVersion, List<CountryMention> countries,
                      List<OrganizationMention> organizations, List<Agreement> agreements, List<String> unclassified) {
        this(language, rulesVersion, countries, organizations, agreements, unclassified, List.of(), List.of());
    }
}
