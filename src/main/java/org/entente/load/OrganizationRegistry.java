package org.entente.load;

import static org.entente.db.schema.core.Tables.ORGANIZATION;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.extract.Organization;
import org.jooq.DSLContext;

/** Gives each organization one row, keyed by its accent-free lower-case name, and remembers the ids. */
final class OrganizationRegistry {
    private final DSLContext dsl;
    private final Map<String, Long> ids = new HashMap<>();

    OrganizationRegistry(DSLContext dsl) {
        this.dsl = dsl;
        dsl.select(ORGANIZATION.NAME_KEY, ORGANIZATION.ORGANIZATION_ID).from(ORGANIZATION)
                .forEach(r -> ids.put(r.value1(), r.value2()));
    }

    long idOf(Organization org) {
        return ids.computeIfAbsent(keyOf(org.name()), key -> insert(key, org));
    }

    private long insert(String key, Organization org) {
        return dsl.insertInto(ORGANIZATION)
                .set(ORGANIZATION.NAME, org.name())
                .set(ORGANIZATION.ACRONYM, org.acronym())
                .set(ORGANIZATION.KIND, org.kind() == null ? "other" : org.kind())
                .set(ORGANIZATION.COUNTRY_ISO2, org.countryIso2())
                .set(ORGANIZATION.NAME_KEY, key)
                .onConflict(ORGANIZATION.NAME_KEY)
                .doUpdate().set(ORGANIZATION.NAME_KEY, key)
                .returning(ORGANIZATION.ORGANIZATION_ID)
                .fetchOne(ORGANIZATION.ORGANIZATION_ID);
    }

    static String keyOf(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}&+]+", " ").strip();
    }
}
