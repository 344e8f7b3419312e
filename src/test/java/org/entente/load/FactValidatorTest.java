package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.corpus.Article;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Evidence;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Party;
import org.entente.extract.model.Span;
import org.junit.jupiter.api.Test;

class FactValidatorTest {
    private static final String TEXT = "Le Ghana et le Togo ont signé un accord.";
    private static final Article ARTICLE = new Article("a.txt", "00", null, null, null, TEXT);
    private static final Evidence EVIDENCE = new Evidence(new Span(0, TEXT.length()), TEXT);
    private final FactValidator validator = new FactValidator(Set.of("GH", "TG"));

    private static Extraction with(List<CountryMention> countries, Agreement agreement) {
        return new Extraction("fr", "t", countries, List.of(), agreement == null ? List.of() : List.of(agreement),
                List.of());
    }

    private static Agreement agreement(String kind, List<String> sectors, String... parties) {
        return new Agreement(kind, "signed", null, null, null, null, sectors,
                java.util.Arrays.stream(parties).map(Party::country).toList(), EVIDENCE);
    }

    @Test
    void wellFormedFactsHaveNoProblems() {
        CountryMention ghana = new CountryMention("GH", MentionType.NAME, new Span(3, 8), "Ghana", EVIDENCE);
        assertEquals(List.of(), validator.problems(ARTICLE, with(List.of(ghana),
                agreement("agreement", List.of("trade"), "GH", "TG"))));
    }

    @Test
    void unknownVocabularyAndCountryCodesAreProblems() {
        List<String> problems = validator.problems(ARTICLE, with(List.of(),
                agreement("deal", List.of("tourism"), "GH", "XX")));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("unknown agreement kind deal"));
    }

    @Test
    void spanPastTheEndOfTheTextIsAProblem() {
        CountryMention far = new CountryMention("TG", MentionType.NAME, new Span(100, 104), "Togo", EVIDENCE);
        assertTrue(validator.problems(ARTICLE, with(List.of(far), null)).get(0).contains("past the text"));
    }

    @Test
    void valuesPostgresWouldRefuseAreProblems() {
        Article late = new Article("a.txt", "00", java.time.LocalDate.of(10_000, 1, 1),
                org.entente.corpus.DatePrecision.MONTH, "Ti\u0000tre", TEXT);
        Agreement yearZero = new Agreement("agreement", "signed", java.time.LocalDate.of(0, 3, 3),
                org.entente.corpus.DatePrecision.DAY, "Lo\u0000mé", null, List.of(),
                List.of(Party.country("GH"), Party.organization(new org.entente.extract.model.Organization("Ban\u0000que",
                        null, "financial", null))), EVIDENCE);
        int last = java.time.Year.now().getValue() + 10;
        assertEquals(List.of("title holds a NUL character (U+0000)",
                "publication date +10000-01-01 is outside the plausible years 1900 to " + last,
                "agreement date 0000-03-03 is outside the plausible years 1900 to " + last,
                "place holds a NUL character (U+0000)",
                "organization name holds a NUL character (U+0000)"),
                validator.problems(late, with(List.of(), yearZero)));
    }

    @Test
    void onlyTheFirstThreeSectorsAreKept() {
        assertEquals(List.of("trade", "energy", "mining"),
                agreement("agreement", List.of("trade", "energy", "mining", "health"), "GH").sectors());
    }
}
