package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadReport;
import org.entente.reload.ReloadRequest;
import org.entente.reload.RemovalLimit;
import org.entente.reload.ReloadService;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reload prints: the files this run changed, each with the agreements it holds now; never the whole warehouse. */
@DatabaseTest
class SummaryTest {
    private final TestDatabase db;
    private ReloadReport report;
    private Path corpus;

    SummaryTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void loadSeeds(@TempDir Path dir) throws Exception {
        corpus = dir;
        report = db.loadSeeds(corpus);
    }

    private List<String> printed(Summary summary, ReloadReport r, int ignored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary.print(r, ignored, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private long agreementsOf(String file) {
        return db.query(dsl -> dsl.resultQuery("select count(*) from reporting.agreements g join core.article_source s "
                + "on s.article_id = g.article_id where s.source_file = {0}", org.jooq.impl.DSL.val(file))
                .fetchOne(0, Long.class));
    }

    private ReloadReport reload() throws Exception {
        return new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(ReloadRequest.of(corpus, Duration.ZERO).withMaxRemovals(RemovalLimit.parse("100%")));
    }

    @Test
    void aFirstLoadListsEveryNewFileWithItsAgreements() {
        List<String> lines = printed(new Summary(db.warehouse()), report, 0);
        List<String> files = lines.stream().filter(l -> l.startsWith("  + ")).toList();
        assertEquals(5, files.size(), lines.toString());
        for (String f : files) {
            String name = f.substring(4, f.indexOf(" (new)"));
            long n = agreementsOf(name);
            assertEquals("  + " + name + " (new): " + (n == 1 ? "1 agreement" : n + " agreements"), f);
        }
        long total = db.query(dsl -> dsl.fetchCount(dsl.selectFrom("reporting.agreements")));
        assertEquals(total, lines.stream().filter(l -> l.startsWith("      ")).count(), lines.toString());
    }

    @Test
    void aLaterRunListsOnlyWhatChangedAndCountsTheRest() throws Exception {
        List<Path> seeds;
        try (var s = Files.list(corpus)) {
            seeds = s.sorted().toList();
        }
        Files.delete(seeds.get(0));
        Files.writeString(seeds.get(1), Files.readString(seeds.get(1)) + "\nUne phrase de plus.\n");
        ReloadReport second = reload();
        List<String> lines = printed(new Summary(db.warehouse()), second, 2);
        assertEquals("ignored 2 files that are not .txt", lines.get(1));
        String removed = seeds.get(0).getFileName().toString();
        String changed = seeds.get(1).getFileName().toString();
        assertEquals(List.of("  - " + removed + " (removed, with the agreements it held)",
                "  ~ " + changed + " (changed): " + agreementsOf(changed) + " agreement" + (agreementsOf(changed) == 1 ? "" : "s")
                        + " now"), lines.stream().filter(l -> l.startsWith("  - ") || l.startsWith("  ~ ")
                || l.startsWith("  + ")).toList());

        List<String> capped = printed(new Summary(db.warehouse(), 1), second, 0);
        assertEquals("  ... and 1 more changed files: select * from reporting.agreements", capped.get(capped.size() - 1));
        assertTrue(printed(new Summary(db.warehouse()), reload(), 0).stream().noneMatch(l -> l.startsWith("  ")),
                "a reload that changes nothing lists nothing");
    }

    @Test
    void jsonHasTheCountsPhasesChangesAndExitCode() throws Exception {
        JsonNode o = new ObjectMapper().readTree(JsonText.of(new Summary(db.warehouse()).json(report, 3, 0)));
        assertEquals(report.runId(), o.get("run_id").asLong());
        assertEquals("succeeded", o.get("status").asText());
        assertEquals(0, o.get("exit_code").asInt());
        assertEquals(5, o.get("files").get("new").asInt());
        assertEquals(0, o.get("files").get("removed").asInt());
        assertEquals(3, o.get("files").get("ignored").asInt());
        assertEquals(List.copyOf(report.phases().keySet()), iterable(o.get("phases_s").fieldNames()));
        assertEquals(5, o.get("changes").size());
        assertEquals("new", o.get("changes").get(0).get("outcome").asText());
        String first = o.get("changes").get(0).get("file").asText();
        assertEquals(agreementsOf(first), o.get("changes").get(0).get("agreements").size());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
