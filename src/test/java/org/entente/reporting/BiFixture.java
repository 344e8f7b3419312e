package org.entente.reporting;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_COUNTRY;
import static org.entente.db.schema.core.Tables.ARTICLE_ORGANIZATION;
import static org.entente.db.schema.core.Tables.ARTICLE_SOURCE;
import static org.entente.db.schema.core.Tables.ORGANIZATION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.load.ReportingRefresh;
import org.entente.testing.TestDatabase;
import org.jooq.DSLContext;

/**
 * A small known warehouse written straight into core, so that report tests do not depend on what
 * the extractor finds: three articles, five organizations, four agreements.
 *
 * <pre>
 * a1.txt 2024-11-15  KR x2, PE; Hyundai Rotem, FAME
 *   g1 contract signed 2024-11-14  Hyundai Rotem + FAME   [defense]            (KR-PE through companies)
 *   g2 mou      signed 2024-11     KR + PE                [defense, aerospace]
 * a2.txt 2023-06     KR, VN; Viettel
 *   g3 agreement agreed (undated)  KR + Viettel + ASEAN   [telecom]            (KR-VN; ASEAN has no country)
 * a3.txt 2024-03-10  VN, PE
 *   g4 joint_declaration signed 2024-03-09  PE + VN       []
 * </pre>
 */
final class BiFixture {
    private final DSLContext dsl;
    private final Map<String, Long> organizations = new HashMap<>();

    private BiFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Empties the warehouse, writes the fixture and refreshes the marts, in one transaction. */
    static void load(TestDatabase db) {
        db.query(dsl -> {
            dsl.transaction(cfg -> new BiFixture(cfg.dsl()).write());
            return null;
        });
    }

    private void write() {
        dsl.execute(TestDatabase.EMPTY_WAREHOUSE);
        organization("Hyundai Rotem", null, "company", "KR");
        organization("FAME", "FAME", "state_company", "PE");
        organization("Viettel", null, "state_company", "VN");
        organization("Association des nations de l'Asie du Sud-Est", "ASEAN", "igo", null);
        organization("Korea Aerospace Industries", "KAI", "company", "KR");
        long a1 = article("a1.txt", LocalDate.of(2024, 11, 15), "day");
        countries(a1, "KR", "KR", "PE");
        organizations(a1, "Hyundai Rotem", "FAME");
        agreement(a1, 0, "contract", "signed", LocalDate.of(2024, 11, 14), "day", List.of("defense"),
                "Hyundai Rotem", "FAME");
        agreement(a1, 1, "mou", "signed", LocalDate.of(2024, 11, 1), "month", List.of("defense", "aerospace"),
                "KR", "PE");
        long a2 = article("a2.txt", LocalDate.of(2023, 6, 1), "month");
        countries(a2, "KR", "VN");
        organizations(a2, "Viettel");
        agreement(a2, 0, "agreement", "agreed", null, null, List.of("telecom"), "KR", "Viettel",
                "Association des nations de l'Asie du Sud-Est");
        long a3 = article("a3.txt", LocalDate.of(2024, 3, 10), "day");
        countries(a3, "VN", "PE");
        agreement(a3, 0, "joint_declaration", "signed", LocalDate.of(2024, 3, 9), "day", List.of(), "PE", "VN");
        ReportingRefresh.refresh(dsl);
    }

    private void organization(String name, String acronym, String kind, String country) {
        organizations.put(name, dsl.insertInto(ORGANIZATION)
                .set(ORGANIZATION.NAME, name).set(ORGANIZATION.ACRONYM, acronym).set(ORGANIZATION.KIND, kind)
                .set(ORGANIZATION.COUNTRY_ISO2, country).set(ORGANIZATION.NAME_KEY, name.toLowerCase(Locale.ROOT))
                .returning(ORGANIZATION.ORGANIZATION_ID).fetchOne().getOrganizationId());
    }

