package org.entente.extract;

import java.util.List;

/**
 * Everything the extractor found in one article.
 *
 * @param language ISO 639-1 code of the article's language; only "fr" articles have facts
 * @param rulesVersion version of the rules that produced these facts
 * @param unclassified capitalized names the extractor could not classify (to grow the gazetteers)
 */
public record Extraction(String language, String rulesVersion, List<CountryMention> countries,
                        List<OrganizationMention> organizations, List<Agreement> agreements,
                        List<String> unclassified) {
    public Extraction {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
        unclassified = List.copyOf(unclassified);
    }
}
