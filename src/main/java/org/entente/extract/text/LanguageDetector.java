package org.entente.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.extract.rules.RuleFiles;

/** Guesses an article's language from the share of each language's stop words; ties go to French. */
public final class LanguageDetector {
    private static final double MIN_SHARE = 0.05;

    private static final List<String> PREFERENCE = List.of("fr", "en", "es", "de");

    private static final int[] NONE = new int[0];

    /** Letters or apostrophes a packed word holds at most: 5 bits each in an int. */
    private static final int MAX_PACKED = 6;

    /**
     * The stop words {@link #packed packed}, sorted, and for each the positions in {@link #PREFERENCE}
     * of its languages, once per row: a word is looked up without cutting it out of the text.
     */
    private final int[] packedWords;
    private final int[][] languagesOfWord;
    /** The stop words too long to pack, by the folded word; none in today's list. */
    private final Map<String, int[]> longWords = new HashMap<>();

    public LanguageDetector(RuleFiles rules) {
        Map<String, List<Integer>> languages = new HashMap<>();
        for (String[] row : rules.rows("stopwords.tsv")) {
            List<Integer> of = languages.computeIfAbsent(TextNormalizer.fold(row[0]), k -> new ArrayList<>());
            if (PREFERENCE.contains(row[1])) {
                of.add(PREFERENCE.indexOf(row[1])); // other languages can never win
            }
        }
        Map<Integer, int[]> byPacked = new TreeMap<>();
        languages.forEach((word, of) -> {
            int packed = packed(word, 0, word.length());
            int[] positions = of.stream().mapToInt(Integer::intValue).toArray();
            if (packed >= 0) {
                byPacked.put(packed, positions);
            } else {
                longWords.put(word, positions);
            }
        });
        packedWords = byPacked.keySet().stream().mapToInt(Integer::intValue).toArray();
        languagesOfWord = byPacked.values().toArray(int[][]::new);
    }

    /** "fr", "en", "es", "de", or "und" when no language stands out. */
    public String detect(String folded) {
        int[] counts = new int[PREFERENCE.size()];
        int words = 0;
        // the words are the runs of [a-z'], found by hand rather than by a regex split
        int start = skip(folded, 0, false);
        while (start < folded.length()) {
            int end = skip(folded, start, true);
            words++;
            for (int language : languagesOf(folded, start, end)) {
                counts[language]++;
            }
            start = skip(folded, end, false);
        }
        String best = "und";
        int bestCount = 0;
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] > bestCount) {
                best = PREFERENCE.get(language);
                bestCount = counts[language];
            }
        }
        return words > 0 && bestCount >= Math.max(1, MIN_SHARE * words) ? best : "und";
    }

    /** The languages of the word at [start, end), else those of its elided article ("l'" of "l'accord"). */
    private int[] languagesOf(String folded, int start, int end) {
        int[] languages = lookUp(folded, start, end);
        if (languages != null) {
            return languages;
        }
        // bounded by the word: a text without apostrophes must not be scanned to its end for each word
        int apostrophe = Words.indexWithin(folded, "'", start, end);
        languages = apostrophe < 0 ? null : lookUp(folded, start, apostrophe + 1);
        return languages == null ? NONE : languages;
    }

    /** The languages of the stop word at [start, end) of the text, or null when it is none. */
    private int[] lookUp(String text, int start, int end) {
        int packed = packed(text, start, end);
        if (packed < 0) {
            return longWords.isEmpty() ? null : longWords.get(text.substring(start, end));
        }
        int at = Arrays.binarySearch(packedWords, packed);
        return at < 0 ? null : languagesOfWord[at];
    }

    /**
     * The word at [start, end) as a number: 5 bits a character, 'a' to 'z' as 1 to 26 and the
     * apostrophe as 27; -1 when it is longer than {@link #MAX_PACKED} or holds another character.
     */
    static int packed(String text, int start, int end) {
        if (end - start > MAX_PACKED) {
            return -1;
        }
        int packed = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int code = c >= 'a' && c <= 'z' ? c - 'a' + 1 : c == '\'' ? 27 : -1;
            if (code < 0) {
                return -1;
            }
            packed = packed << 5 | code;
        }
        return packed;
    }

    /** The first offset from {@code from} whose character is (or, with {@code inWord}, is not) a word's. */
    private static int skip(String folded, int from, boolean inWord) {
        int i = from;
        while (i < folded.length() && (folded.charAt(i) >= 'a' && folded.charAt(i) <= 'z' || folded.charAt(i) == '\'') == inWord) {
            i++;
        }
        return i;
    }
}
