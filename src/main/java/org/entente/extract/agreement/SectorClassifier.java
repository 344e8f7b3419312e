package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.model.Sector;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;

/** Counts sector keywords in a stretch of text; the most frequent sectors come first. */
public final class SectorClassifier {
    static final int MAX_SECTORS = 3;

    private final PhraseMatcher<String> matcher;

    public SectorClassifier(RuleFiles rules) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String[] row : rules.rows("sectors.tsv")) {
            phrases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Vocabulary.of(Sector.class, row[1]).code());
        }
        matcher = new PhraseMatcher<>(phrases);
    }

    /** The sector keywords sought, for a scan that serves several lists. */
    public PhraseMatcher<String> phrases() {
        return matcher;
    }

    /**
     * Sector codes found in the sentence, by count then first position; capitalized words inside
     * a sentence name something ("ministère des Mines") and do not count.
     */
    List<String> sectors(ArticleContext context, Sentence sentence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PhraseMatcher.Match<String> match : context.phrasesIn(matcher, sentence)) {
            if (!isInsideAName(context.text().text(), match.start())) {
                counts.merge(match.values().get(0), 1, Integer::sum);
            }
        }
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort((a, b) -> counts.get(b) - counts.get(a));
        return ordered;
    }

    private static boolean isInsideAName(String text, int offset) {
        if (!Character.isUpperCase(text.charAt(offset))) {
            return false;
        }
        int k = offset - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\'' || Character.isLowerCase(text.charAt(k)) && k == offset - 2)) {
            k--;
        }
        return k >= 0 && Character.isLetter(text.charAt(k));
    }

    /** Joins sector lists in order of salience, without repeats, at most {@link #MAX_SECTORS}. */
    static List<String> merge(List<String> first, List<String> more) {
        List<String> merged = new ArrayList<>(first);
        for (String sector : more) {
            if (!merged.contains(sector)) {
                merged.add(sector);
            }
        }
        return merged.size() > MAX_SECTORS ? List.copyOf(merged.subList(0, MAX_SECTORS)) : merged;
    }
}
