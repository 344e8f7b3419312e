package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** A warehouse migrated by its owner without superuser rights: it still connects, and grant-reader says what is left open. */
@DatabaseTest
class NonSuperuserOwnerTest {
    private final TestDatabase db;

    NonSuperuserOwnerTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void theOwnerMigratesConnectsAgainAndIsWarnedThatReadersCanCreateLargeObjects() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String owner = "owner_" + suffix;
        String database = "entente_t_own_" + suffix;
        String reader = "reader_own_" + suffix;
        String password = "pw-" + suffix;
        try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
            s.execute("create role " + owner + " login createrole password '" + password + "'");
            s.execute("create database " + database + " owner " + owner);
        }
        String url = Warehouse.withDatabase(db.jdbcUrl(), database);
        String group = null;
        try {
            try (Warehouse w = Warehouse.external(url, owner, password)) {
                w.migrate();
                w.migrate(); // connects again after CONNECT was taken from PUBLIC
                try (Connection c = w.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create temp table loader_tmp (x int)");
                    ReaderAccess.Grant grant = ReaderAccess.grant(c, reader, password.toCharArray());
                    group = grant.group();
                    assertEquals(List.of("readers can still create large objects (they persist and take disk "
                            + "space): a superuser should run in this database: revoke execute on function "
                            + ReaderAccess.LARGE_OBJECT_FUNCTIONS + " from public"), grant.warnings());
                }
            }
        } finally {
            try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
                for (String role : new String[] {reader, group, owner}) {
                    if (role != null) {
                        s.execute("drop role if exists " + DSL.using(org.jooq.SQLDialect.POSTGRES).render(DSL.name(role)));
                    }
                }
            }
        }
    }
}
