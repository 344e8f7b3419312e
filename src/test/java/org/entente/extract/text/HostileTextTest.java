package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.entente.bench.LongArticle;
import org.entente.corpus.Article;
import org.entente.corpus.DatePrecision;
import org.entente.extract.FrenchExtractor;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.ExtractionTimeoutException;
import org.entente.extract.model.Party;
import org.entente.extract.model.Span;
import org.entente.extract.rules.RuleFiles;
import org.junit.jupiter.api.Test;

/** Invisible characters inside words, implausible dates, very long articles and the time limit. */
class HostileTextTest {
    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();

    private static Article article(String text) {
        return new Article("a.txt", "00", LocalDate.of(2025, 3, 1), DatePrecision.MONTH, null, text);
    }

    @Test
    void softHyphenAndZeroWidthCharactersInsideANameDoNotHideIt() {
        for (char invisible : new char[] {'\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'}) {
            String text = "La Fran" + invisible + "ce et le Japon ont signé un accord à Tokyo.";
            Extraction x = EXTRACTOR.extract(article(text));
            CountryMention france = x.countries().get(0);
            assertEquals("FR", france.iso2(), "with U+" + Integer.toHexString(invisible));
            assertEquals(new Span(3, 10), france.span());
            assertEquals("Fran" + invisible + "ce", france.surface());
            assertEquals(List.of("FR", "JP"), x.agreements().get(0).parties().stream().map(Party::countryIso2).toList());
        }
    }

    @Test
    void aTextOfInvisibleCharactersOnlyHasNoFacts() {
        Extraction x = EXTRACTOR.extract(article("\u200B\u00AD\u2060"));
        assertEquals(List.of(), x.countries());
    }

    @Test
    void anImplausibleSentenceDateIsDroppedWithANote() {
        Extraction x = EXTRACTOR.extract(article("Le Maroc et le Nigeria ont signé un accord gazier le 3 mars 0000."));
        Agreement g = x.agreements().get(0);
        assertEquals(LocalDate.of(2025, 3, 1), g.signedOn()); // the publication month, as without a date
        assertEquals(List.of("date 0000-03-03 dropped: outside the plausible years 1900 to "
                + (LocalDate.now().getYear() + 10)), x.notes());
    }

    @Test
    void aPlannedMonthPastThePlausibleYearsIsDropped() {
        int last = LocalDate.now().getYear() + 10;
        Article late = new Article("a.txt", "00", LocalDate.of(last, 12, 1), DatePrecision.MONTH, null,
                "La France et le Japon signeront un traité en janvier.");
        Extraction x = EXTRACTOR.extract(late);
        assertEquals(LocalDate.of(last, 12, 1), x.agreements().get(0).signedOn());
        assertEquals(1, x.notes().size(), x.notes().toString());
    }

    @Test
    void aMegabyteOfShortAgreementSentencesExtractsInLinearTime() {
        Extraction x = EXTRACTOR.extract(article(new LongArticle(7).text(1_000_000)));
        assertTrue(x.agreements().size() > 10_000, x.agreements().size() + " agreements");
        assertLinear(size -> article(new LongArticle(7).text(size)), 125_000);
    }

    /**
     * Four times the text takes well under sixteen times as long, as it would if extraction were
     * quadratic: a ratio of the CPU time of the extracting thread, best of three runs each, so that a busy
     * machine (other processes, or the collector's threads) changes neither side; wall-clock ratios
     * reached 12.7 on a busy machine. The sizes stay within half a megabyte (4x measured 4.1 to 4.8 times
     * as long here): past a megabyte even a linear extraction slows a byte (caches and allocation).
     */
    private static void assertLinear(java.util.function.IntFunction<Article> ofSize, int size) {
        // Warmed up on both sizes: on a busy machine the compiler's threads wait, and a run still
        // interpreted measured 18 times the CPU for 4 times the text.
        for (int run = 0; run < 2; run++) {
            EXTRACTOR.extract(ofSize.apply(size));
            EXTRACTOR.extract(ofSize.apply(4 * size));
        }
        double small = Double.MAX_VALUE;
        double large = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            small = Math.min(small, cpuSeconds(ofSize.apply(size)));
            large = Math.min(large, cpuSeconds(ofSize.apply(4 * size)));
        }
        assertTrue(large / small < 10, "4x the text took " + large / small + "x as long (" + small + " s, " + large + " s)");
    }

    private static double cpuSeconds(Article article) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        EXTRACTOR.extract(article);
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }

    @Test
    void aPageWithoutFullStopsIsCutAfterCommasIntoSentencesOfBoundedLength() {
        String clause = "la France et le Japon ont signé un accord, ";
        String page = clause.repeat(20_000);
        List<Sentence> sentences = new SentenceSplitter(new RuleFiles()).split(page);
        int perSentence = (SentenceSplitter.MAX_SENTENCE / clause.length()) * clause.length();
        assertEquals(page.length() / perSentence + 1, sentences.size());
        for (Sentence sentence : sentences) {
            assertTrue(sentence.end() - sentence.start() <= SentenceSplitter.MAX_SENTENCE);
            assertEquals(',', page.charAt(sentence.end() - 1));
        }
        Extraction x = EXTRACTOR.extract(article("Selon nos sources, " + page));
        assertEquals(1, x.agreements().size()); // the same parties and kind: one agreement, as in one sentence
        assertLinear(size -> article("Selon nos sources, " + clause.repeat(size / clause.length())), 200_000);
    }

    @Test
    void anExtractionPastItsTimeLimitStopsWithTheLimitInItsMessage() {
        Article big = article(new LongArticle(7).text(1_000_000));
        ExtractionTimeoutException e = assertThrows(ExtractionTimeoutException.class,
                () -> new FrenchExtractor(Duration.ofMillis(1)).extract(big));
        assertEquals("extraction took longer than 1 ms", e.getMessage());
    }
}
