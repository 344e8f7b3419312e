package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.extract.model.Extraction;
import org.entente.extract.FrenchExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private final CorpusGenerator generator = new CorpusGenerator(7);

    @Test
    void sameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        assertEquals(generator.article(12), new CorpusGenerator(7).article(12));
        assertNotEquals(generator.article(12), new CorpusGenerator(8).article(12));
    }

    @Test
    void articlesAreUniqueDatedAndTwoToFourKilobytes() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            String text = generator.article(i);
            assertTrue(texts.add(text), "article " + i + " repeats another");
            assertTrue(text.matches("(?s) date \\d{4}-\\d{2} .*"), text);
            int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 2000 && bytes <= 4500, "article " + i + " has " + bytes + " bytes");
        }
    }

    @Test
    void theExtractorFindsAgreementsBetweenCountriesAndOrganizations(@TempDir Path dir) throws Exception {
        CorpusGenerator.Corpus corpus = generator.write(dir, 40);
        assertEquals(40, corpus.articles());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(40, files.size());
        assertEquals(corpus.bytes(), files.stream().mapToLong(p -> p.toFile().length()).sum());
        FrenchExtractor extractor = new FrenchExtractor();
        List<Extraction> extractions = IntStream.range(0, files.size()).mapToObj(i -> {
            try {
                Article a = new ArticleReader().read(files.get(i), "a" + i + ".txt");
                return extractor.extract(a);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        long withAgreements = extractions.stream().filter(x -> !x.agreements().isEmpty()).count();
        assertTrue(withAgreements >= 36, withAgreements + " of 40 articles have agreements");
        assertTrue(extractions.stream().allMatch(x -> x.countries().size() >= 2));
        assertTrue(extractions.stream().anyMatch(x -> x.agreements().stream()
                .anyMatch(g -> g.parties().stream().allMatch(p -> p.organization() != null))));
    }

    @Test
    void countryNamesTakeTheirFrenchArticle() {
        assertEquals("le Pérou", CountryName.of("PE", "Pérou", "Lima").subject());
        assertEquals("de la Corée du Sud", CountryName.of("KR", "Corée du Sud", "Séoul").of());
        assertEquals("en Inde", CountryName.of("IN", "Inde", "New Delhi").to());
        assertEquals("des Philippines", CountryName.of("PH", "Philippines", "Manille").of());
        assertEquals("du Mexique", CountryName.of("MX", "Mexique", "Mexico").of());
        assertEquals("à Singapour", CountryName.of("SG", "Singapour", "Singapour").to());
    }
}
