package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.entente.corpus.Article;
import org.entente.extract.FrenchExtractor;
import org.junit.jupiter.api.Test;

/** {@code extract --json} gives offsets as the warehouse stores them: in characters, not UTF-16 units. */
class ExtractOffsetsTest {
    @Test
    void offsetsAfterAnEmojiAndAFlagCountCharacters() {
        String text = "Bravo \uD83C\uDF89 \uD83C\uDDF0\uD83C\uDDEA Le Kenya et l'Éthiopie ont signé un accord.";
        Article article = new Article("a.txt", "0".repeat(64), null, null, null, text);
        Map<String, Object> found = ExtractCommand.describe(article, new FrenchExtractor().extract(article));
        @SuppressWarnings("unchecked")
        Map<String, Object> kenya = ((List<Map<String, Object>>) found.get("countries")).stream()
                .filter(c -> "KE".equals(c.get("iso2"))).findFirst().orElseThrow();
        int start = (Integer) kenya.get("start");
        int end = (Integer) kenya.get("end");
        int[] characters = text.codePoints().toArray();
        assertEquals("Kenya", new String(characters, start, end - start));
        assertEquals(text.indexOf("Kenya") - 3, start, "three surrogate pairs before the mention");
    }
}
