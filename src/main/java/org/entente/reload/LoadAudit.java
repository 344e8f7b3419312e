package org.entente.reload;

import static org.entente.db.schema.core.Tables.LOAD_FILE;
import static org.entente.db.schema.core.Tables.LOAD_RUN;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.jooq.DSLContext;

/**
 * Records runs and file outcomes. A run's start is committed at once, so that a run that fails
 * leaves a trace; its end is written in the reload's own transaction, with its data.
 */
final class LoadAudit {
    private final Warehouse warehouse;

    LoadAudit(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    long start(String corpusRoot, String rulesVersion) {
        return start(corpusRoot, rulesVersion, null);
    }

    long start(String corpusRoot, String rulesVersion, String codeStamp) {
        return inTransaction(dsl -> dsl.insertInto(LOAD_RUN)
                .set(LOAD_RUN.STATUS, "running")
                .set(LOAD_RUN.CORPUS_ROOT, corpusRoot)
                .set(LOAD_RUN.RULES_VERSION, rulesVersion)
                .set(LOAD_RUN.CODE_STAMP, codeStamp)
                .set(LOAD_RUN.HOST, hostName())
                .returning(LOAD_RUN.RUN_ID).fetchOne(LOAD_RUN.RUN_ID));
    }

    /** The rules version of the last run that committed, if it ran from a jar with this stamp; else null. */
    String rulesVersionOf(String codeStamp) {
        if (codeStamp == null) {
            return null;
        }
        return inTransaction(dsl -> dsl.select(LOAD_RUN.CODE_STAMP, LOAD_RUN.RULES_VERSION).from(LOAD_RUN)
                .where(LOAD_RUN.STATUS.in("succeeded", "partial")).orderBy(LOAD_RUN.RUN_ID.desc()).limit(1)
                .fetchOptional().filter(r -> codeStamp.equals(r.value1())).map(r -> r.value2()).orElse(null));
    }

    /** The corpus root of the last run that committed anything, or null. */
    String lastRoot() {
        return inTransaction(dsl -> dsl.select(LOAD_RUN.CORPUS_ROOT).from(LOAD_RUN)
                .where(LOAD_RUN.STATUS.in("succeeded", "partial")).orderBy(LOAD_RUN.RUN_ID.desc()).limit(1)
                .fetchOne(LOAD_RUN.CORPUS_ROOT));
    }

    /** Writes the run's end and its files' outcomes in {@code tx}, the reload's transaction, before it commits. */
    void finish(DSLContext tx, long runId, ReloadReport report) {
        // Unchanged files are only counted: a no-op reload of a large corpus then writes one row, not one a file.
        List<FileOutcome> outcomes = report.outcomes().stream()
                .filter(o -> o.kind() != FileOutcome.Kind.UNCHANGED).toList();
        for (int i = 0; i < outcomes.size(); i += 5000) {
            var insert = tx.insertInto(LOAD_FILE, LOAD_FILE.RUN_ID, LOAD_FILE.SOURCE_FILE, LOAD_FILE.OUTCOME,
                    LOAD_FILE.CONTENT_SHA256, LOAD_FILE.REASON);
            for (FileOutcome o : outcomes.subList(i, Math.min(outcomes.size(), i + 5000))) {
                insert = insert.values(runId, o.sourceFile(), o.kind().code(), o.sha256(), o.reason());
            }
            insert.execute();
        }
        tx.update(LOAD_RUN)
                .set(LOAD_RUN.STATUS, report.status())
                .set(LOAD_RUN.FINISHED_AT, OffsetDateTime.now())
                .set(LOAD_RUN.FILES_NEW, (int) report.count(FileOutcome.Kind.NEW))
                .set(LOAD_RUN.FILES_CHANGED, (int) report.count(FileOutcome.Kind.CHANGED))
                .set(LOAD_RUN.FILES_UNCHANGED, (int) report.count(FileOutcome.Kind.UNCHANGED))
                .set(LOAD_RUN.FILES_REMOVED, (int) report.count(FileOutcome.Kind.REMOVED))
                .set(LOAD_RUN.FILES_FAILED, (int) report.count(FileOutcome.Kind.FAILED))
                .where(LOAD_RUN.RUN_ID.eq(runId)).execute();
    }

    /** Marks runs left running by a loader that died; called while holding the reload lock. */
    void abandonRunning() {
        inTransaction(dsl -> dsl.update(LOAD_RUN).set(LOAD_RUN.STATUS, "failed")
                .set(LOAD_RUN.MESSAGE, "abandoned: the loader stopped before the end (killed or crashed); "
                        + "nothing of it was committed")
                .where(LOAD_RUN.STATUS.eq("running")).execute());
    }

    /**
     * Ends a run that committed nothing ({@code failed} or {@code refused}); never throws, since it
     * runs while another error is on its way up.
     */
    void end(long runId, String status, String message) {
        try {
            inTransaction(dsl -> dsl.update(LOAD_RUN).set(LOAD_RUN.STATUS, status)
                    .set(LOAD_RUN.FINISHED_AT, OffsetDateTime.now()).set(LOAD_RUN.MESSAGE, message)
                    .where(LOAD_RUN.RUN_ID.eq(runId)).execute());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(LoadAudit.class)
                    .warn("could not record the failure of run {}: {}", runId, e.getMessage());
        }
    }

    private <T> T inTransaction(java.util.function.Function<DSLContext, T> work) {
        try (Connection c = warehouse.dataSource().getConnection()) {
            return warehouse.dsl(c).transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (SQLException e) {
            throw new DatabaseException("cannot write the load audit: " + e.getMessage(), e);
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
