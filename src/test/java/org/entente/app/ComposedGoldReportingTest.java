package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.testing.GoldScorer;
import org.entente.testing.PostgresExtension;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads the team's composed articles (src/test/resources/composed) and scores the reporting views
 * against their gold: a guard against regressions on text the seeds do not show.
 */
@ExtendWith(PostgresExtension.class)
class ComposedGoldReportingTest {
    private static final Path COMPOSED = Path.of("src/test/resources/composed");
    private final TestDatabase db;

    ComposedGoldReportingTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void composedArticlesStayAboveTheirFloor() throws Exception {
        ReloadReport r = new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(),
                ReloadProgress.NONE).reload(COMPOSED, Duration.ZERO);
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        GoldScorer s = GoldScorer.score(db, COMPOSED.resolve("composed.gold.jsonl"));
        System.out.println("[composed gold] " + s);
        assertTrue(s.countries.f1() >= 0.98, s + " " + s.errors);
        assertTrue(s.organizations.f1() >= 0.97, s + " " + s.errors);
        assertTrue(s.agreements.f1() >= 0.95, s + " " + s.errors);
    }
}
