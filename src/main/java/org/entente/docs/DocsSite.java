package org.entente.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.reporting.DataDictionary.Column;
import org.entente.reporting.DataDictionary.Relation;
import org.jooq.DSLContext;

/**
 * A static documentation site of the reporting schema, as dbt's docs: an index, an overview page with
 * charts drawn from the data, and one page per view and materialized view (description, columns, types,
 * comments, the core tables it reads, the views it is built on and those built on it).
 */
public final class DocsSite {
    public static final String INDEX = "index.html";
    public static final String OVERVIEW = "overview.html";
    static final String STYLE = "style.css";

    private DocsSite() {
    }

    /** Writes the site into {@code dir} and returns the files written, relative to it. */
    public static List<String> write(DSLContext dsl, Catalog catalog, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("views"));
        List<String> written = new ArrayList<>();
        write(dir, STYLE, css(), written);
        List<SiteCharts.Chart> charts = SiteCharts.write(dsl, dir.resolve("charts"));
        charts.forEach(c -> written.add(c.file()));
        write(dir, INDEX, index(catalog), written);
        write(dir, OVERVIEW, overview(catalog, charts), written);
        for (Relation r : catalog.relations()) {
            write(dir, "views/" + r.name() + ".html", relation(catalog, r), written);
        }
        return written;
    }

    private static void write(Path dir, String name, String text, List<String> written) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        written.add(name);
    }

    private static String index(Catalog catalog) {
        StringBuilder b = page("Entente: the " + catalog.schema() + " schema", "", catalog);
        b.append("<p><a href=\"").append(OVERVIEW).append("\">Overview: charts of the data</a></p>\n")
                .append("<table><tr><th>relation</th><th>kind</th><th>description</th></tr>\n");
        for (Relation r : catalog.relations()) {
            b.append("<tr><td><a href=\"views/").append(esc(r.name())).append(".html\">").append(catalog.schema())
                    .append('.').append(esc(r.name())).append("</a></td><td>").append(esc(r.kind())).append("</td><td>")
                    .append(esc(r.description())).append("</td></tr>\n");
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    private static String overview(Catalog catalog, List<SiteCharts.Chart> charts) {
        StringBuilder b = page("Entente: overview", "", catalog);
        b.append("<p><a href=\"").append(INDEX).append("\">All views and materialized views</a></p>\n");
        if (charts.isEmpty()) {
            b.append("<p>The warehouse holds no agreement yet: run <code>entente reload</code>, then build the site again.</p>\n");
        }
        for (SiteCharts.Chart c : charts) {
            String view = c.source().substring(c.source().indexOf('.') + 1);
            b.append("<figure><img src=\"").append(c.file()).append("\" alt=\"").append(esc(c.title()))
                    .append("\" width=\"").append(SiteCharts.WIDTH).append("\" height=\"").append(SiteCharts.HEIGHT)
                    .append("\"><figcaption>").append(esc(c.title())).append(", from <a href=\"views/")
                    .append(esc(view)).append(".html\">").append(esc(c.source())).append("</a></figcaption></figure>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String relation(Catalog catalog, Relation r) {
        StringBuilder b = page(catalog.schema() + "." + r.name(), "../", catalog);
        b.append("<p><a href=\"../").append(INDEX).append("\">All views</a> · <a href=\"../").append(OVERVIEW)
                .append("\">Overview</a></p>\n<p class=\"kind\">").append(esc(r.kind())).append("</p>\n<p>")
                .append(esc(r.description())).append("</p>\n<h2>Columns</h2>\n")
                .append("<table><tr><th>column</th><th>type</th><th>description</th></tr>\n");
        for (Column c : r.columns()) {
            b.append("<tr><td><code>").append(esc(c.name())).append("</code></td><td>").append(esc(c.type()))
                    .append("</td><td>").append(esc(c.description())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Reads</h2>\n<p>Core tables: ");
        b.append(String.join(", ", catalog.lineage().coreTablesOf(r.name()).stream()
                .map(t -> "<code>core." + esc(t) + "</code>").toList()));
        b.append("</p>\n");
        links(b, "Built on", catalog, catalog.lineage().builtOnOf(r.name()));
        links(b, "Used by", catalog, catalog.lineage().usedBy(r.name()));
        return b.append("</body></html>\n").toString();
    }

    private static void links(StringBuilder b, String label, Catalog catalog, List<String> relations) {
        if (relations.isEmpty()) {
            return;
        }
        b.append("<p>").append(label).append(": ").append(String.join(", ", relations.stream()
                .map(v -> "<a href=\"" + esc(v) + ".html\">" + catalog.schema() + "." + esc(v) + "</a>").toList()))
                .append("</p>\n");
    }

    private static StringBuilder page(String title, String root, Catalog catalog) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><link rel=\"stylesheet\" href=\"").append(root).append(STYLE)
                .append("\"></head><body>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"version\">Warehouse "
                        + "version ").append(catalog.version()).append("</p>\n");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String css() {
        return """
                body { font-family: sans-serif; max-width: 70em; margin: 1em auto; padding: 0 1em; color: #222; }
                table { border-collapse: collapse; width: 100%; }
                th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
                figure { margin: 1.5em 0; }
                img { max-width: 100%; height: auto; border: 1px solid #eee; }
                .kind, .version { color: #666; }
                """;
    }
}
