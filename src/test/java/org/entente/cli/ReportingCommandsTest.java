package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The docs and report commands end to end, on an empty migrated warehouse. */
// Captures System.out, which every other test class shares: it runs alone.
@Isolated
@DatabaseTest
class ReportingCommandsTest {
    private final TestDatabase db;

    ReportingCommandsTest(TestDatabase db) {
        this.db = db;
    }

    private InProcessCli.Run run(String... args) {
        return InProcessCli.run(db, args);
    }

    @Test
    void docsPrintsEveryReportingViewWithAColumnTable() {
        InProcessCli.Run r = run("docs");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("# Data dictionary: schema `reporting`"), r.out());
        for (String view : List.of("agreements", "agreement_parties", "country_pair_counts", "sector_summary")) {
            assertTrue(r.out().contains("\n## reporting." + view + "\n"), view);
        }
        assertTrue(r.out().contains("| country_a | character(2) | "));
    }

    @Test
    void reportPrintsCsvWithAHeaderAndRejectsUnknownOrBadParameters() {
        InProcessCli.Run csv = run("report", "country-activity", "--param", "country=PE", "--format", "csv");
        assertEquals(0, csv.exitCode());
        assertEquals("month,article_count,mention_count,agreement_count,signed_count", csv.out().strip());
        assertEquals(ExitCodes.USAGE, run("report", "country-activity", "--param", "pays=PE").exitCode());
        assertEquals(ExitCodes.USAGE, run("report", "top-country-pairs", "--param", "year=abc").exitCode());
        assertEquals(ExitCodes.USAGE, run("report", "no-such-report").exitCode());
    }

    @Test
    void reportRefusesValuesOutsideTheParameterTypeWithExitTwo() {
        for (String bad : List.of("country=AUT", "country=kr; drop", "country=ZZ")) {
            assertEquals(ExitCodes.USAGE, run("report", "country-partners", "--param", bad).exitCode(), bad);
        }
        assertEquals(ExitCodes.USAGE, run("report", "latest-agreements", "--param", "limit=0").exitCode());
        assertEquals(0, run("report", "country-partners", "--param", "country=kr").exitCode());
    }

    @Test
    void renderGivesEmptyCsvCellsForNullsAndJsonObjects() {
        Field<String> kind = DSL.field("kind", SQLDataType.VARCHAR);
        Field<Integer> count = DSL.field("n", SQLDataType.INTEGER);
        Result<Record> rows = DSL.using(SQLDialect.POSTGRES).newResult(new Field<?>[] {kind, count});
        Record mou = DSL.using(SQLDialect.POSTGRES).newRecord(new Field<?>[] {kind, count});
        mou.set(kind, "mou");
        mou.set(count, null);
        rows.add(mou);
        assertEquals("kind,n\nmou,\n", ReportCommand.render(rows, ReportCommand.Format.csv));
        assertEquals("[{\"kind\":\"mou\",\"n\":null}]\n", ReportCommand.render(rows, ReportCommand.Format.json));
    }

    /** The database named only lends its server: evaluating a corpus migrates the scratch database, not it. */
    @Test
    void evaluateWithACorpusLeavesTheNamedDatabaseAsItWas() throws Exception {
        String name = "entente_not_a_warehouse_" + Long.toHexString(System.nanoTime());
        try (var c = db.adminConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            InProcessCli.Run r = InProcessCli.runOn(db, db.jdbcUrlOf(name),
                    "evaluate", "--gold", "src/test/resources/gold/seeds.gold.jsonl", "--corpus", "seeds");
            assertEquals(0, r.exitCode(), r.out());
            assertTrue(r.out().contains("agreements F1=1.000"), r.out());
            String url = db.jdbcUrlOf(name);
            try (var c = java.sql.DriverManager.getConnection(url, db.user(), db.password());
                 var rs = c.createStatement().executeQuery(
                         "select count(*) from pg_namespace where nspname in ('core', 'reporting', 'mart')")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "schemas of a warehouse in the database named");
            }
        } finally {
            try (var c = db.adminConnection(); var s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
