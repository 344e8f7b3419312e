package org.entente.extract.model;

/**
 * An organization as the extractor identifies it; two mentions with the same {@code name} are the
 * same organization.
 *
 * @param name canonical name, never with a leading article
 * @param acronym usual acronym, or null
 * @param kind igo, company, state_company, state_agency, financial, academic, media, ngo or other
 * @param countryIso2 home country, or null
 */
public record Organization(String name, String acronym, String kind, String countryIso2) {

    /** Whether it is a company, private or state-owned (kind company or state_company). */
    public boolean isCompany() {
        return "company".equals(kind) || "state_company".equals(kind);
    }
}
