package org.entente.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.entente.extract.rules.TsvRows;
import org.entente.reporting.Report;
import org.entente.reporting.ReportCatalog;
import org.entente.reporting.ReportRunner;

/**
 * The 95th-percentile latency of a typical BI query on each reporting view
 * ({@code entente/bench/view_queries.tsv}) and of each packaged report at its default parameters.
 */
final class QueryLatency {
    static final String VIEW_QUERIES = "entente/bench/view_queries.tsv";
    private static final int WARM_UP = 2;

    private final int runs;

    QueryLatency(int runs) {
        this.runs = runs;
    }

    /** p95 in milliseconds, keyed "view NAME" or "report NAME", views first. */
    Map<String, Double> measure(Warehouse warehouse) {
        Map<String, Double> p95 = new LinkedHashMap<>();
        try (Connection c = warehouse.dataSource().getConnection()) {
            for (String[] row : TsvRows.ofResource(VIEW_QUERIES)) {
                p95.put("view " + row[0], p95(() -> fetchAll(c, row[1])));
            }
            for (Report report : ReportCatalog.all()) {
                p95.put("report " + report.name(), p95(() -> ReportRunner.run(c, report, Map.of())));
            }
        } catch (SQLException e) {
            throw new DatabaseException("latency measurement failed: " + e.getMessage(), e);
        }
        return p95;
    }

    private interface Query {
        void run() throws SQLException;
    }

    private double p95(Query query) throws SQLException {
        for (int i = 0; i < WARM_UP; i++) {
            query.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return percentile(millis, 95);
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int pct) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static List<Object> fetchAll(Connection c, String sql) throws SQLException {
        List<Object> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.add(rs.getObject(i));
                }
            }
        }
        return rows;
    }
}
