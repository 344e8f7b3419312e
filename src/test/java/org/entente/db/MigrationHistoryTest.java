package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@DatabaseTest
class MigrationHistoryTest {
    private final TestDatabase db;

    MigrationHistoryTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aWarehouseFlywayMigratedIsCurrentByOurChecksums() {
        assertTrue(MigrationHistory.current(db.warehouse().dataSource()));
    }

    @Test
    void aScriptWhoseChecksumDiffersSendsTheWarehouseToFlyway() {
        String views = "update flyway_schema_history set checksum = checksum %s 1 where script = 'R__reporting_views.sql'";
        db.query(dsl -> dsl.execute(views.formatted("+")));
        try {
            assertFalse(MigrationHistory.current(db.warehouse().dataSource()));
        } finally {
            db.query(dsl -> dsl.execute(views.formatted("-")));
        }
        assertTrue(MigrationHistory.current(db.warehouse().dataSource()));
    }

    @Test
    void checksumIsFlywaysCrcOfTheLinesWithoutBreaksOrBom() {
        assertTrue(MigrationHistory.checksum("a\nb\n") == MigrationHistory.checksum("\uFEFFa\r\nb"));
    }
}
