package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_SOURCE;
import static org.entente.db.schema.core.Tables.ARTICLE_COUNTRY;
import static org.entente.db.schema.core.Tables.ARTICLE_ORGANIZATION;
import static org.entente.db.schema.core.Tables.COUNTRY;
import static org.entente.db.schema.core.Tables.ORGANIZATION;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The references of the fact tables, checked whole with one anti-join each: what per-row foreign
 * keys would guarantee, at a fraction of their cost on bulk loads. Each is its own query with the
 * condition in WHERE, where PostgreSQL plans a hash anti-join; inside one query's FILTER clauses the
 * same conditions ran row by row (34 s instead of under 2 s on 100,000 articles). With them, the two
 * uniquenesses no key holds since V15 (one article a content hash, one a source file: a key of a
 * table distributed by article_id must include it).
 */
final class ReferenceCheck {
    /** The rows of {@code table} whose {@code column} points at no row of {@code target}: {@code broken}. */
    private record Reference(Table<?> table, String column, Table<?> target, Condition broken) {
    }

    private static <T> Reference reference(TableField<?, T> column, TableField<?, T> key) {
        return new Reference(column.getTable(), column.getName(), key.getTable(),
                column.isNotNull().and(notExists(selectOne().from(key.getTable()).where(key.eq(column)))));
    }

    private static final List<Reference> REFERENCES = List.of(
            reference(ARTICLE_SOURCE.ARTICLE_ID, ARTICLE.ARTICLE_ID),
            reference(ARTICLE_COUNTRY.ARTICLE_ID, ARTICLE.ARTICLE_ID),
            reference(ARTICLE_COUNTRY.COUNTRY_ISO2, COUNTRY.ISO2),
            reference(ARTICLE_ORGANIZATION.ARTICLE_ID, ARTICLE.ARTICLE_ID),
            reference(ARTICLE_ORGANIZATION.ORGANIZATION_ID, ORGANIZATION.ORGANIZATION_ID),
            reference(AGREEMENT.ARTICLE_ID, ARTICLE.ARTICLE_ID),
            reference(AGREEMENT.PLACE_COUNTRY_ISO2, COUNTRY.ISO2),
            // Its agreement in its article: the party sits on the agreement's shard.
            new Reference(AGREEMENT_PARTY, AGREEMENT_PARTY.AGREEMENT_ID.getName(), AGREEMENT,
                    notExists(selectOne().from(AGREEMENT).where(AGREEMENT.ARTICLE_ID.eq(AGREEMENT_PARTY.ARTICLE_ID)
                            .and(AGREEMENT.AGREEMENT_ID.eq(AGREEMENT_PARTY.AGREEMENT_ID))))),
            reference(AGREEMENT_PARTY.COUNTRY_ISO2, COUNTRY.ISO2),
            reference(AGREEMENT_PARTY.ORGANIZATION_ID, ORGANIZATION.ORGANIZATION_ID));

    /** Columns whose values each belong to one row: the loader writes them so, under the reload lock. */
    private static final List<TableField<?, String>> UNIQUE = List.of(ARTICLE.CONTENT_SHA256, ARTICLE_SOURCE.SOURCE_FILE);

    private ReferenceCheck() {
    }

    /** One line per broken reference ("core.agreement_party.country_iso2: 2 rows point at no core.country"). */
    static List<String> dangling(DSLContext dsl) {
        return dangling(dsl, false);
    }

    /**
     * The same, among the rows of the articles the reload touched (mart.touched_article): a reload
     * writes no other fact rows, and deletes an article's facts with it.
     */
    static List<String> danglingInTouched(DSLContext dsl) {
        return dangling(dsl, true);
    }

    private static List<String> dangling(DSLContext dsl, boolean touchedOnly) {
        List<String> found = new ArrayList<>();
        for (Reference r : REFERENCES) {
            Condition where = touchedOnly ? r.broken().and(touched(r.table())) : r.broken();
            int broken = dsl.fetchCount(r.table(), where);
            if (broken > 0) {
                found.add("%s.%s: %d rows point at no %s".formatted(qualified(r.table()), r.column(), broken,
                        qualified(r.target())));
            }
        }
        for (TableField<?, String> column : UNIQUE) {
            int repeated = dsl.fetchCount(repeated(column, touchedOnly));
            if (repeated > 0) {
                found.add("%s.%s: %d values are held by more than one row".formatted(qualified(column.getTable()),
                        column.getName(), repeated));
            }
        }
        return found;
    }

    /** The values of {@code column} held twice or more (among those of the touched articles' rows). */
    private static Select<?> repeated(TableField<?, String> column, boolean touchedOnly) {
        Table<?> table = column.getTable();
        Condition scope = touchedOnly
                ? column.in(DSL.select(column).from(table).where(touched(table)))
                : DSL.noCondition();
        return DSL.select(column).from(table).where(scope).groupBy(column).having(DSL.count().gt(1));
    }

    private static Condition touched(Table<?> table) {
        var touched = DSL.select(DSL.field(DSL.name("article_id"), Long.class)).from(DSL.table(DSL.name("mart",
                "touched_article")));
        return table.field(DSL.name("article_id"), Long.class).in(touched);
    }

    private static String qualified(Table<?> table) {
        return table.getSchema().getName() + "." + table.getName();
    }
}
