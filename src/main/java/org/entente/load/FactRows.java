package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_COUNTRY;
import static org.entente.db.schema.core.Tables.ARTICLE_ORGANIZATION;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.entente.corpus.Article;
import org.entente.extract.Agreement;
import org.entente.extract.CountryMention;
import org.entente.extract.Extraction;
import org.entente.extract.OrganizationMention;
import org.entente.extract.Party;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Buffers one batch of core rows, table by table, and sends them with COPY in dependency order. */
final class FactRows {
    private final OrganizationRegistry organizations;
    private final CopyWriter articles;
    private final CopyWriter countries;
    private final CopyWriter orgMentions;
    private final CopyWriter agreements;
    private final CopyWriter parties;

    FactRows(DSLContext dsl, OrganizationRegistry organizations) {
        this.organizations = organizations;
        this.articles = writer(dsl, ARTICLE, ARTICLE.ARTICLE_ID, ARTICLE.CONTENT_SHA256, ARTICLE.PUBLISHED_ON,
                ARTICLE.PUBLISHED_PRECISION, ARTICLE.TITLE, ARTICLE.BODY, ARTICLE.LANGUAGE, ARTICLE.WORD_COUNT,
                ARTICLE.LOADED_AT, ARTICLE.RULES_VERSION);
        this.countries = writer(dsl, ARTICLE_COUNTRY, ARTICLE_COUNTRY.ARTICLE_ID, ARTICLE_COUNTRY.START_OFFSET,
                ARTICLE_COUNTRY.END_OFFSET, ARTICLE_COUNTRY.COUNTRY_ISO2, ARTICLE_COUNTRY.MENTION_TYPE,
                ARTICLE_COUNTRY.SURFACE, ARTICLE_COUNTRY.EVIDENCE);
        this.orgMentions = writer(dsl, ARTICLE_ORGANIZATION, ARTICLE_ORGANIZATION.ARTICLE_ID,
                ARTICLE_ORGANIZATION.START_OFFSET, ARTICLE_ORGANIZATION.END_OFFSET,
                ARTICLE_ORGANIZATION.ORGANIZATION_ID, ARTICLE_ORGANIZATION.SURFACE, ARTICLE_ORGANIZATION.EVIDENCE);
        this.agreements = writer(dsl, AGREEMENT, AGREEMENT.AGREEMENT_ID, AGREEMENT.ARTICLE_ID, AGREEMENT.ORDINAL,
                AGREEMENT.KIND, AGREEMENT.STATUS, AGREEMENT.SIGNED_ON, AGREEMENT.SIGNED_PRECISION,
                AGREEMENT.PLACE_NAME, AGREEMENT.PLACE_COUNTRY_ISO2, AGREEMENT.SECTORS, AGREEMENT.START_OFFSET,
                AGREEMENT.END_OFFSET, AGREEMENT.EVIDENCE);
        this.parties = writer(dsl, AGREEMENT_PARTY, AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT_PARTY.PARTY_NO,
                AGREEMENT_PARTY.COUNTRY_ISO2, AGREEMENT_PARTY.ORGANIZATION_ID);
    }

    static CopyWriter writer(DSLContext dsl, Table<?> table, Field<?>... columns) {
        return new CopyWriter(dsl.render(table),
                Arrays.stream(columns).map(f -> dsl.render(org.jooq.impl.DSL.name(f.getName()))).toList());
    }

    void addArticle(long id, NewArticle a, OffsetDateTime loadedAt) {
        Article art = a.article();
        articles.row().add(id).add(art.sha256()).add(art.publishedOn())
                .add(art.publishedPrecision() == null ? null : art.publishedPrecision().code())
                .add(art.title()).add(art.text()).add(a.extraction().language()).add(a.wordCount())
                .add(loadedAt).add(a.extraction().rulesVersion());
    }

    /** The article's facts; offsets are stored in characters, as PostgreSQL's {@code substr} counts them. */
    void addFacts(long articleId, NewArticle a, List<Long> agreementIds) {
        Extraction x = a.extraction();
        CharacterOffsets offsets = new CharacterOffsets(a.article().text());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (CountryMention m : x.countries()) {
            if (seen.add(m.span().start())) {
                countries.row().add(articleId).add(offsets.of(m.span().start())).add(offsets.of(m.span().end()))
                        .add(m.iso2()).add(m.type().code()).add(m.surface()).add(m.evidence().sentence());
            }
        }
        seen.clear();
        for (OrganizationMention m : x.organizations()) {
            if (seen.add(m.span().start())) {
                orgMentions.row().add(articleId).add(offsets.of(m.span().start())).add(offsets.of(m.span().end()))
                        .add(organizations.idOf(m.organization())).add(m.surface()).add(m.evidence().sentence());
            }
        }
        for (int i = 0; i < x.agreements().size(); i++) {
            addAgreement(agreementIds.get(i), articleId, i, x.agreements().get(i), offsets);
        }
    }

    private void addAgreement(long id, long articleId, int ordinal, Agreement g, CharacterOffsets offsets) {
        agreements.row().add(id).add(articleId).add(ordinal).add(g.kind()).add(g.status()).add(g.signedOn())
                .add(g.signedPrecision() == null ? null : g.signedPrecision().code()).add(g.placeName())
                .add(g.placeCountryIso2()).add(g.sectors()).add(offsets.of(g.evidence().span().start()))
                .add(offsets.of(g.evidence().span().end())).add(g.evidence().sentence());
        int no = 0;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (Party p : g.parties()) {
            Long orgId = p.organization() == null ? null : organizations.idOf(p.organization());
            if (seen.add(orgId == null ? p.countryIso2() : orgId)) {
                parties.row().add(id).add(no++).add(p.countryIso2()).add(orgId);
            }
        }
    }

    void flush(Connection c) throws SQLException {
        articles.flush(c);
        countries.flush(c);
        orgMentions.flush(c);
        agreements.flush(c);
        parties.flush(c);
    }
}
