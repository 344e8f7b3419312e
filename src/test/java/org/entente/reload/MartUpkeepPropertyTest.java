package org.entente.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.load.ReportingRefresh;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of files added, changed, copied and removed: after every reload, each mart holds
 * exactly the rows of its full definition, though the reload recomputed only what it changed.
 */
@DatabaseTest
class MartUpkeepPropertyTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();

    private final TestDatabase db;
    @TempDir
    Path corpus;
    private final List<String> texts = new ArrayList<>();

    MartUpkeepPropertyTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void readTexts() throws IOException {
        db.empty();
        for (String dir : List.of("seeds", "src/test/resources/composed", "src/test/resources/heldout")) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(dir), "*.txt")) {
                for (Path f : files) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(texts.size() > 20, "texts to draw from: " + texts.size());
    }

    @Test
    void martsEqualTheirDefinitionsAfterRandomAddsChangesAndRemovals() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            db.empty();
            try (var files = Files.list(corpus)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Random random = new Random(seed);
            int made = 0;
            for (int i = 0; i < 12; i++) {
                made = add(random, made, 8);
            }
            reload();
            assertMartsMatchDefinitions("seed " + seed + " first load");
            int incremental = 0;
            for (int step = 1; step <= 8; step++) {
                int ops = 1 + random.nextInt(4);
                for (int op = 0; op < ops; op++) {
                    made = mutate(random, made);
                }
                ReloadReport report = reload();
                assertEquals(List.of(), report.failures(), "seed " + seed + " step " + step);
                assertMartsMatchDefinitions("seed " + seed + " step " + step);
                // A reload that touched a large part of the warehouse rebuilds the marts (and analyzes first).
                incremental += report.phases().containsKey("analyze") ? 0 : 1;
            }
            assertTrue(incremental >= 4, "seed " + seed + ": reloads that kept the marts incrementally: " + incremental);
        }
    }

    /** One random change to the corpus; returns how many files were ever made. */
    private int mutate(Random random, int made) throws IOException {
        List<Path> present;
        try (var files = Files.list(corpus)) {
            present = files.sorted().toList();
        }
        int kind = random.nextInt(4);
        if (kind == 0 || present.size() < 3) {
            return add(random, made, 3);
        }
        Path target = present.get(random.nextInt(present.size()));
        switch (kind) {
            case 1 -> Files.delete(target);
            case 2 -> Files.writeString(target, variant(random, made++), StandardCharsets.UTF_8);
            default -> Files.copy(target, corpus.resolve("copy" + made++ + ".txt"));
        }
        return made;
    }

    private int add(Random random, int made, int upTo) throws IOException {
        int n = 1 + random.nextInt(upTo);
        for (int i = 0; i < n; i++) {
            Files.writeString(corpus.resolve("f" + made + ".txt"), variant(random, made), StandardCharsets.UTF_8);
            made++;
        }
        return made;
    }

    /** A real text, made unique half the time by a numbered closing line; else identical to others. */
    private String variant(Random random, int n) {
        String text = texts.get(random.nextInt(texts.size()));
        return random.nextBoolean() ? text + "\n\nDépêche " + n + ".\n" : text;
    }

    private ReloadReport reload() throws Exception {
        return new ReloadService(db.warehouse(), EXTRACTOR, new ArticleReader(), ReloadProgress.NONE)
                .reload(ReloadRequest.of(corpus, Duration.ZERO).withMaxRemovals(RemovalLimit.parse("100%")));
    }

    private void assertMartsMatchDefinitions(String when) {
        for (Table<?> mart : ReportingRefresh.MARTS) {
            String name = mart.getName();
            long rows = count("select count(*) from reporting." + name);
            long differing = count("select count(*) from ((table reporting." + name + " except all table mart." + name
                    + "_definition) union all (table mart." + name + "_definition except all table reporting." + name
                    + ")) d");
            assertEquals(0, differing, when + ": " + name + " (" + rows + " rows) differs from its definition");
        }
        assertTrue(count("select count(*) from reporting.country_pair_counts") > 0, when + ": pairs are counted");
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }
}
