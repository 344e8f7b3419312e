package org.entente.extract.model;

import java.util.List;

/**
 * Everything the extractor found in one article.
 *
 * @param language ISO 639-1 code of the article's language; only "fr" articles have facts
 * @param rulesVersion version of the rules that produced these facts
 * @param unclassified capitalized names the extractor could not classify (to grow the gazetteers)
 * @param notes what the extractor left aside and why, such as an implausible date dropped from a fact
 */
public record Extraction(String language, String rulesVersion, List<CountryMention> countries,
                        List<OrganizationMention> organizations, List<Agreement> agreements,
                        List<String> unclassified, List<String> notes) {
    public Extraction {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
        unclassified = List.copyOf(unclassified);
        notes = List.copyOf(notes);
    }

    /** Facts with nothing to note. */
    public Extraction(String language, String rulesVersion, List<CountryMention> countries,
                      List<OrganizationMention> organizations, List<Agreement> agreements, List<String> unclassified) {
        this(language, rulesVersion, countries, organizations, agreements, unclassified, List.of());
    }
}
