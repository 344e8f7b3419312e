package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.entente.corpus.ArticleReader;
import org.entente.db.DatabaseException;
import org.entente.db.Warehouse;
import org.entente.evaluation.Evaluation;
import org.entente.evaluation.GoldFile;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadReport;
import org.entente.reload.ReloadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures extraction against annotated articles, through the reporting views a BI user reads. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extraction against a gold file (JSON Lines, one annotated article a line): "
                + "precision, recall and F1 of countries, organizations, agreements and sectors, and the kind, "
                + "status, date and place of matched agreements.",
            "Without --corpus it scores the warehouse as it is (articles are matched by file name). With "
                + "--corpus DIR it loads DIR into a scratch database on the same server, scores it and drops it: "
                + "the warehouse is not touched."})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (.jsonl)")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Load these articles into a scratch database and score them (default: score the warehouse)")
    Path corpus;

    @Option(names = "--verbose", description = "Print what was missed and what was extra, article by article, and the fields of matched agreements that differ")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        List<JsonNode> articles = GoldFile.read(gold);
        if (corpus == null) {
            // Scoring reads the warehouse as it is, as a reader login could: nothing is migrated.
            try (Warehouse warehouse = db.openReadOnly("evaluate")) {
                score(warehouse, articles);
                return ExitCodes.OK;
            }
        }
        // The named database only lends its server: the scratch database is the one migrated and loaded.
        try (Warehouse warehouse = db.openServer("evaluate")) {
            String scratch = "entente_eval_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(warehouse, "create database " + scratch);
            try (Warehouse loaded = warehouse.onDatabase(scratch)) {
                loaded.migrate();
                ReloadReport r = new ReloadService(loaded, new FrenchExtractor(), new ArticleReader(),
                        ReloadProgress.NONE).reload(corpus, Duration.ZERO);
                System.err.printf("loaded %d files into scratch database %s (%d failed)%n", r.outcomes().size(),
                        scratch, r.failures().size());
                score(loaded, articles);
            } finally {
                execute(warehouse, "drop database if exists " + scratch + " with (force)");
            }
            return ExitCodes.OK;
        }
    }

    private void score(Warehouse warehouse, List<JsonNode> articles) throws SQLException {
        try (Connection c = warehouse.dataSource().getConnection()) {
            Evaluation.of(warehouse.dsl(c), articles).print(System.out, verbose);
        }
    }

    private static void execute(Warehouse warehouse, String sql) {
        try (Connection c = warehouse.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseException("evaluate --corpus needs a user that may create databases: " + e.getMessage(), e);
        }
    }
}
