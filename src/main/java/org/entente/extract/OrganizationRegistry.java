package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Makes every mention of one organization in an article share one {@link Organization} record. */
final class OrganizationRegistry {
    private final Map<String, Organization> byKey = new HashMap<>();
    private final List<Organization> all = new ArrayList<>();

    /** The article's record for this organization: the first seen with the same name or acronym. */
    Organization canonical(Organization org) {
        Organization known = find(org.name());
        if (known == null && org.acronym() != null) {
            known = find(org.acronym());
        }
        if (known != null) {
            return known;
        }
        all.add(org);
        register(org.name(), org);
        if (org.acronym() != null) {
            register(org.acronym(), org);
        }
        return org;
    }

    private Organization find(String name) {
        return byKey.get(OrganizationGazetteer.key(name));
    }

    private void register(String name, Organization org) {
        byKey.putIfAbsent(OrganizationGazetteer.key(name), org);
    }

    /** Hits with their organization replaced by the article's shared record. */
    List<OrganizationHit> unify(List<OrganizationHit> hits) {
        List<OrganizationHit> unified = new ArrayList<>();
        for (OrganizationHit hit : hits) {
            unified.add(new OrganizationHit(canonical(hit.organization()), hit.start(), hit.end(),
                    hit.phraseStart(), hit.phraseEnd()));
        }
        return unified;
    }
}
