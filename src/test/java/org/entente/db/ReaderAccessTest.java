package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.reporting.DataDictionary;
import org.entente.reporting.Report;
import org.entente.reporting.ReportCatalog;
import org.entente.reporting.ReportRunner;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A reader login reads the reporting schema and nothing else. Roles are cluster-wide: unique names, dropped after. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderAccessTest {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private final TestDatabase db;
    private final String login = "reader_t_" + UUID.randomUUID().toString().substring(0, 8);
    private final String oddLogin = "Reader \"t\"; drop role x; " + UUID.randomUUID().toString().substring(0, 8);
    private final char[] password = ("pw-" + UUID.randomUUID()).toCharArray();

    ReaderAccessTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void grantReader() throws SQLException {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            ReaderAccess.grant(c, login, password);
        }
    }

    @AfterAll
    void dropLogins() {
        for (String role : List.of(login, oddLogin)) {
            db.query(dsl -> dsl.execute("drop role if exists {0}", DSL.name(role)));
        }
    }

    private Connection reader() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), login, new String(password));
    }

    private static void assertDenied(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), sql + ": " + e.getMessage());
    }

    @Test
    void readerCanSelectEveryReportingViewAndRunEveryReport() throws Exception {
        List<DataDictionary.Relation> relations = db.query(dsl -> DataDictionary.read(dsl, "reporting"));
        List<String> read = new ArrayList<>();
        try (Connection c = reader(); Statement s = c.createStatement()) {
            for (DataDictionary.Relation r : relations) {
                s.executeQuery("select * from reporting." + r.name() + " limit 1").close();
                read.add(r.name());
            }
            for (Report report : ReportCatalog.all()) {
                ReportRunner.run(c, report, Map.of());
            }
        }
        assertEquals(relations.size(), read.size());
    }

    @Test
    void readerIsDeniedTheCoreSchema() throws Exception {
        try (Connection c = reader()) {
            assertDenied(c, "select * from core.article");
            assertDenied(c, "select * from core.agreement_party");
        }
    }

    @Test
    void readerCannotWriteOrCreateAnywhere() throws Exception {
        try (Connection c = reader()) {
            assertDenied(c, "insert into reporting.countries (country_iso2) values ('ZZ')");
            assertDenied(c, "update reporting.countries set name_fr = 'x'");
            assertDenied(c, "delete from reporting.load_runs");
            assertDenied(c, "insert into core.load_run (status, corpus_root, rules_version, host) "
                    + "values ('failed', 'x', 'x', 'x')");
            assertDenied(c, "create table public.reader_owned (x int)");
            assertDenied(c, "create table reporting.reader_owned (x int)");
            assertDenied(c, "create view reporting.reader_view as select 1");
            assertDenied(c, "create schema reader_schema");
            assertDenied(c, "delete from reporting.agreement_timeline");
            assertDenied(c, "select * from mart.sector_year_n");
        }
    }

    @Test
    void grantingAgainUpdatesTheSameRoleAndKeepsItAMember() throws Exception {
        String group;
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            group = ReaderAccess.grant(c, login, password).group();
        }
        long memberships = db.query(dsl -> dsl.resultQuery("""
                select count(*) from pg_auth_members m join pg_roles g on g.oid = m.roleid
                join pg_roles u on u.oid = m.member where g.rolname = {0} and u.rolname = {1} and u.rolcanlogin""",
                DSL.val(group), DSL.val(login)).fetchOne(0, Long.class));
        assertEquals(1, memberships);
    }

    @Test
    void loginNamesAreQuotedNotSpliced() throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            ReaderAccess.grant(c, oddLogin, password);
        }
        int odd = db.query(dsl -> dsl.fetchCount(DSL.table("pg_roles"), DSL.field("rolname").eq(oddLogin)));
        int x = db.query(dsl -> dsl.fetchCount(DSL.table("pg_roles"), DSL.field("rolname").eq("x")));
        assertEquals(1, odd);
        assertEquals(0, x);
    }

    @Test
    void refusesToTurnTheAdministratorIntoAReader() {
        assertThrows(DatabaseException.class, () -> {
            try (Connection c = db.warehouse().dataSource().getConnection()) {
                ReaderAccess.grant(c, db.user(), password);
            }
        });
    }
}
