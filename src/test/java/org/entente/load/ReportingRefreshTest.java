package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadService;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class ReportingRefreshTest {
    private final TestDatabase db;
    @TempDir
    Path corpus;

    ReportingRefreshTest(TestDatabase db) {
        this.db = db;
    }

    private List<String> listed() {
        return ReportingRefresh.MARTS.stream().map(Table::getName).toList();
    }

    @Test
    void everyTableOfReportingIsAListedMart() {
        List<String> inSchema = db.query(dsl -> dsl.resultQuery(
                "select tablename from pg_tables where schemaname = {0} order by 1", DSL.val("reporting"))
                .fetch(0, String.class));
        assertEquals(inSchema, listed().stream().sorted().toList());
    }

    @Test
    void eachMartIsDefinedFromTheMartsBeforeIt() {
        List<String> order = listed();
        List<List<String>> edges = db.query(dsl -> dsl.resultQuery("""
                select distinct replace(dependent.relname, '_definition', ''), used.relname
                from pg_rewrite r
                join pg_class dependent on dependent.oid = r.ev_class and dependent.relname like '%\\_definition'
                join pg_namespace dn on dn.oid = dependent.relnamespace and dn.nspname = 'mart'
                join pg_depend d on d.objid = r.oid and d.classid = 'pg_rewrite'::regclass
                join pg_class used on used.oid = d.refobjid and used.relkind = 'r'
                join pg_namespace n on n.oid = used.relnamespace and n.nspname = {0}""", DSL.val("reporting"))
                .fetch(r -> List.of(r.get(0, String.class), r.get(1, String.class))));
        assertTrue(edges.size() >= 9, "definitions read the marts before them: " + edges);
        for (List<String> e : edges) {
            assertTrue(order.contains(e.get(0)), e.get(0) + " is a mart");
            assertTrue(order.indexOf(e.get(1)) < order.indexOf(e.get(0)), e.get(0) + " reads " + e.get(1));
        }
    }

    @Test
    void reloadRefreshesTheMartsBeforeItCommits() throws Exception {
        db.loadSeeds(corpus);
        long viaViews = count("select coalesce(sum(mention_count), 0) from reporting.article_countries");
        assertTrue(viaViews > 0, "the seeds mention countries");
        assertEquals(viaViews, count("select coalesce(sum(mention_count), 0) from reporting.country_monthly_activity"));
        assertEquals(count("select count(*) from reporting.agreements"),
                count("select count(*) from reporting.agreement_timeline"));
        assertEquals(count("select count(*) from reporting.agreement_parties where rollup_country_iso2 is not null"),
                count("select coalesce(sum(cardinality(via_organizations) + case when as_state then 1 else 0 end), 0) "
                        + "from reporting.agreement_countries"));
    }

    @Test
    void sectorMartsCountWhatOneJoinOfEverythingWouldCount() throws Exception {
        db.empty();
        for (String dir : List.of("seeds", "src/test/resources/composed", "src/test/resources/heldout")) {
            for (Path f : Files.newDirectoryStream(Path.of(dir), "*.txt")) {
                Files.copy(f, corpus.resolve(dir.replace('/', '_') + "_" + f.getFileName()));
            }
        }
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
        assertTrue(count("select count(*) from reporting.sector_summary where organization_count > 0") > 0);
        assertTrue(count("select count(*) from reporting.sector_summary where sector is null") > 0,
                "agreements without a sector are counted too");
        // The plain definitions: every agreement with its sectors, countries and organizations in one join.
        assertSameRows("""
                select s.sector, t.activity_year,
                       count(distinct t.agreement_id)::integer,
                       count(distinct t.agreement_id) filter (where t.status = 'signed')::integer,
                       count(distinct t.article_id)::integer,
                       count(distinct c.country_iso2)::integer,
                       count(distinct ap.organization_id)::integer
                from reporting.agreement_timeline t
                left join lateral unnest(t.sectors) as s(sector) on true
                left join reporting.agreement_countries c on c.agreement_id = t.agreement_id
                left join core.agreement_party ap on ap.article_id = t.article_id and ap.agreement_id = t.agreement_id
                  and ap.organization_id is not null
                group by s.sector, t.activity_year""", "select sector, activity_year, agreement_count, signed_count, "
                + "article_count, country_count, organization_count from reporting.sector_summary");
        assertSameRows("""
                select s.sector, c.region, c.activity_year,
                       count(distinct c.agreement_id)::integer, count(distinct c.country_iso2)::integer
                from reporting.agreement_countries c
                cross join lateral unnest(c.sectors) as s(sector)
                group by s.sector, c.region, c.activity_year""",
                "select sector, region, activity_year, agreement_count, country_count from reporting.sector_region_counts");
    }

    private void assertSameRows(String plain, String mart) {
        assertTrue(count("select count(*) from (" + mart + ") m") > 0, mart);
        assertEquals(0, count("select count(*) from ((" + plain + " except " + mart + ") union all (" + mart
                + " except " + plain + ")) difference"), mart);
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }
}
