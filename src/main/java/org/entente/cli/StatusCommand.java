package org.entente.cli;

import static org.entente.db.schema.reporting.Tables.LOAD_ERRORS;
import static org.entente.db.schema.reporting.Tables.LOAD_RUNS;

import java.sql.Connection;
import java.util.concurrent.Callable;
import org.entente.corpus.FileNames;
import org.entente.db.Warehouse;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the latest reload runs and the files that failed in them. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the latest reloads and their errors.")
final class StatusCommand implements Callable<Integer> {
    private static final java.time.format.DateTimeFormatter STARTED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    DatabaseOptions db;

    @Option(names = "--runs", defaultValue = "10", description = "How many runs to show (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws Exception {
        try (Warehouse warehouse = db.openReadOnly("status"); Connection c = warehouse.dataSource().getConnection()) {
            DSLContext dsl = warehouse.dsl(c);
            var latest = dsl.selectFrom(LOAD_RUNS).orderBy(LOAD_RUNS.RUN_ID.desc()).limit(runs).fetch();
            if (latest.isEmpty()) {
                System.out.println("no reload has run yet");
            }
            for (var r : latest) {
                System.out.printf("run %d  %-9s started %s  %s  host %s  rules %s%n", r.getRunId(), r.getStatus(),
                        STARTED.format(r.getStartedAt().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                        r.getFinishedAt() == null ? "" : "took "
                                + Durations.human(java.time.Duration.between(r.getStartedAt(), r.getFinishedAt())),
                        r.getHost(), r.getRulesVersion());
                System.out.printf("       files new %d, changed %d, unchanged %d, removed %d, failed %d%s%n",
                        r.getFilesNew(), r.getFilesChanged(), r.getFilesUnchanged(), r.getFilesRemoved(),
                        r.getFilesFailed(), r.getMessage() == null ? "" : "; " + FileNames.printable(r.getMessage()));
                dsl.selectFrom(LOAD_ERRORS).where(LOAD_ERRORS.RUN_ID.eq(r.getRunId()))
                        .orderBy(LOAD_ERRORS.SOURCE_FILE)
                        .forEach(e -> System.out.println("       failed " + FileNames.printable(e.getSourceFile()) + ": "
                                + FileNames.printable(e.getReason())));
            }
            return ExitCodes.OK;
        }
    }
}
