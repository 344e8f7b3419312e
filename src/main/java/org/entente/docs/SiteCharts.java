package org.entente.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The overview's charts, drawn from the reporting views with XChart and written as PNG files. */
final class SiteCharts {
    static final int WIDTH = 1000;
    static final int HEIGHT = 420;
    /** Months shown on the timeline: the latest ones that have agreements. */
    static final int MONTHS = 36;

    /** A chart written to {@code file} under the site, with its title and the view it comes from. */
    record Chart(String file, String title, String source, int points) {
    }

    private SiteCharts() {
    }

    /** Draws every chart that has data into {@code dir}; a chart without data is left out, not drawn empty. */
    static List<Chart> write(DSLContext dsl, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Chart> charts = new ArrayList<>();
        Map<String, Number> months = new TreeMap<>();
        for (Record r : dsl.resultQuery("select to_char(activity_month, 'YYYY-MM') as month, count(*) as n "
                + "from reporting.agreement_timeline where activity_month is not null "
                + "group by activity_month order by activity_month desc limit " + MONTHS).fetch()) {
            months.put(r.get("month", String.class), r.get("n", Long.class));
        }
        bars(dir, charts, "agreements-per-month.png", "Agreements per month (signing, else publication)",
                "reporting.agreement_timeline", "month", Map.of("agreements", months));
        Map<String, Number> pairs = new LinkedHashMap<>();
        for (Record r : dsl.resultQuery("select country_a || '–' || country_b as pair, count(*) as n "
                + "from reporting.country_pair_agreements group by country_a, country_b "
                + "order by n desc, pair limit 10").fetch()) {
            pairs.put(r.get("pair", String.class), r.get("n", Long.class));
        }
        bars(dir, charts, "top-country-pairs.png", "Top country pairs (agreements)",
                "reporting.country_pair_agreements", "pair of states", Map.of("agreements", pairs));
        Map<String, Map<String, Number>> byRegion = new TreeMap<>();
        for (Record r : dsl.resultQuery("select coalesce(region, 'unknown') as region, sector, "
                + "sum(agreement_count) as n from reporting.sector_region_counts group by 1, 2 order by 1, 2").fetch()) {
            byRegion.computeIfAbsent(r.get("region", String.class), k -> new TreeMap<>())
                    .put(r.get("sector", String.class), r.get("n", Long.class));
        }
        bars(dir, charts, "sectors-by-region.png", "Sectors by region (agreements, stacked by region)",
                "reporting.sector_region_counts", "sector", byRegion);
        return charts;
    }

    private static void bars(Path dir, List<Chart> charts, String file, String title, String source, String xTitle,
                             Map<String, ? extends Map<String, Number>> series) throws IOException {
        List<String> categories = series.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        if (categories.isEmpty()) {
            return;
        }
        if (series.size() == 1 && !source.endsWith("agreement_timeline")) {
            categories = new ArrayList<>(series.values().iterator().next().keySet()); // keep the ranking
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle("agreements").build();
        Styler.LegendPosition legend = series.size() > 1 ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE;
        chart.getStyler().setLegendVisible(series.size() > 1).setLegendPosition(legend)
                .setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setXAxisLabelRotation(categories.size() > 12 ? 60 : 0);
        chart.getStyler().setStacked(series.size() > 1);
        for (Map.Entry<String, ? extends Map<String, Number>> s : series.entrySet()) {
            List<Number> values = new ArrayList<>();
            for (String c : categories) {
                values.add(s.getValue().getOrDefault(c, 0));
            }
            chart.addSeries(s.getKey(), categories, values);
        }
        Files.write(dir.resolve(file), BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        charts.add(new Chart(dir.getFileName() + "/" + file, title, source, categories.size()));
    }
}
