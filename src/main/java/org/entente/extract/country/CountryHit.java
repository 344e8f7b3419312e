package org.entente.extract.country;

import org.entente.extract.model.MentionType;

/**
 * A country found in the normalized text; {@code place} marks a city or capital named only as
 * the place where something happened, which is not a mention of the state.
 */
public record CountryHit(String iso2, MentionType type, int start, int end, boolean place) {
}
