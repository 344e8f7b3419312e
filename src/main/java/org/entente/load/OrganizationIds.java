package org.entente.load;

import static org.entente.db.schema.core.Tables.ORGANIZATION;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NameKey;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Gives each organization one row, keyed by its accent-free lower-case name, and remembers the ids. */
final class OrganizationIds {
    private final DSLContext dsl;
    private final Map<String, Long> ids = new HashMap<>();
    /** Names repeat from article to article: normalize each once. */
    private final Map<String, String> keys = new HashMap<>();

    OrganizationIds(DSLContext dsl) {
        this.dsl = dsl;
        dsl.select(ORGANIZATION.NAME_KEY, ORGANIZATION.ORGANIZATION_ID).from(ORGANIZATION)
                .forEach(r -> ids.put(r.value1(), r.value2()));
    }

    /** Registers in one statement the organizations not known yet, so that a batch costs one round trip. */
    void register(Collection<Organization> orgs) {
        Map<String, Organization> unknown = new LinkedHashMap<>();
        for (Organization org : orgs) {
            String key = keys.computeIfAbsent(org.name(), NameKey::of);
            if (!ids.containsKey(key)) {
                unknown.putIfAbsent(key, org);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(ORGANIZATION, ORGANIZATION.NAME, ORGANIZATION.ACRONYM, ORGANIZATION.KIND,
                ORGANIZATION.COUNTRY_ISO2, ORGANIZATION.NAME_KEY);
        unknown.forEach((key, org) -> insert.values(org.name(), org.acronym(),
                org.kind() == null ? "other" : org.kind(), org.countryIso2(), key));
        insert.onConflict(ORGANIZATION.NAME_KEY).doUpdate().set(ORGANIZATION.NAME_KEY, DSL.excluded(ORGANIZATION.NAME_KEY))
                .returning(ORGANIZATION.NAME_KEY, ORGANIZATION.ORGANIZATION_ID)
                .fetch().forEach(r -> ids.put(r.get(ORGANIZATION.NAME_KEY), r.get(ORGANIZATION.ORGANIZATION_ID)));
    }

    long idOf(Organization org) {
        String key = keys.computeIfAbsent(org.name(), NameKey::of);
        if (!ids.containsKey(key)) {
            register(List.of(org));
        }
        return ids.get(key);
    }
}
