package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Holds the schema, on plain PostgreSQL, to what Citus needs for the plan in core.distribution_plan
 * (V13__citus_distribution.sql): a migration that breaks it fails here, without a Citus cluster.
 */
@DatabaseTest
class CitusPlanTest {
    private final TestDatabase db;

    CitusPlanTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void everyCoreTableHasAPlace() {
        assertEquals(List.of(), rows("""
                select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'core' and c.relkind in ('r', 'p') and not c.relispartition
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
    void tablesNotReadySayWhatStopsThem() {
        List<String> notReady = rows("select table_name from core.distribution_plan where not ready order by 1");
        assertTrue(notReady.size() <= 4, "the plan only moves forward: " + notReady);
        assertEquals(List.of(), rows("select table_name from core.distribution_plan where not ready and "
                + "length(remaining) < 20"));
    }

    private List<String> rows(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetch(0, String.class));
    }
}
