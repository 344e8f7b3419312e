package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
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
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The references of the fact tables, checked whole with one anti-join each: what per-row foreign
 * keys would guarantee, at a fraction of their cost on bulk loads.
 */
final class ReferenceCheck {
    private ReferenceCheck() {
    }

    /** One line per broken reference ("core.agreement_party.country_iso2: 2 rows point at no core.country"). */
    static List<String> dangling(DSLContext dsl) {
        List<String> found = new ArrayList<>();
        check(dsl, ARTICLE_COUNTRY.ARTICLE_ID, ARTICLE.ARTICLE_ID, found);
        check(dsl, ARTICLE_COUNTRY.COUNTRY_ISO2, COUNTRY.ISO2, found);
        check(dsl, ARTICLE_ORGANIZATION.ARTICLE_ID, ARTICLE.ARTICLE_ID, found);
        check(dsl, ARTICLE_ORGANIZATION.ORGANIZATION_ID, ORGANIZATION.ORGANIZATION_ID, found);
        check(dsl, AGREEMENT.ARTICLE_ID, ARTICLE.ARTICLE_ID, found);
        check(dsl, AGREEMENT.PLACE_COUNTRY_ISO2, COUNTRY.ISO2, found);
        check(dsl, AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT.AGREEMENT_ID, found);
        check(dsl, AGREEMENT_PARTY.COUNTRY_ISO2, COUNTRY.ISO2, found);
        check(dsl, AGREEMENT_PARTY.ORGANIZATION_ID, ORGANIZATION.ORGANIZATION_ID, found);
        return found;
    }

    private static <T> void check(DSLContext dsl, TableField<?, T> reference, TableField<?, T> key,
                                  List<String> found) {
        Table<?> from = reference.getTable();
        Table<?> to = key.getTable();
        Condition broken = reference.isNotNull().and(notExists(selectOne().from(to).where(key.eq(reference))));
        int rows = dsl.fetchCount(from, broken);
        if (rows > 0) {
            found.add("%s.%s: %d rows point at no %s".formatted(qualified(from), reference.getName(), rows,
                    qualified(to)));
        }
    }

    private static String qualified(Table<?> table) {
        return table.getSchema().getName() + "." + table.getName();
    }
}
