package org.entente.extract.model;

/** A reference to an organization at a place in the article. */
public record OrganizationMention(Organization organization, Span span, String surface, Evidence evidence) {
}
