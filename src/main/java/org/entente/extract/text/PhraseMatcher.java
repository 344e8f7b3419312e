package org.entente.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whole-word phrases in folded text, longest first, without overlaps; each phrase carries
 * the values its rule rows gave it.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** One found phrase: the range [start, end) of the text and what it stands for. */
    public record Match<V>(int start, int end, String phrase, List<V> values) {
        int length() {
            return end - start;
        }
    }

    private static final Comparator<Match<?>> LONGEST_THEN_LEFTMOST = (a, b) ->
            a.length() != b.length() ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start());
    private static final Comparator<Match<?>> LEFTMOST = (a, b) -> Integer.compare(a.start(), b.start());
    private final List<String> phrases;
    private final List<List<V>> values;
    /**
     * Built on the first {@link #findAll}: the extractor searches most lists only through one
     * {@link PhraseScanner} over all of them, and building an automaton a list was most of the
     * time it took to build the extractor.
     */
    private volatile PhraseAutomaton automaton;

    public PhraseMatcher(Map<String, List<V>> phrases) {
        Map<String, List<V>> valuesByPhrase = new LinkedHashMap<>();
        for (Map.Entry<String, List<V>> entry : phrases.entrySet()) {
            String key = TextNormalizer.fold(entry.getKey().strip());
            if (!key.isEmpty()) {
                valuesByPhrase.computeIfAbsent(key, k -> new ArrayList<>()).addAll(entry.getValue());
            }
        }
        this.phrases = List.copyOf(valuesByPhrase.keySet());
        this.values = List.copyOf(valuesByPhrase.values());
    }

    /** Every whole-word occurrence, overlaps included, by end then by decreasing length. */
    List<Match<V>> findAll(String folded) {
        List<Match<V>> matches = new ArrayList<>();
        forEachWholeWord(automaton(), folded, (phrase, start, end) -> matches.add(match(phrase, start, end)));
        return matches;
    }

    /** The automaton of this list alone; two threads asking at once may both build it, and both get a correct one. */
    private PhraseAutomaton automaton() {
        PhraseAutomaton built = automaton;
        if (built == null) {
            built = new PhraseAutomaton(phrases);
            automaton = built;
        }
        return built;
    }

    /** Receives each whole-word occurrence an automaton finds: the phrase's id and its range. */
    interface WholeWordSink {
        void accept(int phrase, int start, int end);
    }

    /** Reports every whole-word occurrence of the automaton's phrases, by end then by decreasing length. */
    static void forEachWholeWord(PhraseAutomaton automaton, String folded, WholeWordSink sink) {
        int state = automaton.start();
        for (int i = 0; i < folded.length(); i++) {
            state = automaton.next(state, folded.charAt(i));
            if (!automaton.hasOutput(state)) {
                continue;
            }
            int last = automaton.endOutput(state);
            for (int k = automaton.firstOutput(state); k < last; k++) {
                int phrase = automaton.output(k);
                int start = i + 1 - automaton.length(phrase);
                // the automaton follows only what begins where a word may begin; the end is checked here
                if (isWordEnd(folded, i + 1)) {
                    sink.accept(phrase, start, i + 1);
                }
            }
        }
    }

    /** The phrases, folded, in the order of their ids. */
    List<String> phrases() {
        return phrases;
    }

    /** A match of the phrase with this id at [start, end). */
    Match<V> match(int phrase, int start, int end) {
        return new Match<>(start, end, phrases.get(phrase), values.get(phrase));
    }

    /** Whole-word occurrences, keeping the longest where two overlap. */
    public List<Match<V>> findLongest(String folded) {
        return longestFirst(findAll(folded));
    }

    /** Keeps the longest of overlapping matches, then orders by position. */
    public static <V> List<Match<V>> longestFirst(List<Match<V>> matches) {
        if (matches.size() < 2) {
            return new ArrayList<>(matches);
        }
        List<Match<V>> sorted = new ArrayList<>(matches);
        sorted.sort(LONGEST_THEN_LEFTMOST);
        int minStart = Integer.MAX_VALUE;
        int maxEnd = 0;
        for (Match<V> match : sorted) {
            minStart = Math.min(minStart, match.start());
            maxEnd = Math.max(maxEnd, match.end());
        }
        // sized to the matches' extent, not to their offset in the article: a sentence costs its own length
        boolean[] taken = new boolean[maxEnd - minStart + 1];
        List<Match<V>> kept = new ArrayList<>();
        for (Match<V> match : sorted) {
            if (isFree(taken, match.start() - minStart, match.end() - minStart)) {
                kept.add(match);
                for (int i = match.start() - minStart; i < match.end() - minStart; i++) {
                    taken[i] = true;
                }
            }
        }
        kept.sort(LEFTMOST);
        return kept;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordStart(String folded, int start) {
        return start == 0 || !Token.isLetterOrDigit(folded.charAt(start - 1));
    }

    static boolean isWordEnd(String folded, int end) {
        if (end >= folded.length()) {
            return true;
        }
        char last = folded.charAt(end - 1);
        return last == '\'' || !Token.isLetterOrDigit(folded.charAt(end));
    }
}
