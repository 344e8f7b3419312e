package org.entente.cli;

import static org.entente.db.schema.reporting.Tables.AGREEMENTS;
import static org.entente.db.schema.reporting.Tables.AGREEMENT_PARTIES;
import static org.entente.db.schema.reporting.Tables.ARTICLES;
import static org.entente.db.schema.reporting.Tables.ARTICLE_COUNTRIES;
import static org.entente.db.schema.reporting.Tables.ARTICLE_ORGANIZATIONS;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.entente.reload.FileOutcome.Kind;
import org.entente.reload.ReloadReport;
import org.entente.corpus.FileNames;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Prints what a reload did and what the warehouse now holds, agreement by agreement. */
final class Summary {
    /** Agreements listed at most: the list is a glance at the result; a BI tool or psql reads the rest. */
    static final int AGREEMENTS_SHOWN = 50;

    private final Warehouse warehouse;
    private final int agreementsShown;

    Summary(Warehouse warehouse) {
        this(warehouse, AGREEMENTS_SHOWN);
    }

    Summary(Warehouse warehouse, int agreementsShown) {
        this.warehouse = warehouse;
        this.agreementsShown = agreementsShown;
    }

    void print(ReloadReport report, PrintStream out) {
        out.printf("run %d %s in %.1f s: files new %d, changed %d, unchanged %d, removed %d, failed %d%n",
                report.runId(), report.status(), report.elapsed().toMillis() / 1000.0, report.count(Kind.NEW),
                report.count(Kind.CHANGED), report.count(Kind.UNCHANGED), report.count(Kind.REMOVED),
                report.count(Kind.FAILED));
        out.println("phases: " + phases(report));
        if (report.rootChanged()) {
            out.println("corpus root changed: this run read " + FileNames.printable(report.corpusRoot())
                    + ", the last run read " + FileNames.printable(report.previousRoot()));
        }
        try (Connection c = warehouse.dataSource().getConnection()) {
            DSLContext dsl = warehouse.dsl(c);
            int agreements = dsl.fetchCount(AGREEMENTS);
            out.printf("warehouse: %d articles, %d countries, %d organizations, %d agreements%n",
                    dsl.fetchCount(ARTICLES),
                    dsl.fetchCount(dsl.selectDistinct(ARTICLE_COUNTRIES.COUNTRY_ISO2).from(ARTICLE_COUNTRIES)),
                    dsl.fetchCount(dsl.selectDistinct(ARTICLE_ORGANIZATIONS.ORGANIZATION_ID)
                            .from(ARTICLE_ORGANIZATIONS)),
                    agreements);
            printAgreements(dsl, out);
            if (agreements > agreementsShown) {
                out.printf("  ... and %d more: select * from reporting.agreements%n", agreements - agreementsShown);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the summary: " + e.getMessage(), e);
        }
    }

    /** "scan 0.1 s, extract and write 12.3 s, ..." */
    static String phases(ReloadReport report) {
        return report.phases().entrySet().stream()
                .map(e -> "%s %.1f s".formatted(e.getKey(), e.getValue().toMillis() / 1000.0))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void printAgreements(DSLContext dsl, PrintStream out) {
        var parties = DSL.field(DSL.select(DSL.listAgg(
                        DSL.coalesce(AGREEMENT_PARTIES.ORGANIZATION_NAME, AGREEMENT_PARTIES.COUNTRY_ISO2), " + ")
                        .withinGroupOrderBy(AGREEMENT_PARTIES.PARTY_NO))
                .from(AGREEMENT_PARTIES).where(AGREEMENT_PARTIES.AGREEMENT_ID.eq(AGREEMENTS.AGREEMENT_ID)));
        dsl.select(AGREEMENTS.SOURCE_FILE, AGREEMENTS.KIND, AGREEMENTS.STATUS, parties, AGREEMENTS.SIGNED_ON,
                        AGREEMENTS.SIGNED_PRECISION, AGREEMENTS.PLACE_NAME, AGREEMENTS.PLACE_COUNTRY_ISO2,
                        AGREEMENTS.SECTORS)
                .from(AGREEMENTS).orderBy(AGREEMENTS.SOURCE_FILE, AGREEMENTS.AGREEMENT_ID).limit(agreementsShown)
                .forEach(r -> out.printf("  %s: %s %s, %s, %s, %s%s%n", FileNames.printable(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? "date unknown" : dateOf(r.value5(), r.value6()),
                        r.value7() == null ? "place unknown" : "at " + r.value7() + " (" + r.value8() + ")",
                        r.value9() == null || r.value9().length == 0 ? "" : ", " + Arrays.toString(r.value9())));
    }

    static String dateOf(java.time.LocalDate d, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "year" -> String.valueOf(d.getYear());
            case "month" -> d.toString().substring(0, 7);
            default -> d.toString();
        };
    }
}
