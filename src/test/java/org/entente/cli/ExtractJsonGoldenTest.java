package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code extract --json} prints, line for line, what it printed when the golden files under
 * {@code extract-golden/} were written; the rules version is left out, as it changes with any rule file.
 * A change of the extractor's results is made on purpose: regenerate the files with
 * {@code java -jar target/entente.jar extract --json DIR/*.txt} (and the same sed) and review the diff.
 */
class ExtractJsonGoldenTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();

    @ParameterizedTest
    @CsvSource({"seeds, seeds", "src/test/resources/composed, composed", "src/test/resources/heldout, heldout"})
    void extractJsonIsUnchanged(String directory, String golden) throws Exception {
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/extract-golden", golden + ".jsonl"),
                StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", printed(Path.of(directory))));
    }

    private static List<String> printed(Path directory) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleReader reader = new ArticleReader();
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            Article article = reader.read(file, file.toString());
            lines.add(JsonText.of(ExtractCommand.describe(article, EXTRACTOR.extract(article)))
                    .replaceFirst("\"rules_version\":\"[^\"]*\"", "\"rules_version\":\"*\""));
        }
        return lines;
    }
}
