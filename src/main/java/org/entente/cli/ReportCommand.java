package org.entente.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.db.Warehouse;
import org.entente.reporting.Report;
import org.entente.reporting.ReportCatalog;
import org.entente.reporting.ReportParameterException;
import org.entente.reporting.ReportRunner;
import org.entente.reporting.SpreadsheetCsv;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TXTFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs an analyst report (src/main/resources/entente/reports/NAME.sql) or lists them. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run an analyst report over the reporting schema, or list the reports with --list.")
final class ReportCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Mixin
    DatabaseOptions db;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The report to run")
    String name;

    @Option(names = "--list", description = "List the reports, their descriptions and parameters")
    boolean list;

    // Read as plain text, so that a missing '=' or value gets one clear message (picocli's map option would not).
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A report parameter (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (list) {
            ReportCatalog.all().forEach(ReportCommand::describe);
            return ExitCodes.OK;
        }
        if (name == null) {
            System.err.println("entente: report: a report name is missing: entente report NAME [--param KEY=VALUE]..."
                    + "; the reports: " + ReportCatalog.all().stream().map(Report::name).toList()
                    + " (report --list describes them)");
            return ExitCodes.USAGE;
        }
        Report report = ReportCatalog.find(name).orElse(null);
        if (report == null) {
            System.err.println("entente: no report " + name + "; see report --list");
            return ExitCodes.USAGE;
        }
        Map<String, String> values;
        try {
            values = report.values(parameters(params));
        } catch (IllegalArgumentException e) {
            System.err.println("entente: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Warehouse warehouse = db.openReadOnly("report"); Connection c = warehouse.dataSource().getConnection()) {
            System.out.print(render(ReportRunner.run(c, report, values), format));
            return ExitCodes.OK;
        } catch (ReportParameterException e) {
            System.err.println("entente: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                // Data exception: a parameter value the report cannot use, such as year=abc.
                System.err.println("entente: bad parameter value for report " + name + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            throw e;
        }
    }

    /** KEY=VALUE pairs, in order; fails once, naming the parameter, on a pair without '=' or without a value. */
    static Map<String, String> parameters(List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                String key = eq < 0 ? pair : pair.substring(0, eq);
                throw new IllegalArgumentException("--param " + pair + ": " + (key.isEmpty() ? "the name" : "the value")
                        + " is missing; write --param " + (key.isEmpty() ? "NAME" : key) + "=VALUE");
            }
            map.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return map;
    }

    static String render(Result<Record> rows, Format format) {
        return switch (format) {
            case csv -> SpreadsheetCsv.format(rows);
            case json -> rows.formatJSON(new JSONFormat().header(false)
                    .recordFormat(JSONFormat.RecordFormat.OBJECT)) + "\n";
            case table -> rows.format(new TXTFormat().maxRows(Integer.MAX_VALUE).maxColWidth(60)) + "\n";
        };
    }

    private static void describe(Report r) {
        System.out.println(r.name() + ": " + r.description());
        r.parameters().forEach(p -> System.out.println("    --param " + p.name() + "=" + p.defaultValue()
                + (p.description().isEmpty() ? "" : "   " + p.description()) + " [" + p.form() + "]"));
    }
}
