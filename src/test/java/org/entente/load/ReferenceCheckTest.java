package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.BiFunction;
import org.entente.db.DatabaseException;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's set-based check stands in for the foreign keys the fact tables do not have. */
@DatabaseTest
class ReferenceCheckTest {
    private final TestDatabase db;

    ReferenceCheckTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void loadSeeds(@TempDir Path corpus) throws Exception {
        db.loadSeeds(corpus);
    }

    @Test
    void aLoadedWarehouseHasNoDanglingReference() {
        assertEquals(List.of(), db.query(ReferenceCheck::dangling));
    }

    @Test
    void eachKindOfDanglingReferenceIsNamed() {
        List<String> found = withinRolledBack((c, dsl) -> {
            dsl.execute("update core.article_country set country_iso2 = 'ZZ' where start_offset = "
                    + "(select min(start_offset) from core.article_country)");
            dsl.execute("delete from core.agreement where agreement_id = (select min(agreement_id) from core.agreement)");
            dsl.execute("update core.article_organization set organization_id = -1");
            return ReferenceCheck.dangling(dsl);
        });
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("core.article_country.country_iso2: "), found.get(0));
        assertTrue(found.get(0).endsWith(" point at no core.country"), found.get(0));
        assertTrue(found.get(1).startsWith("core.article_organization.organization_id: "), found.get(1));
        assertTrue(found.get(2).startsWith("core.agreement_party.agreement_id: "), found.get(2));
    }

    @Test
    void theLoaderRefusesToGoOnWithADanglingReference() {
        DatabaseException e = withinRolledBack((c, dsl) -> {
            dsl.execute("delete from core.article where article_id = (select min(article_id) from core.article)");
            return assertThrows(DatabaseException.class, () -> new FactLoader(c, dsl).checkReferences());
        });
        assertTrue(e.getMessage().contains("core.article_country.article_id"), e.getMessage());
    }

    private <T> T withinRolledBack(BiFunction<Connection, DSLContext, T> work) {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.apply(c, db.warehouse().dsl(c));
            } finally {
                c.rollback();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
