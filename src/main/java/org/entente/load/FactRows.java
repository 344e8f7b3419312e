package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_COUNTRY;
import static org.entente.db.schema.core.Tables.ARTICLE_ORGANIZATION;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.corpus.Article;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Evidence;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.OrganizationMention;
import org.entente.extract.model.Party;
import org.jooq.DSLContext;

/** Buffers one batch of core rows, table by table, and sends them with COPY in dependency order. */
final class FactRows {
    private final OrganizationIds organizations;
    private final CopyWriter articles;
    private final CopyWriter countries;
    private final CopyWriter orgMentions;
    private final CopyWriter agreements;
    private final CopyWriter parties;

    FactRows(DSLContext dsl, OrganizationIds organizations) {
        this.organizations = organizations;
        this.articles = CopyWriter.of(dsl, ARTICLE, ARTICLE.ARTICLE_ID, ARTICLE.CONTENT_SHA256, ARTICLE.PUBLISHED_ON,
                ARTICLE.PUBLISHED_PRECISION, ARTICLE.TITLE, ARTICLE.BODY, ARTICLE.LANGUAGE, ARTICLE.WORD_COUNT,
                ARTICLE.LOADED_AT, ARTICLE.RULES_VERSION);
        this.countries = CopyWriter.of(dsl, ARTICLE_COUNTRY, ARTICLE_COUNTRY.ARTICLE_ID, ARTICLE_COUNTRY.START_OFFSET,
                ARTICLE_COUNTRY.END_OFFSET, ARTICLE_COUNTRY.COUNTRY_ISO2, ARTICLE_COUNTRY.MENTION_TYPE,
                ARTICLE_COUNTRY.SURFACE, ARTICLE_COUNTRY.EVIDENCE_START, ARTICLE_COUNTRY.EVIDENCE_END);
        this.orgMentions = CopyWriter.of(dsl, ARTICLE_ORGANIZATION, ARTICLE_ORGANIZATION.ARTICLE_ID,
                ARTICLE_ORGANIZATION.START_OFFSET, ARTICLE_ORGANIZATION.END_OFFSET,
                ARTICLE_ORGANIZATION.ORGANIZATION_ID, ARTICLE_ORGANIZATION.SURFACE, ARTICLE_ORGANIZATION.EVIDENCE_START,
                ARTICLE_ORGANIZATION.EVIDENCE_END);
        this.agreements = CopyWriter.of(dsl, AGREEMENT, AGREEMENT.AGREEMENT_ID, AGREEMENT.ARTICLE_ID, AGREEMENT.ORDINAL,
                AGREEMENT.KIND, AGREEMENT.STATUS, AGREEMENT.SIGNED_ON, AGREEMENT.SIGNED_PRECISION,
                AGREEMENT.PLACE_NAME, AGREEMENT.PLACE_COUNTRY_ISO2, AGREEMENT.SECTORS, AGREEMENT.START_OFFSET,
                AGREEMENT.END_OFFSET, AGREEMENT.EVIDENCE);
        this.parties = CopyWriter.of(dsl, AGREEMENT_PARTY, AGREEMENT_PARTY.ARTICLE_ID, AGREEMENT_PARTY.AGREEMENT_ID,
                AGREEMENT_PARTY.PARTY_NO, AGREEMENT_PARTY.COUNTRY_ISO2, AGREEMENT_PARTY.ORGANIZATION_ID);
    }

    void addArticle(long id, NewArticle a, OffsetDateTime loadedAt) {
        Article art = a.article();
        articles.row().set(ARTICLE.ARTICLE_ID, id).set(ARTICLE.CONTENT_SHA256, art.sha256())
                .set(ARTICLE.PUBLISHED_ON, art.publishedOn())
                .set(ARTICLE.PUBLISHED_PRECISION, art.publishedPrecision() == null ? null : art.publishedPrecision().code())
                .set(ARTICLE.TITLE, art.title()).set(ARTICLE.BODY, art.text())
                .set(ARTICLE.LANGUAGE, a.extraction().language()).set(ARTICLE.WORD_COUNT, a.wordCount())
                .set(ARTICLE.LOADED_AT, loadedAt).set(ARTICLE.RULES_VERSION, a.extraction().rulesVersion());
    }

