package org.entente.evaluation;

import static org.entente.db.schema.reporting.Tables.AGREEMENTS;
import static org.entente.db.schema.reporting.Tables.AGREEMENT_PARTIES;
import static org.entente.db.schema.reporting.Tables.ARTICLES;
import static org.entente.db.schema.reporting.Tables.ARTICLE_COUNTRIES;
import static org.entente.db.schema.reporting.Tables.ARTICLE_ORGANIZATIONS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What the reporting views say, per article file name (the last part of its path): read once, as a
 * BI user or the project's scorer reads them.
 */
record WarehouseFacts(Map<String, String> published, Map<String, Set<String>> countries,
                      Map<String, List<String[]>> organizations, Map<String, List<Predicted>> agreements) {

    /** One agreement as the views show it; a party is {country, organization name, acronym}. */
    record Predicted(String kind, String status, String date, String place, Set<String> sectors,
                     List<String[]> parties) {
    }

    static WarehouseFacts read(DSLContext dsl) {
        Map<String, String> published = new HashMap<>();
        dsl.select(ARTICLES.SOURCE_FILE, ARTICLES.PUBLISHED_ON).from(ARTICLES)
                .forEach(r -> published.put(base(r.value1()), r.value2() == null ? null : r.value2().toString()));
        Map<String, Set<String>> countries = new HashMap<>();
        dsl.select(ARTICLE_COUNTRIES.SOURCE_FILE, ARTICLE_COUNTRIES.COUNTRY_ISO2).from(ARTICLE_COUNTRIES)
                .forEach(r -> countries.computeIfAbsent(base(r.value1()), k -> new HashSet<>())
                        .add(r.value2() == null ? "" : r.value2().toUpperCase(Locale.ROOT)));
        Map<String, List<String[]>> organizations = new HashMap<>();
        dsl.select(ARTICLE_ORGANIZATIONS.SOURCE_FILE, ARTICLE_ORGANIZATIONS.ORGANIZATION_NAME,
                        ARTICLE_ORGANIZATIONS.ORGANIZATION_ACRONYM).from(ARTICLE_ORGANIZATIONS)
                .forEach(r -> organizations.computeIfAbsent(base(r.value1()), k -> new ArrayList<>())
                        .add(new String[] {r.value2(), r.value3()}));
        Map<Long, List<String[]>> parties = new HashMap<>();
        dsl.select(AGREEMENT_PARTIES.AGREEMENT_ID, AGREEMENT_PARTIES.COUNTRY_ISO2,
                        AGREEMENT_PARTIES.ORGANIZATION_NAME, AGREEMENT_PARTIES.ORGANIZATION_ACRONYM)
                .from(AGREEMENT_PARTIES).orderBy(AGREEMENT_PARTIES.AGREEMENT_ID, AGREEMENT_PARTIES.PARTY_NO)
                .forEach(r -> parties.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new String[] {r.value2(), r.value3(), r.value4()}));
        Map<String, List<Predicted>> agreements = new LinkedHashMap<>();
        dsl.select(AGREEMENTS.AGREEMENT_ID, AGREEMENTS.SOURCE_FILE, AGREEMENTS.KIND, AGREEMENTS.STATUS,
                        AGREEMENTS.SIGNED_ON, AGREEMENTS.PLACE_COUNTRY_ISO2, AGREEMENTS.SECTORS)
                // In the views' own order, as the project's scorer reads them: where two agreements tie
                // for one gold agreement, the first read wins, in both.
                .from(AGREEMENTS)
                .forEach(r -> agreements.computeIfAbsent(base(r.value2()), k -> new ArrayList<>())
                        .add(new Predicted(r.value3(), r.value4(), r.value5() == null ? null : r.value5().toString(),
                                r.value6(), r.value7() == null ? Set.of() : new HashSet<>(Arrays.asList(r.value7())),
                                parties.getOrDefault(r.value1(), List.of()))));
        return new WarehouseFacts(published, countries, organizations, agreements);
    }

    /** The file name without its folders: gold files name articles so. */
    static String base(String path) {
        if (path == null) {
            return null;
        }
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
