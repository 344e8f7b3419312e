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
 * A whole read of {@code reporting.agreements}, with no order asked, gives each article's agreements in
 * the order its text reports them, wherever the rows sit in storage and whichever join the planner would
 * prefer: a reader that pairs an article's agreements by the order it reads them (as the scorer does)
 * must not see them reversed.
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
    void aWholeReadGivesEachArticlesAgreementsInReadingOrder(String planner, @TempDir Path corpus) throws Exception {
        db.empty();
        // articles with four agreements, with one and with none: sizes at which a planner may hash either side
        for (int i = 0; i < 12; i++) {
            Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), " date 2025-03 Coopération, rencontre " + i + "\n\n"
                    + "Le Maroc et la France ont signé un accord sur l'énergie solaire. Le Maroc et la France ont "
                    + "également signé un protocole d'accord sur la santé. Les deux pays ont aussi signé un traité "
                    + "d'extradition. Ils ont enfin signé une déclaration commune sur l'éducation.\n",
                    StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 20; i++) {
            Files.writeString(corpus.resolve(String.format("b%02d.txt", i)), " date 2025-04 Visite " + i + "\n\n"
                    + "Le Sénégal et le Qatar ont signé un accord de coopération dans le domaine de l'agriculture.\n",
                    StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 150; i++) {
            Files.writeString(corpus.resolve(String.format("c%03d.txt", i)), " date 2025-05 Entretien " + i + "\n\n"
                    + "Le Maroc et la France ont discuté de leurs relations.\n", StandardCharsets.UTF_8);
        }
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
        // a row written again moves in storage, as a later, shorter row may land on an earlier page
        db.query(dsl -> dsl.execute("update core.agreement set evidence = evidence where ordinal = 0; analyze"));

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
        assertEquals(32, idsByFile.size());
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
