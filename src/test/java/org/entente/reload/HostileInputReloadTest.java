package org.entente.reload;

import static org.entente.testing.MarkedText.withMark;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.bench.LongArticle;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that once blocked every reload (implausible dates, NUL characters, UTF-32, a pathological
 * length) fail alone or load; offsets count characters as PostgreSQL does; invisible characters and
 * decomposed text hide no fact.
 */
@DatabaseTest
class HostileInputReloadTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();
    private static final int LAST_YEAR = Year.now().getValue() + 10;
    private final TestDatabase db;
    @TempDir
    Path corpus;

    HostileInputReloadTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyWarehouse() {
        db.empty();
    }

    private ReloadReport reload(FrenchExtractor extractor, long maxBytes) throws Exception {
        return new ReloadService(db.warehouse(), extractor, new ArticleReader(maxBytes), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
    }

    private void write(String name, byte[] bytes) throws Exception {
        Files.write(corpus.resolve(name), bytes);
    }

    private void write(String name, String text) throws Exception {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }


    private static Map<String, String> failed(ReloadReport r) {
        return r.failures().stream().collect(Collectors.toMap(FileOutcome::sourceFile, FileOutcome::reason));
    }

    @Test
    void implausibleDatesAndUndecodableFilesFailAloneOrLoseTheirDate() throws Exception {
        write("year0-header.txt", " date 0000-01 La France et le Japon ont signé un accord.");
        write("year9999-header.txt", " date 9999-12 La France et le Japon signeront un traité en janvier.");
        write("year0-day.txt", " date 2025-03 Le Maroc et le Nigeria ont signé un accord gazier le 3 mars 0000.");
        write("year0-month.txt", " date 2025-04 Le Kenya et l'Éthiopie ont signé un accord en mars 0000.");
        write("planned-past-range.txt", " date " + LAST_YEAR + "-12 Le Chili et la Corée du Sud signeront un "
                + "contrat en janvier.");
        write("utf16-nul.txt", withMark("Le Ghana\u0000 et le Togo ont signé un accord.", "UTF-16LE", 0xFF, 0xFE));
        write("utf32le.txt", withMark(" date 2025-01 Le Sénégal et la Mauritanie ont signé un accord.", "UTF-32LE",
                0xFF, 0xFE, 0, 0));
        write("utf32be.txt", withMark(" date 2025-01 Le Pérou et le Brésil ont signé un accord.", "UTF-32BE",
                0, 0, 0xFE, 0xFF));
        ReloadReport r = reload(EXTRACTOR, 1 << 20);
        String accepted = "(accepted: years 1900 to " + LAST_YEAR + ")";
        assertEquals(Map.of("year0-header.txt", "implausible date header '0000-01' " + accepted,
                "year9999-header.txt", "implausible date header '9999-12' " + accepted,
                "utf16-nul.txt", "text holds a NUL character (U+0000) at character 8, which PostgreSQL cannot store"),
                failed(r));
        assertEquals("partial", r.status());
        assertEquals(5, r.count(FileOutcome.Kind.NEW));
        assertEquals(3L, count("select count(*) from reporting.load_errors"));
        // the implausible dates are dropped: each agreement falls back to its publication month
        assertEquals(List.of("2025-01-01 PE", "2025-01-01 SN", "2025-03-01 NG", "2025-04-01 KE", LAST_YEAR + "-12-01 KR"),
                strings("select g.signed_on || ' ' || max(p.country_iso2) from core.agreement g "
                        + "join core.agreement_party p using (article_id, agreement_id) group by g.article_id, g.agreement_id order by 1"));
    }

    @Test
    void offsetsCountCharactersAsPostgresSubstrDoes() throws Exception {
        write("emoji.txt", " date 2025-05 \uD83D\uDE80 Lancement \uD83C\uDDEB\uD83C\uDDF7 : la Corée du Sud et "
                + "le Vietnam ont signé un accord spatial \uD83D\uDE4C à Hanoï.");
        ReloadReport r = reload(EXTRACTOR, 1 << 20);
        assertEquals(Map.of(), failed(r));
        assertEquals(List.of("Corée du Sud|Corée du Sud", "Vietnam|Vietnam"),
                strings("select surface || '|' || substr(a.body, start_offset + 1, end_offset - start_offset) "
                        + "from core.article_country join core.article a using (article_id) order by start_offset"));
        assertEquals(List.of("true"), strings("select (substr(a.body, g.start_offset + 1, g.end_offset - g.start_offset)"
                + " = g.evidence)::text from core.agreement g join core.article a using (article_id)"));
    }

    @Test
    void invisibleCharactersAndDecomposedTextHideNoFact() throws Exception {
        write("soft-hyphen.txt", " date 2025-06 La Fran\u00ADce et le Ja\u200Bpon ont signé un accord.");
        write("nfd.txt", " date 2025-06 Le Se\u0301ne\u0301gal et la Mauritanie ont signe\u0301 un accord.");
        ReloadReport r = reload(EXTRACTOR, 1 << 20);
        assertEquals(Map.of(), failed(r));
        assertEquals(List.of("FR Fran\u00ADce true", "JP Ja\u200Bpon true", "MR Mauritanie true", "SN Sénégal true"),
                strings("select country_iso2 || ' ' || surface || ' ' || (substr(a.body, start_offset + 1, "
                        + "end_offset - start_offset) = surface)::text from core.article_country "
                        + "join core.article a using (article_id) order by 1"));
        assertEquals(List.of("Le Sénégal et la Mauritanie ont signé un accord."),
                strings("select body from core.article where body like 'Le S%'"));
        assertEquals(2L, count("select count(*) from core.agreement"));
    }

    @Test
    void aFileOverTheExtractionTimeLimitFailsAloneAndTheRestLoads() throws Exception {
        write("huge.txt", new LongArticle(3).text(8_000_000));
        write("good.txt", " date 2025-02 Le Kenya et l'Éthiopie ont signé un accord.");
        ReloadReport r = reload(new FrenchExtractor(Duration.ofSeconds(1)), 16 << 20);
        assertEquals(Map.of("huge.txt", "extraction took longer than 1 s"), failed(r));
        assertEquals(1, r.count(FileOutcome.Kind.NEW));
        assertEquals(List.of("huge.txt|extraction took longer than 1 s"),
                strings("select source_file || '|' || reason from reporting.load_errors"));
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    private List<String> strings(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetch(0, String.class));
    }
}
