package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.List;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Holds the schema, on plain PostgreSQL, to what Citus needs for the plan in core.distribution_plan
 * (V13__citus_distribution.sql, V15__citus_ready_keys.sql, the marts' rows in R__reporting_marts.sql):
 * a migration that breaks it fails here, without a Citus cluster.
 */
@DatabaseTest
class CitusPlanTest {
    private final TestDatabase db;

    CitusPlanTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void everyTableOfTheWarehouseHasAPlace() {
        assertEquals(List.of(), rows("""
                select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname in ('core', 'reporting', 'mart') and c.relkind in ('r', 'p') and not c.relispartition
                  and n.nspname || '.' || c.relname not in (select table_name from core.distribution_plan)
                order by 1"""));
    }

    @Test
    void everyUniqueKeyOfAReadyDistributedTableIncludesItsDistributionColumn() {
        assertEquals(List.of(), rows("""
                select p.table_name || ': ' || i.indexrelid::regclass::text
                from core.distribution_plan p
                join pg_index i on i.indrelid = p.table_name::regclass and i.indisunique
                where p.ready and p.role = 'distributed'
                  and not exists (select 1 from pg_attribute a
                                  where a.attrelid = i.indrelid and a.attname = p.distribution_column
                                    and a.attnum = any (i.indkey))
                order by 1"""));
    }

    @Test
    void readyDistributedTablesHaveForeignKeysOnlyToReferenceTables() {
        assertEquals(List.of(), rows("""
                select p.table_name || ' -> ' || k.confrelid::regclass::text
                from core.distribution_plan p
                join pg_constraint k on k.conrelid = p.table_name::regclass and k.contype = 'f'
                left join core.distribution_plan target on target.table_name = k.confrelid::regclass::text
                where p.ready and p.role = 'distributed' and coalesce(target.role, 'local') <> 'reference'
                order by 1"""));
    }

    @Test
    void referenceTablesPointOnlyAtReferenceTables() {
        assertEquals(List.of(), rows("""
                select p.table_name || ' -> ' || k.confrelid::regclass::text
                from core.distribution_plan p
                join pg_constraint k on k.conrelid = p.table_name::regclass and k.contype = 'f'
                left join core.distribution_plan target on target.table_name = k.confrelid::regclass::text
                where p.role = 'reference' and not (target.role = 'reference' and target.ready)
                order by 1"""));
    }

    @Test
    void readyDistributedTablesShareTheirDistributionColumnType() {
        List<String> types = rows("""
                select distinct format_type(a.atttypid, a.atttypmod)
                from core.distribution_plan p
                join pg_attribute a on a.attrelid = p.table_name::regclass and a.attname = p.distribution_column
                where p.ready and p.role = 'distributed'""");
        assertEquals(List.of("bigint"), types, "co-located tables need one distribution column type");
    }

    @Test
    void everyTableOfThePlanIsReady() {
        assertEquals(List.of(), rows("select table_name || ': ' || remaining from core.distribution_plan where not ready"));
    }

    @Test
    void everyJoinOfTheReportingViewsAndTheMartsIsOnTheDistributionColumnOrWithAReferenceTable() {
        assertEquals(List.of(), db.query(dsl -> new CitusJoinCheck(dsl).violations("reporting", "mart")));
    }

    @Test
    void theJoinCheckRejectsJoinsOffTheDistributionColumnOrWithALocalTable() throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                DSLContext dsl = db.warehouse().dsl(c);
                dsl.execute("""
                        create schema citus_scratch;
                        create view citus_scratch.co_located as
                        select p.party_no, c.name_fr from core.agreement g
                        join core.agreement_party p on p.article_id = g.article_id and p.agreement_id = g.agreement_id
                        join core.country c on c.iso2 = p.country_iso2;
                        create view citus_scratch.off_key as
                        select p.party_no from core.agreement g join core.agreement_party p on p.agreement_id = g.agreement_id;
                        create view citus_scratch.off_key_subquery as
                        select a.title from core.article a
                        where exists (select 1 from core.agreement g where g.agreement_id = a.article_id);
                        create view citus_scratch.lateral_off_key as
                        select g.agreement_id, p.n from core.agreement g
                        cross join lateral (select count(*) as n from core.agreement_party ap
                                            where ap.agreement_id = g.agreement_id) p;
                        create view citus_scratch.with_local as
                        select a.title from core.article a join core.load_run r on r.run_id = a.article_id;
                        create view citus_scratch.with_gathered as
                        select a.title from core.article a
                        join (select max(article_id) as article_id from core.article_country) m on m.article_id = a.article_id
                        """);
                assertEquals(List.of(
                        "citus_scratch.lateral_off_key joins distributed core.agreement with p, which Citus must gather "
                                + "on the coordinator first",
                        "citus_scratch.off_key joins distributed core.agreement and core.agreement_party without equal "
                                + "distribution columns",
                        "citus_scratch.off_key_subquery joins distributed core.article and a subquery in "
                                + "citus_scratch.off_key_subquery without equal distribution columns",
                        "citus_scratch.with_gathered joins distributed core.article with m, which Citus must gather on "
                                + "the coordinator first",
                        "citus_scratch.with_local joins distributed core.article with local core.load_run"),
                        new CitusJoinCheck(dsl).violations("citus_scratch"));
            } finally {
                c.rollback();
            }
        }
    }

    private List<String> rows(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetch(0, String.class));
    }
}
