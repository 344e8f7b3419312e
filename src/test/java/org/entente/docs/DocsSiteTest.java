package org.entente.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.entente.reporting.DataDictionary;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs site built from the seeds: a page per view, an overview with its charts, and no broken link. */
@DatabaseTest
class DocsSiteTest {
    private final TestDatabase db;
    private Path site;
    private List<String> written;
    private Catalog catalog;

    DocsSiteTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void buildTheSiteFromTheSeeds(@TempDir Path corpus, @TempDir Path out) throws Exception {
        System.setProperty("java.awt.headless", "true");
        db.loadSeeds(corpus);
        site = out;
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            catalog = Catalog.read(db.warehouse().dsl(c), "reporting");
            written = DocsSite.write(db.warehouse().dsl(c), catalog, site);
        }
    }

    @Test
    void everyLinkAndImageOfEveryPageResolvesToAFileTheSiteWrote() throws Exception {
        Set<Path> files = new HashSet<>();
        written.forEach(w -> files.add(site.resolve(w).normalize()));
        int links = 0;
        for (String page : written.stream().filter(w -> w.endsWith(".html")).toList()) {
            Path file = site.resolve(page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertTrue(!target.isEmpty() && !target.contains(":"), page + ": " + target);
                Path resolved = file.getParent().resolve(target).normalize();
                assertTrue(files.contains(resolved) && Files.isRegularFile(resolved), page + " links to " + target);
                links++;
            }
        }
        assertTrue(links > 50, "links checked: " + links);
    }

    @Test
    void theOverviewShowsItsThreeChartsEachDrawnWithData() throws Exception {
        Document overview = Jsoup.parse(site.resolve(DocsSite.OVERVIEW).toFile(), "UTF-8");
        List<String> images = overview.select("figure img").eachAttr("src");
        assertEquals(List.of("charts/agreements-per-month.png", "charts/top-country-pairs.png",
                "charts/sectors-by-region.png"), images);
        for (String src : images) {
            BufferedImage png = ImageIO.read(site.resolve(src).toFile());
            assertEquals(1000, png.getWidth(), src);
            assertEquals(420, png.getHeight(), src);
            assertTrue(colours(png) > 20, src + " looks empty");
        }
        assertEquals(List.of("reporting.agreement_timeline", "reporting.country_pair_agreements",
                "reporting.sector_region_counts"), overview.select("figcaption a").eachText());
    }

    @Test
    void eachViewHasAPageWithItsColumnsAndTheCoreTablesItReads() throws Exception {
        List<DataDictionary.Relation> relations = catalog.relations();
        assertTrue(relations.size() >= 20, relations.toString());
        for (DataDictionary.Relation r : relations) {
            Document page = Jsoup.parse(site.resolve("views/" + r.name() + ".html").toFile(), "UTF-8");
            assertEquals("reporting." + r.name(), page.selectFirst("h1").text());
            assertEquals(r.columns().stream().map(DataDictionary.Column::name).toList(),
                    page.select("table tr td:first-child code").eachText());
        }
        Document agreements = Jsoup.parse(site.resolve("views/agreements.html").toFile(), "UTF-8");
        assertTrue(agreements.text().contains("Core tables: core.agreement, core.agreement_party, core.article, "
                + "core.article_source"), agreements.text());
        assertEquals(List.of(), catalog.lineage().builtOnOf("agreements"));
        assertEquals(List.of("articles"), catalog.lineage().builtOnOf("article_countries"));
        assertTrue(catalog.lineage().usedBy("articles").contains("article_countries"));
        Document countries = Jsoup.parse(site.resolve("views/article_countries.html").toFile(), "UTF-8");
        assertEquals(List.of("articles.html"), countries.select("p:contains(Built on) a").eachAttr("href"));
        Document index = Jsoup.parse(site.resolve(DocsSite.INDEX).toFile(), "UTF-8");
        assertEquals(relations.size(), index.select("table a").size());
    }

    private static int colours(BufferedImage png) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 3) {
            for (int x = 0; x < png.getWidth(); x += 3) {
                seen.add(png.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
