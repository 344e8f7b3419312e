package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NameKey;
import org.entente.extract.text.SpanIndex;

/** Makes every mention of one organization in an article share one {@link Organization} record. */
public final class OrganizationMerger {
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
        return byKey.get(NameKey.of(name));
    }

    private void register(String name, Organization org) {
        byKey.putIfAbsent(NameKey.of(name), org);
    }

    /** Hits with their organization replaced by the article's shared record, one per span. */
    public List<OrganizationHit> unify(String text, List<OrganizationHit> hits) {
        List<OrganizationHit> unified = new ArrayList<>();
        java.util.Set<String> spans = new java.util.HashSet<>();
        for (OrganizationHit hit : withArticleAcronyms(text, hits)) {
            if (!spans.add(hit.start() + ":" + hit.end())) {
                continue;
            }
            unified.add(new OrganizationHit(canonical(hit.organization()), hit.start(), hit.end(),
                    hit.phraseStart(), hit.phraseEnd()));
        }
        return unified;
    }

    /**
     * "la Banque islamique de développement (BID)": the article's own definition of an acronym
     * wins over the gazetteer's (BID is also the Inter-American bank) for every use of it.
     */
    private static List<OrganizationHit> withArticleAcronyms(String text, List<OrganizationHit> hits) {
        Map<String, Organization> defined = new HashMap<>();
        SpanIndex<OrganizationHit> byPosition = new SpanIndex<>(hits, OrganizationHit::start, OrganizationHit::end);
        for (OrganizationHit name : hits) {
            for (OrganizationHit acronym : byPosition.near(name.end(), name.end() + 3)) {
                if (acronym.organization() != name.organization() && name.end() <= acronym.start()
                        && acronym.start() - name.end() <= 3 && acronym.end() < text.length()
                        && text.charAt(acronym.end()) == ')'
                        && text.substring(name.end(), acronym.start()).strip().equals("(")) {
                    defined.putIfAbsent(text.substring(acronym.start(), acronym.end()), name.organization());
                }
            }
        }
        if (defined.isEmpty()) {
            return hits;
        }
        List<OrganizationHit> resolved = new ArrayList<>();
        for (OrganizationHit hit : hits) {
            Organization own = defined.get(text.substring(hit.start(), hit.end()));
            resolved.add(own == null ? hit : new OrganizationHit(own, hit.start(), hit.end(), hit.phraseStart(), hit.phraseEnd()));
        }
        return resolved;
    }
}
