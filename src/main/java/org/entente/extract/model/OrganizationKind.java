package org.entente.extract.model;

/** What an organization is (the check on core.organization.kind lists the same codes). */
public enum OrganizationKind implements Vocabulary {
    IGO, COMPANY, STATE_COMPANY, STATE_AGENCY, FINANCIAL, ACADEMIC, MEDIA, NGO, OTHER
}
