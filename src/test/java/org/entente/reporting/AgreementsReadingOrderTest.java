package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadService;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole read of {@code reporting.agreements} after a load into an empty warehouse, with no order
 * asked, gives each article's agreements in the order its text reports them, whichever join the planner
 * would prefer: a reader that pairs an article's agreements by the order it reads them (as the scorer
 * does) must not see them swapped.
 */
@DatabaseTest
class AgreementsReadingOrderTest {
    private final TestDatabase db;

    AgreementsReadingOrderTest(TestDatabase db) {
        this.db = db;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "set local enable_nestloop = off", "set local enable_hashjoin = off",
            "set local enable_nestloop = off; set local enable_mergejoin = off",
            "set local enable_hashjoin = off; set local enable_mergejoin = off"})
    void aWholeReadOfAFreshLoadGivesEachArticlesAgreementsInReadingOrder(String planner, @TempDir Path corpus)
            throws Exception {
        db.empty();
        // agreements of very different lengths: on a plain table COPY puts some later, shorter rows in space
        // left on earlier pages
        String[] documents = {"un accord", "un protocole d'accord", "un traité", "une déclaration commune"};
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder(" date 2025-03 Coopération, rencontre " + i + "\n\n");
            for (int d = 0; d < documents.length; d++) {
                text.append(d == 0 ? "Le Maroc et la France ont signé " : "Les deux pays ont aussi signé ")
                        .append(documents[d]).append(" sur l'énergie solaire");
                text.append(", qui prévoit la construction de centrales et la formation de techniciens"
                        .repeat((i * 7 + d * 5) % 13));
                text.append(". ");
            }
            Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), text + "\n", StandardCharsets.UTF_8);
        }
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
        db.query(dsl -> dsl.execute("analyze"));

        List<Record> rows = db.query(dsl -> dsl.transactionResult(c -> {
            if (!planner.isEmpty()) {
                c.dsl().execute(planner);
            }
            return c.dsl().resultQuery("select source_file, agreement_id, kind from reporting.agreements").fetch();
        }));

        Map<String, List<Long>> idsByFile = new LinkedHashMap<>();
        Map<String, List<String>> kindsByFile = new LinkedHashMap<>();
        for (Record row : rows) {
            String file = row.get(0, String.class);
            idsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(row.get(1, Long.class));
            kindsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(row.get(2, String.class));
        }
        assertEquals(60, idsByFile.size());
        for (Map.Entry<String, List<Long>> file : idsByFile.entrySet()) {
            List<Long> sorted = new ArrayList<>(file.getValue());
            sorted.sort(null);
            assertEquals(sorted, file.getValue(), file.getKey() + " read out of order under '" + planner + "'");
        }
        assertEquals(List.of("agreement", "mou", "treaty", "joint_declaration"), kindsByFile.get("a00.txt"));
    }

    @Test
    void agreementIdsNumberAnArticlesAgreementsInReadingOrder(@TempDir Path corpus) throws Exception {
        db.empty();
        Files.writeString(corpus.resolve("one.txt"), " date 2025-03 Coopération\n\n"
                + "Le Maroc et la France ont signé un traité d'extradition. Ils ont aussi signé un accord sur "
                + "l'énergie solaire.\n", StandardCharsets.UTF_8);
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
        List<String> kinds = db.query(dsl -> dsl.resultQuery(
                "select kind from reporting.agreements order by agreement_id").fetch(0, String.class));
        assertTrue(kinds.size() == 2 && kinds.get(0).equals("treaty"), kinds.toString());
    }
}
