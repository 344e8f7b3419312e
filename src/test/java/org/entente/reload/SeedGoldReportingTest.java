package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.evaluation.Evaluation;
import org.entente.testing.GoldFiles;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Loads the seeds and checks what the reporting views say against the seeds' gold. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedGoldReportingTest {
    private final TestDatabase db;

    SeedGoldReportingTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void loadSeeds() throws Exception {
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(Path.of("seeds"), Duration.ZERO);
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    @Test
    void seedsMeetTheExtractionBarThroughTheReportingViews() throws Exception {
        Evaluation s = db.query(dsl -> Evaluation.of(dsl,
                GoldFiles.read(Path.of("src/test/resources/gold/seeds.gold.jsonl"))));
        assertTrue(s.tally("countries").f1() >= 0.95, s.differences().toString());
        assertTrue(s.tally("organizations").f1() >= 0.95, s.differences().toString());
        assertTrue(s.tally("agreements").f1() >= 0.90, s.differences().toString());
    }

    @Test
    void everySeedIsAnArticleWithItsPublicationMonth() {
        assertEquals(5, count("select count(*) from reporting.articles"));
        assertEquals(4, count("select count(*) from reporting.articles where published_on is not null"));
        assertEquals(1, count("select count(*) from reporting.articles where source_file like '002%' "
                + "and published_on = date '2023-07-01' and published_precision = 'month'"));
    }

    @Test
    void placeOfSigningIsNeverAParty() {
        assertEquals(0, count("select count(*) from reporting.agreements g join reporting.agreement_parties p "
                + "using (agreement_id) where p.country_iso2 = g.place_country_iso2 and g.source_file like '003%' "
                + "and p.country_iso2 <> 'KZ'"));
        assertEquals(List.of("KR", "KZ"), db.query(dsl -> dsl.resultQuery("select p.country_iso2 from "
                + "reporting.agreement_parties p join reporting.agreements g using (agreement_id) "
                + "where g.source_file like '003%' order by 1").fetch(0, String.class)));
    }

    @Test
    void companyPartiesRollUpToTheirCountry() {
        assertEquals(List.of("KR", "PE"), db.query(dsl -> dsl.resultQuery("select p.rollup_country_iso2 from "
                + "reporting.agreement_parties p join reporting.agreements g using (agreement_id) "
                + "where g.source_file like '000%' and (p.organization_name = 'Hyundai Rotem' "
                + "or p.organization_acronym = 'FAME') order by 1").fetch(0, String.class)));
    }

    @Test
    void evidenceOffsetsPointIntoTheStoredArticleText() {
        assertEquals(0, count("select count(*) from core.agreement g join core.article a using (article_id) "
                + "where substr(a.body, g.start_offset + 1, g.end_offset - g.start_offset) <> g.evidence"));
        assertEquals(0, count("select count(*) from core.article_country m join core.article a using (article_id) "
                + "where substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) <> m.surface"));
        assertEquals(0, count("select count(*) from core.article_organization m join core.article a "
                + "using (article_id) where substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) "
                + "<> m.surface"));
    }

    /** Mentions keep their sentence as offsets (V16); the views cut the first one from the article text. */
    @Test
    void firstEvidenceOfEachArticleAndCountryIsTheSentenceTheExtractorRead() throws Exception {
        FrenchExtractor extractor = new FrenchExtractor();
        int checked = 0;
        try (var files = java.nio.file.Files.newDirectoryStream(Path.of("seeds"), "*.txt")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                var x = extractor.extract(new ArticleReader().read(f, name));
                java.util.Map<String, String> firstSentence = new java.util.TreeMap<>();
                x.countries().stream()
                        .sorted(java.util.Comparator.comparingInt(m -> m.span().start()))
                        .forEach(m -> firstSentence.putIfAbsent(m.iso2(), m.evidence().sentence()));
                java.util.Map<String, String> inView = new java.util.TreeMap<>();
                db.query(dsl -> dsl.resultQuery("select country_iso2, first_evidence from reporting.article_countries "
                        + "where source_file = {0}", org.jooq.impl.DSL.val(name)).fetch())
                        .forEach(r -> inView.put(r.get(0, String.class), r.get(1, String.class)));
                assertEquals(firstSentence, inView, name);
                checked += inView.size();
                java.util.Map<String, String> firstOrg = new java.util.TreeMap<>();
                x.organizations().stream()
                        .sorted(java.util.Comparator.comparingInt(m -> m.span().start()))
                        .forEach(m -> firstOrg.putIfAbsent(m.organization().name(), m.evidence().sentence()));
                java.util.Map<String, String> orgsInView = new java.util.TreeMap<>();
                db.query(dsl -> dsl.resultQuery("select canonical_name, first_evidence "
                        + "from reporting.article_organizations where source_file = {0}", org.jooq.impl.DSL.val(name))
                        .fetch()).forEach(r -> orgsInView.put(r.get(0, String.class), r.get(1, String.class)));
                assertEquals(firstOrg, orgsInView, name);
            }
        }
        assertTrue(checked > 10, "country rows checked: " + checked);
    }
}