    private long article(String file, LocalDate published, String precision) {
        String sha = String.format("%064x", file.hashCode() & 0xffffffffL);
        long id = dsl.insertInto(ARTICLE)
                .set(ARTICLE.CONTENT_SHA256, sha).set(ARTICLE.PUBLISHED_ON, published)
                .set(ARTICLE.PUBLISHED_PRECISION, precision).set(ARTICLE.TITLE, file).set(ARTICLE.BODY, "texte")
                .set(ARTICLE.LANGUAGE, "fr").set(ARTICLE.WORD_COUNT, 1).set(ARTICLE.RULES_VERSION, "fixture")
                .returning(ARTICLE.ARTICLE_ID).fetchOne().getArticleId();
        dsl.insertInto(ARTICLE_SOURCE).set(ARTICLE_SOURCE.SOURCE_FILE, file).set(ARTICLE_SOURCE.ARTICLE_ID, id)
                .execute();
        return id;
    }

    private void countries(long article, String... iso2) {
        for (int i = 0; i < iso2.length; i++) {
            dsl.insertInto(ARTICLE_COUNTRY).set(ARTICLE_COUNTRY.ARTICLE_ID, article)
                    .set(ARTICLE_COUNTRY.START_OFFSET, i * 10).set(ARTICLE_COUNTRY.END_OFFSET, i * 10 + 5)
                    .set(ARTICLE_COUNTRY.COUNTRY_ISO2, iso2[i]).set(ARTICLE_COUNTRY.MENTION_TYPE, "name")
                    .set(ARTICLE_COUNTRY.SURFACE, iso2[i]).set(ARTICLE_COUNTRY.EVIDENCE_START, i * 10)
                    .set(ARTICLE_COUNTRY.EVIDENCE_END, i * 10 + 5).execute();
        }
    }

    private void organizations(long article, String... names) {
        for (int i = 0; i < names.length; i++) {
            dsl.insertInto(ARTICLE_ORGANIZATION).set(ARTICLE_ORGANIZATION.ARTICLE_ID, article)
                    .set(ARTICLE_ORGANIZATION.START_OFFSET, 100 + i * 10)
                    .set(ARTICLE_ORGANIZATION.END_OFFSET, 105 + i * 10)
                    .set(ARTICLE_ORGANIZATION.ORGANIZATION_ID, organizations.get(names[i]))
                    .set(ARTICLE_ORGANIZATION.SURFACE, names[i])
                    .set(ARTICLE_ORGANIZATION.EVIDENCE_START, 100 + i * 10)
                    .set(ARTICLE_ORGANIZATION.EVIDENCE_END, 105 + i * 10).execute();
        }
    }

    private void agreement(long article, int ordinal, String kind, String status, LocalDate signed, String precision,
                           List<String> sectors, String... parties) {
        long id = dsl.insertInto(AGREEMENT).set(AGREEMENT.ARTICLE_ID, article).set(AGREEMENT.ORDINAL, ordinal)
                .set(AGREEMENT.KIND, kind).set(AGREEMENT.STATUS, status).set(AGREEMENT.SIGNED_ON, signed)
                .set(AGREEMENT.SIGNED_PRECISION, precision).set(AGREEMENT.SECTORS, sectors.toArray(String[]::new))
                .set(AGREEMENT.START_OFFSET, 0).set(AGREEMENT.END_OFFSET, 5).set(AGREEMENT.EVIDENCE, "phrase")
                .returning(AGREEMENT.AGREEMENT_ID).fetchOne().getAgreementId();
        for (int i = 0; i < parties.length; i++) {
            boolean state = parties[i].matches("[A-Z]{2}");
            dsl.insertInto(AGREEMENT_PARTY).set(AGREEMENT_PARTY.ARTICLE_ID, article).set(AGREEMENT_PARTY.AGREEMENT_ID, id)
                    .set(AGREEMENT_PARTY.PARTY_NO, i)
                    .set(AGREEMENT_PARTY.COUNTRY_ISO2, state ? parties[i] : null)
                    .set(AGREEMENT_PARTY.ORGANIZATION_ID, state ? null : organizations.get(parties[i])).execute();
        }
    }
}
