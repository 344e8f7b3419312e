package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.evaluation.Evaluation;
import org.entente.testing.GoldFiles;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Loads the team's composed articles (src/test/resources/composed, then heldout) and scores the
 * reporting views against their gold: a guard against regressions on text the seeds do not show.
 */
@DatabaseTest
class ComposedGoldReportingTest {
    private final TestDatabase db;

    ComposedGoldReportingTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void composedArticlesStayAboveTheirFloor() throws Exception {
        assertAboveFloors(Path.of("src/test/resources/composed"), "composed.gold.jsonl", 0.98, 0.97, 0.95);
    }

    @Test
    void heldOutArticlesStayAboveTheirFloor() throws Exception {
        assertAboveFloors(Path.of("src/test/resources/heldout"), "heldout.gold.jsonl", 0.98, 0.97, 0.95);
    }

    private void assertAboveFloors(Path corpus, String gold, double countries, double organizations,
                                   double agreements) throws Exception {
        db.empty();
        ReloadReport r = new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(),
                ReloadProgress.NONE).reload(corpus, Duration.ZERO);
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        Evaluation s = db.query(dsl -> Evaluation.of(dsl, GoldFiles.read(corpus.resolve(gold))));
        String seen = "[" + corpus.getFileName() + " gold] " + s.tally("countries") + "; " + s.tally("organizations")
                + "; " + s.tally("agreements") + " " + s.differences();
        System.out.println(seen);
        assertTrue(s.tally("countries").f1() >= countries, seen);
        assertTrue(s.tally("organizations").f1() >= organizations, seen);
        assertTrue(s.tally("agreements").f1() >= agreements, seen);
    }
}
