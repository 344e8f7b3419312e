package org.entente.cli;

import static org.entente.db.schema.core.Tables.ARTICLE_SOURCE;
import static org.entente.db.schema.reporting.Tables.AGREEMENTS;
import static org.entente.db.schema.reporting.Tables.AGREEMENT_PARTIES;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.corpus.FileNames;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.entente.reload.FileOutcome;
import org.entente.reload.FileOutcome.Kind;
import org.entente.reload.ReloadReport;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What a reload did: its counts and phases, then the files it changed (at most {@link #FILES_SHOWN})
 * with the agreements each now holds. It reads only those files' rows, never the whole warehouse.
 */
final class Summary {
    /** Changed files listed at most: a glance at the run; reporting.load_runs and a BI tool tell the rest. */
    static final int FILES_SHOWN = 20;

    private final Warehouse warehouse;
    private final int filesShown;

    Summary(Warehouse warehouse) {
        this(warehouse, FILES_SHOWN);
    }

    Summary(Warehouse warehouse, int filesShown) {
        this.warehouse = warehouse;
        this.filesShown = filesShown;
    }

    /** One changed file: how it changed and, unless it went, the agreements it holds now. */
    record Change(String file, Kind kind, List<Map<String, Object>> agreements) {
    }

    void print(ReloadReport report, int ignored, PrintStream out) {
        out.printf("run %d %s in %s: %s%n", report.runId(), report.status(), Durations.human(report.elapsed()),
                report.countsText());
        if (ignored > 0) {
            out.printf("ignored %d %s not .txt%n", ignored, ignored == 1 ? "file that is" : "files that are");
        }
        out.println("phases: " + phases(report));
        if (report.rootChanged()) {
            out.println("corpus root changed: this run read " + FileNames.printable(report.corpusRoot())
                    + ", the last run read " + FileNames.printable(report.previousRoot()));
        }
        List<FileOutcome> changed = changed(report);
        for (Change c : changes(report)) {
            out.println(line(c));
            c.agreements().forEach(a -> out.println("      " + agreementLine(a)));
        }
        if (changed.size() > filesShown) {
            out.printf("  ... and %d more changed files: select * from reporting.agreements%n",
                    changed.size() - filesShown);
        }
    }

    /** The run as one JSON object for monitoring: counts, phases, failures, changes and the exit code. */
    Map<String, Object> json(ReloadReport report, int ignored, int exitCode) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("run_id", report.runId());
        o.put("status", report.status());
        o.put("exit_code", exitCode);
        o.put("elapsed_s", seconds(report.elapsed()));
        o.put("corpus_root", report.corpusRoot());
        o.put("previous_root", report.previousRoot());
        Map<String, Object> files = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            files.put(k.code(), report.count(k));
        }
        files.put("ignored", ignored);
        o.put("files", files);
        Map<String, Object> phases = new LinkedHashMap<>();
        report.phases().forEach((k, v) -> phases.put(k, seconds(v)));
        o.put("phases_s", phases);
        o.put("failures", report.failures().stream()
                .map(f -> Map.<String, Object>of("file", f.sourceFile(), "reason", String.valueOf(f.reason()))).toList());
        List<Object> changes = new ArrayList<>();
        for (Change c : changes(report)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.file());
            m.put("outcome", c.kind().code());
            m.put("agreements", c.agreements());
            changes.add(m);
        }
        o.put("changes", changes);
        o.put("changes_not_shown", Math.max(0, changed(report).size() - filesShown));
        return o;
    }

    /** An error instead of a run, for --json: which way it ended and why. */
    static Map<String, Object> jsonError(String status, int exitCode, String message) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("status", status);
        o.put("exit_code", exitCode);
        o.put("message", message);
        return o;
    }

    /** "scan 0.1 s, extract and write 12.3 s, ..." */
    static String phases(ReloadReport report) {
        return report.phases().entrySet().stream()
                .map(e -> e.getKey() + " " + Durations.human(e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double seconds(java.time.Duration d) {
        return Math.round(d.toMillis()) / 1000.0;
    }

    private static List<FileOutcome> changed(ReloadReport report) {
        return report.outcomes().stream()
                .filter(o -> o.kind() == Kind.NEW || o.kind() == Kind.CHANGED || o.kind() == Kind.REMOVED)
                .sorted(Comparator.comparing(FileOutcome::sourceFile)).toList();
    }

    /** The first changed files by name, each with the agreements it holds now (none for a removed file). */
    List<Change> changes(ReloadReport report) {
        List<FileOutcome> shown = changed(report).stream().limit(filesShown).toList();
        List<String> present = shown.stream().filter(o -> o.kind() != Kind.REMOVED).map(FileOutcome::sourceFile).toList();
        Map<String, List<Map<String, Object>>> byFile = present.isEmpty() ? Map.of() : agreementsOf(present);
        return shown.stream().map(o -> new Change(o.sourceFile(), o.kind(),
                byFile.getOrDefault(o.sourceFile(), List.of()))).toList();
    }

    private Map<String, List<Map<String, Object>>> agreementsOf(List<String> files) {
        try (Connection c = warehouse.dataSource().getConnection()) {
            DSLContext dsl = warehouse.dsl(c);
            var parties = DSL.field(DSL.select(DSL.listAgg(
                            DSL.coalesce(AGREEMENT_PARTIES.ORGANIZATION_NAME, AGREEMENT_PARTIES.COUNTRY_ISO2), " + ")
                            .withinGroupOrderBy(AGREEMENT_PARTIES.PARTY_NO))
                    .from(AGREEMENT_PARTIES).where(AGREEMENT_PARTIES.AGREEMENT_ID.eq(AGREEMENTS.AGREEMENT_ID)));
            // The files' articles first, then their agreements by article id: reporting.agreements keeps reading
            // order, so it is read with a filter on its own column, which reaches its index, and never joined.
            Map<Long, List<String>> filesOf = new LinkedHashMap<>();
            dsl.select(ARTICLE_SOURCE.ARTICLE_ID, ARTICLE_SOURCE.SOURCE_FILE).from(ARTICLE_SOURCE)
                    .where(ARTICLE_SOURCE.SOURCE_FILE.in(files))
                    .forEach(r -> filesOf.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            Map<String, List<Map<String, Object>>> out = new TreeMap<>();
            if (filesOf.isEmpty()) {
                return out;
            }
            dsl.select(AGREEMENTS.ARTICLE_ID, AGREEMENTS.KIND, AGREEMENTS.STATUS, parties, AGREEMENTS.SIGNED_ON,
                            AGREEMENTS.SIGNED_PRECISION, AGREEMENTS.PLACE_NAME, AGREEMENTS.PLACE_COUNTRY_ISO2,
                            AGREEMENTS.SECTORS)
                    .from(AGREEMENTS)
                    .where(AGREEMENTS.ARTICLE_ID.in(filesOf.keySet()))
                    .orderBy(AGREEMENTS.AGREEMENT_ID)
                    .forEach(r -> {
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("kind", r.value2());
                        a.put("status", r.value3());
                        a.put("parties", r.value4());
                        a.put("date", r.value5() == null ? null : dateOf(r.value5(), r.value6()));
                        a.put("place", r.value7());
                        a.put("place_country", r.value8());
                        a.put("sectors", r.value9() == null ? List.of() : List.of(r.value9()));
                        filesOf.get(r.value1()).forEach(f -> out.computeIfAbsent(f, k -> new ArrayList<>()).add(a));
                    });
            return out;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the summary: " + e.getMessage(), e);
        }
    }

    private static String line(Change c) {
        String name = FileNames.printable(c.file());
        return switch (c.kind()) {
            case REMOVED -> "  - " + name + " (removed, with the agreements it held)";
            case CHANGED -> "  ~ " + name + " (changed): " + count(c.agreements().size()) + " now";
            default -> "  + " + name + " (new): " + count(c.agreements().size());
        };
    }

    private static String count(int n) {
        return n == 1 ? "1 agreement" : n + " agreements";
    }

    @SuppressWarnings("unchecked")
    private static String agreementLine(Map<String, Object> a) {
        List<String> sectors = (List<String>) a.get("sectors");
        return "%s %s, %s, %s, %s%s".formatted(a.get("kind"), a.get("status"), a.get("parties"),
                a.get("date") == null ? "date unknown" : a.get("date"),
                a.get("place") == null ? "place unknown" : "at " + a.get("place") + " (" + a.get("place_country") + ")",
                sectors.isEmpty() ? "" : ", " + sectors);
    }

    static String dateOf(java.time.LocalDate d, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "year" -> String.valueOf(d.getYear());
            case "month" -> d.toString().substring(0, 7);
            default -> d.toString();
        };
    }
}
