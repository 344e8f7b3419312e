package org.entente.extract.model;

/** A reference to a country (ISO 3166-1 alpha-2) at a place in the article. */
public record CountryMention(String iso2, MentionType type, Span span, String surface, Evidence evidence) {
}
