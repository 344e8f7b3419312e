package org.entente.extract.organization;

import org.entente.extract.model.Organization;

/**
 * An organization found in the normalized text: the name at [start, end), inside a phrase at
 * [phraseStart, phraseEnd) that may also hold its descriptors ("la société publique péruvienne").
 */
public record OrganizationHit(Organization organization, int start, int end, int phraseStart, int phraseEnd) {

    static OrganizationHit of(Organization organization, int start, int end) {
        return new OrganizationHit(organization, start, end, start, end);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < phraseEnd && phraseStart < otherEnd;
    }
}
