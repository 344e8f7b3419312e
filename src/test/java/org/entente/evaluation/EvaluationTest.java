package org.entente.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadService;
import org.entente.testing.GoldFiles;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} scores as the project's scorer does: same figures on the same warehouse. */
@DatabaseTest
class EvaluationTest {
    /** The shared scorer, beside the repository (never copied into it); ENTENTE_SCORER overrides. */
    private static final Path SCORER = Path.of(System.getenv().getOrDefault("ENTENTE_SCORER",
            "../shared/eval/score.py"));

    private final TestDatabase db;

    EvaluationTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void seedsScoreAsTheProjectScorerScoresThem() throws Exception {
        assertSameAsScorer(Path.of("seeds"), Path.of("src/test/resources/gold/seeds.gold.jsonl"));
    }

    @Test
    void composedArticlesScoreAsTheProjectScorerScoresThem() throws Exception {
        Path composed = Path.of("src/test/resources/composed");
        assertSameAsScorer(composed, composed.resolve("composed.gold.jsonl"));
    }

    @Test
    void missesExtrasAndMatchedFieldsAreCounted(@TempDir Path corpus) throws Exception {
        Evaluation e = score(corpus, " date 2024-05 Le Kenya et l'Éthiopie ont signé un accord "
                + "sur l'énergie à Nairobi le 3 mai 2024. Le Japon a salué l'accord.",
                "{\"file\":\"a.txt\",\"published\":\"2024-05\",\"countries\":[\"KE\",\"ET\",\"FR\"],"
                + "\"countries_optional\":[\"JP\"],\"organizations\":[{\"name\":\"Union africaine\",\"aliases\":[\"UA\"]}],"
                + "\"agreements\":[{\"kind\":\"agreement\",\"status\":\"signed\",\"parties\":[\"KE\",\"ET\"],"
                + "\"date\":\"2024-05-03\",\"place_country\":\"KE\",\"sectors\":[\"energy\",\"trade\"]}]}\n");
        assertEquals(List.of(2, 0, 1), counts(e.tally("countries")), "JP is optional, FR is missed");
        assertEquals(List.of(0, 0, 1), counts(e.tally("organizations")));
        assertEquals(List.of(1, 0, 0), counts(e.tally("agreements")));
        assertEquals(List.of(1, 0, 1), counts(e.tally("sectors")));
        assertEquals("1.000 (1/1)", e.accuracy("date").toString());
        assertEquals("1.000 (1/1)", e.accuracy("place").toString());
        assertEquals(List.of("a.txt: countries missed=[FR] extra=[]",
                "a.txt: organizations missed=[Union africaine] extra=[]",
                "a.txt: matched agreement agreement [ET, KE] sectors missed=[trade] extra=[]"), e.differences());
    }

    @Test
    void aMatchedAgreementSaysWhichOfItsFieldsDiffer(@TempDir Path corpus) throws Exception {
        Evaluation e = score(corpus, " date 2024-05 Le Kenya et l'Éthiopie ont signé un accord "
                + "sur l'énergie à Nairobi le 3 mai 2024.",
                "{\"file\":\"a.txt\",\"published\":\"2024-05\",\"countries\":[\"KE\",\"ET\"],"
                + "\"organizations\":[],\"agreements\":[{\"kind\":\"treaty\",\"status\":\"agreed\","
                + "\"parties\":[\"KE\",\"ET\"],\"date\":\"2024-05-04\",\"place_country\":\"ET\","
                + "\"sectors\":[\"energy\"]}]}\n");
        assertEquals(List.of(1, 0, 0), counts(e.tally("agreements")));
        assertEquals(List.of("a.txt: matched agreement treaty [ET, KE] kind gold=treaty got=agreement; "
                + "status gold=agreed got=signed; date gold=2024-05-04 got=2024-05-03; place gold=ET got=KE"),
                e.differences());
    }

    /** Loads one article {@code a.txt} and scores it against one gold line. */
    private Evaluation score(Path corpus, String text, String goldLine) throws Exception {
        Files.writeString(corpus.resolve("a.txt"), text);
        Path gold = corpus.resolve("gold.jsonl");
        Files.writeString(gold, goldLine);
        load(corpus);
        return db.query(dsl -> Evaluation.of(dsl, GoldFiles.read(gold)));
    }

    private static List<Integer> counts(Tally t) {
        return List.of(t.tp(), t.fp(), t.fn());
    }

    private void load(Path corpus) throws Exception {
        db.empty();
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
    }

    private void assertSameAsScorer(Path corpus, Path gold) throws Exception {
        assumeTrue(Files.isRegularFile(SCORER), "the project scorer is not at " + SCORER.toAbsolutePath()
                + " (set ENTENTE_SCORER): the comparison needs it");
        load(corpus);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        db.query(dsl -> {
            Evaluation.of(dsl, GoldFiles.read(gold)).print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
            return null;
        });
        String ours = out.toString(StandardCharsets.UTF_8);
        String theirs = scorer(gold);
        assertEquals(summary(theirs), summary(ours), "ours:\n" + ours + "\nscorer:\n" + theirs);
        assertTrue(ours.contains("articles="), ours);
    }

    /** The table and summary lines: the per-article lines are formatted differently (Java and Python lists). */
    private static List<String> summary(String output) {
        List<String> lines = output.lines().toList();
        int table = lines.indexOf(lines.stream().filter(l -> l.startsWith("field")).findFirst().orElseThrow());
        return lines.subList(table, lines.size());
    }

    private String scorer(Path gold) throws IOException, InterruptedException {
        String url = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "postgresql://" + db.user() + "@");
        ProcessBuilder pb = new ProcessBuilder("python3", SCORER.toString(), "--db", url, "--gold", gold.toString())
                .redirectErrorStream(true);
        if (db.password() != null) {
            pb.environment().put("PGPASSWORD", db.password());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, "python3 cannot be started here: " + e.getMessage());
            throw e;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the scorer did not finish");
        assumeTrue(!output.contains("psql: not found") && !output.contains("No such file or directory: 'psql'"),
                "psql is not installed: " + output);
        assertEquals(0, p.exitValue(), output);
        return output;
    }
}