    /** The article's facts; offsets are stored in characters, as PostgreSQL's {@code substr} counts them. */
    void addFacts(long articleId, NewArticle a, List<Long> agreementIds) {
        Extraction x = a.extraction();
        CharacterOffsets offsets = new CharacterOffsets(a.article().text());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (CountryMention m : x.countries()) {
            if (seen.add(m.span().start())) {
                countries.row().set(ARTICLE_COUNTRY.ARTICLE_ID, articleId)
                        .set(ARTICLE_COUNTRY.START_OFFSET, offsets.of(m.span().start()))
                        .set(ARTICLE_COUNTRY.END_OFFSET, offsets.of(m.span().end()))
                        .set(ARTICLE_COUNTRY.COUNTRY_ISO2, m.iso2()).set(ARTICLE_COUNTRY.MENTION_TYPE, m.type().code())
                        .set(ARTICLE_COUNTRY.SURFACE, m.surface())
                        .set(ARTICLE_COUNTRY.EVIDENCE_START, offsets.of(m.evidence().span().start()))
                        .set(ARTICLE_COUNTRY.EVIDENCE_END, offsets.of(sentenceEnd(m.evidence())));
            }
        }
        seen.clear();
        for (OrganizationMention m : x.organizations()) {
            if (seen.add(m.span().start())) {
                orgMentions.row().set(ARTICLE_ORGANIZATION.ARTICLE_ID, articleId)
                        .set(ARTICLE_ORGANIZATION.START_OFFSET, offsets.of(m.span().start()))
                        .set(ARTICLE_ORGANIZATION.END_OFFSET, offsets.of(m.span().end()))
                        .set(ARTICLE_ORGANIZATION.ORGANIZATION_ID, organizations.idOf(m.organization()))
                        .set(ARTICLE_ORGANIZATION.SURFACE, m.surface())
                        .set(ARTICLE_ORGANIZATION.EVIDENCE_START, offsets.of(m.evidence().span().start()))
                        .set(ARTICLE_ORGANIZATION.EVIDENCE_END, offsets.of(sentenceEnd(m.evidence())));
            }
        }
        for (int i = 0; i < x.agreements().size(); i++) {
            addAgreement(agreementIds.get(i), articleId, i, x.agreements().get(i), offsets);
        }
    }

    /** Where a mention's sentence ends: its text is the article's from the span's start (V16). */
    private static int sentenceEnd(Evidence e) {
        return e.span().start() + e.sentence().length();
    }

    private void addAgreement(long id, long articleId, int ordinal, Agreement g, CharacterOffsets offsets) {
        agreements.row().set(AGREEMENT.AGREEMENT_ID, id).set(AGREEMENT.ARTICLE_ID, articleId)
                .set(AGREEMENT.ORDINAL, ordinal).set(AGREEMENT.KIND, g.kind()).set(AGREEMENT.STATUS, g.status())
                .set(AGREEMENT.SIGNED_ON, g.signedOn())
                .set(AGREEMENT.SIGNED_PRECISION, g.signedPrecision() == null ? null : g.signedPrecision().code())
                .set(AGREEMENT.PLACE_NAME, g.placeName()).set(AGREEMENT.PLACE_COUNTRY_ISO2, g.placeCountryIso2())
                .set(AGREEMENT.SECTORS, g.sectors().toArray(String[]::new))
                .set(AGREEMENT.START_OFFSET, offsets.of(g.evidence().span().start()))
                .set(AGREEMENT.END_OFFSET, offsets.of(g.evidence().span().end()))
                .set(AGREEMENT.EVIDENCE, g.evidence().sentence());
        int no = 0;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (Party p : g.parties()) {
            Long orgId = p.organization() == null ? null : organizations.idOf(p.organization());
            if (seen.add(orgId == null ? p.countryIso2() : orgId)) {
                parties.row().set(AGREEMENT_PARTY.ARTICLE_ID, articleId).set(AGREEMENT_PARTY.AGREEMENT_ID, id)
                        .set(AGREEMENT_PARTY.PARTY_NO, no++)
                        .set(AGREEMENT_PARTY.COUNTRY_ISO2, p.countryIso2()).set(AGREEMENT_PARTY.ORGANIZATION_ID, orgId);
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
