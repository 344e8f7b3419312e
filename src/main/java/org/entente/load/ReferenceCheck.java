package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_COUNTRY;
import static org.entente.db.schema.core.Tables.ARTICLE_ORGANIZATION;
import static org.entente.db.schema.core.Tables.COUNTRY;
import static org.entente.db.schema.core.Tables.ORGANIZATION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The references of the fact tables, checked whole with one scan a table and an anti-join a
 * reference: what per-row foreign keys would guarantee, at a fraction of their cost on bulk loads.
 */
final class ReferenceCheck {
    /** A column and the key it refers to. */
    private record Reference<T>(TableField<?, T> column, TableField<?, T> key) {
        Condition broken() {
            return column.isNotNull().and(notExists(selectOne().from(key.getTable()).where(key.eq(column))));
        }
    }

    /** Every reference, grouped by the table that holds it. */
    private static final List<List<Reference<?>>> BY_TABLE = List.of(
            List.of(new Reference<>(ARTICLE_COUNTRY.ARTICLE_ID, ARTICLE.ARTICLE_ID),
                    new Reference<>(ARTICLE_COUNTRY.COUNTRY_ISO2, COUNTRY.ISO2)),
            List.of(new Reference<>(ARTICLE_ORGANIZATION.ARTICLE_ID, ARTICLE.ARTICLE_ID),
                    new Reference<>(ARTICLE_ORGANIZATION.ORGANIZATION_ID, ORGANIZATION.ORGANIZATION_ID)),
            List.of(new Reference<>(AGREEMENT.ARTICLE_ID, ARTICLE.ARTICLE_ID),
                    new Reference<>(AGREEMENT.PLACE_COUNTRY_ISO2, COUNTRY.ISO2)),
            List.of(new Reference<>(AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT.AGREEMENT_ID),
                    new Reference<>(AGREEMENT_PARTY.COUNTRY_ISO2, COUNTRY.ISO2),
                    new Reference<>(AGREEMENT_PARTY.ORGANIZATION_ID, ORGANIZATION.ORGANIZATION_ID)));

    private ReferenceCheck() {
    }

    /** One line per broken reference ("core.agreement_party.country_iso2: 2 rows point at no core.country"). */
    static List<String> dangling(DSLContext dsl) {
        List<String> found = new ArrayList<>();
        for (List<Reference<?>> references : BY_TABLE) {
            Table<?> table = references.get(0).column().getTable();
            List<Field<Integer>> counts = references.stream()
                    .<Field<Integer>>map(r -> count().filterWhere(r.broken())).toList();
            Record rows = dsl.select(counts).from(table).fetchOne();
            for (int i = 0; i < references.size(); i++) {
                int broken = rows.get(i, Integer.class);
                if (broken > 0) {
                    Reference<?> r = references.get(i);
                    found.add("%s.%s: %d rows point at no %s".formatted(qualified(table), r.column().getName(), broken,
                            qualified(r.key().getTable())));
                }
            }
        }
        return found;
    }

    private static String qualified(Table<?> table) {
        return table.getSchema().getName() + "." + table.getName();
    }
}
