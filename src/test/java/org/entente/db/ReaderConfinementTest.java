package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reader is confined to its warehouse: no other database, no temporary table, no large object, a
 * statement timeout and a connection limit. Roles are cluster-wide: unique names, dropped after.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderConfinementTest {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private final TestDatabase db;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + UUID.randomUUID();
    private final List<String> roles = new ArrayList<>();

    ReaderConfinementTest(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropRoles() {
        for (String role : roles) {
            db.query(dsl -> dsl.execute("drop role if exists {0}", DSL.name(role)));
        }
    }

    private String role(String name) {
        String role = name + "_" + suffix;
        roles.add(role);
        return role;
    }

    private String reader(String name, ReaderAccess.Limits limits) throws SQLException {
        String login = role(name);
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            ReaderAccess.grant(c, login, password.toCharArray(), limits);
        }
        return login;
    }

    private Connection connect(String url, String login) throws SQLException {
        return DriverManager.getConnection(url, login, password);
    }

    private static String stateOf(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
        return e.getSQLState();
    }

    private static String value(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aReaderOfOneWarehouseCannotConnectToAnotherOnTheSameServer() throws Exception {
        String other = "entente_t2_" + suffix;
        try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + other);
        }
        String otherUrl = Warehouse.withDatabase(db.jdbcUrl(), other);
        String otherGroup;
        try (Warehouse w = Warehouse.external(otherUrl, db.user(), db.password())) {
            w.migrate();
            String login = reader("reader_one", ReaderAccess.Limits.DEFAULT);
            try (Connection mine = connect(db.jdbcUrl(), login)) {
                assertEquals("1", value(mine, "select count(*) from reporting.countries where country_iso2 = 'KR'"));
            }
            SQLException refused = assertThrows(SQLException.class, () -> connect(otherUrl, login).close());
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
            try (Connection c = w.dataSource().getConnection()) {
                otherGroup = value(c, "select core.reader_group()");
            }
        } finally {
            try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + other + " with (force)");
            }
        }
        String mineGroup = db.query(dsl -> dsl.resultQuery("select core.reader_group()::text").fetchOne(0, String.class));
        assertEquals("entente_reader_" + db.jdbcUrl().replaceAll(".*/([^/?]+).*", "$1"), mineGroup);
        assertEquals("entente_reader_" + other, otherGroup);
        db.query(dsl -> dsl.execute("drop role if exists {0}", DSL.name(otherGroup)));
    }

    @Test
    void aLoginOfNoWarehouseCannotConnectAndTheOldServerWideRoleReadsNothing() throws Exception {
        String stranger = role("stranger");
        db.query(dsl -> dsl.execute("create role {0} login password {1}", DSL.name(stranger), DSL.inline(password)));
        SQLException refused = assertThrows(SQLException.class, () -> connect(db.jdbcUrl(), stranger).close());
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
        long legacyGrants = db.query(dsl -> dsl.resultQuery("""
                select count(*) from information_schema.role_table_grants
                where grantee = 'entente_reader' and table_catalog = current_database()""").fetchOne(0, Long.class));
        assertEquals(0, legacyGrants);
    }

    @Test
    void aReaderCreatesNoTemporaryTableAndNoLargeObject() throws Exception {
        try (Connection c = connect(db.jdbcUrl(), reader("reader_lo", ReaderAccess.Limits.DEFAULT))) {
            assertEquals(INSUFFICIENT_PRIVILEGE, stateOf(c, "create temp table t (x int)"));
            assertEquals(INSUFFICIENT_PRIVILEGE, stateOf(c, "create temp view v as select 1"));
            assertEquals(INSUFFICIENT_PRIVILEGE, stateOf(c, "select lo_from_bytea(0, 'x')"));
            assertEquals(INSUFFICIENT_PRIVILEGE, stateOf(c, "select lo_create(0)"));
            assertEquals(INSUFFICIENT_PRIVILEGE, stateOf(c, "select lo_creat(-1)"));
            assertEquals(INSUFFICIENT_PRIVILEGE, stateOf(c, "select lo_import('/etc/hostname')"));
        }
        long largeObjects = db.query(dsl -> dsl.resultQuery("select count(*) from pg_largeobject_metadata")
                .fetchOne(0, Long.class));
        assertEquals(0, largeObjects);
        // The owner, who loads and schedules, still connects and keeps temporary tables.
        try (Connection owner = db.warehouse().dataSource().getConnection(); Statement s = owner.createStatement()) {
            s.execute("create temp table owner_tmp (x int)");
        }
    }

    @Test
    void aReaderGetsItsStatementTimeoutAndConnectionLimit() throws Exception {
        String standard = reader("reader_std", ReaderAccess.Limits.DEFAULT);
        try (Connection c = connect(db.jdbcUrl(), standard)) {
            assertEquals("1min", value(c, "show statement_timeout"));
            assertEquals("10", value(c, "select rolconnlimit from pg_roles where rolname = current_user"));
        }
        String tight = reader("reader_tight", new ReaderAccess.Limits(Duration.ofMillis(300), 1));
        try (Connection c = connect(db.jdbcUrl(), tight)) {
            assertEquals("300ms", value(c, "show statement_timeout"));
            assertEquals("57014", stateOf(c, "select pg_sleep(5)"));
            SQLException second = assertThrows(SQLException.class, () -> connect(db.jdbcUrl(), tight).close());
            assertEquals("53300", second.getSQLState(), second.getMessage());
        }
    }
}
