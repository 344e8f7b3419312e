package org.entente.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.corpus.RawFile;
import org.entente.extract.model.Extraction;
import org.entente.extract.Extractor;

/**
 * Extracts one very long article of short agreement sentences, the case that shows whether
 * extraction is linear in an article's length: its time and the peak heap while it runs.
 *
 * @param megabytes the article's size in MB (10^6 bytes)
 * @param agreements the agreements found in it
 * @param peakHeapBytes heap used, sampled every 10 ms during the extraction, garbage included
 * @param peakHeapAfterCollectionBytes the most heap in use right after a collection during it
 * @param maxHeapBytes the heap the JVM may use (-Xmx)
 */
public record LongArticleBench(double megabytes, int agreements, double seconds, long peakHeapBytes,
                               long peakHeapAfterCollectionBytes, long maxHeapBytes) {
    private static final int WARM_UP_BYTES = 200_000;

    /** Generates an article of about {@code bytes} bytes and extracts it, after a smaller one to warm the JIT. */
    public static LongArticleBench run(int bytes, long seed, Extractor extractor) throws CorpusException {
        LongArticle generator = new LongArticle(seed);
        extractor.extract(article(generator.text(WARM_UP_BYTES)));
        Article article = article(generator.text(bytes));
        System.gc();
        try (MemoryProbe memory = new MemoryProbe()) {
            long start = System.nanoTime();
            Extraction found = extractor.extract(article);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new LongArticleBench(article.text().getBytes(StandardCharsets.UTF_8).length / 1e6,
                    found.agreements().size(), seconds, memory.peakHeapBytes(), memory.peakHeapAfterCollectionBytes(),
                    MemoryProbe.maxHeapBytes());
        }
    }

    private static Article article(String text) throws CorpusException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new ArticleReader(Long.MAX_VALUE).parse(new RawFile("long-article.txt", utf8, "0".repeat(64)));
    }

    /** A small Markdown table of the figures and their targets. */
    public void print(PrintStream out) {
        out.println("| long article | target | measured |");
        out.println("|---|---|---|");
        out.println(String.format(Locale.ROOT, "| article MB | | %.1f |", megabytes));
        out.println("| agreements found | | " + agreements + " |");
        out.println(String.format(Locale.ROOT, "| extraction s | <= 10 | %.2f |", seconds));
        out.println(String.format(Locale.ROOT, "| peak heap MB (of -Xmx %d MB) | <= 256 | %.0f |",
                maxHeapBytes / 1048576, peakHeapBytes / 1048576.0));
        out.println(String.format(Locale.ROOT, "| peak heap right after a collection MB | | %.0f |",
                peakHeapAfterCollectionBytes / 1048576.0));
        out.println();
    }
}
