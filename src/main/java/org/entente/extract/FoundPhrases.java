package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/** The whole-word phrases of several lists found in one article, by list and, on demand, by sentence. */
final class FoundPhrases {
    private final List<PhraseMatcher<?>> lists;
    private final List<List<PhraseMatcher.Match<?>>> matches;
    /** For each list, its matches by sentence index; filled the first time a sentence of it is asked for. */
    private final List<List<List<PhraseMatcher.Match<?>>>> bySentence = new ArrayList<>();

    FoundPhrases(List<PhraseMatcher<?>> lists, List<List<PhraseMatcher.Match<?>>> matches) {
        this.lists = lists;
        this.matches = matches;
        lists.forEach(list -> bySentence.add(null));
    }

    /** Every whole-word occurrence of the list's phrases, overlaps included, by end then by decreasing length. */
    <V> List<PhraseMatcher.Match<V>> of(PhraseMatcher<V> list) {
        return cast(matches.get(indexOf(list)));
    }

    /**
     * The list's matches inside the sentence, the longest kept where two overlap, in reading order:
     * what {@code findLongest} gives on the sentence alone, at offsets of the whole text.
     */
    <V> List<PhraseMatcher.Match<V>> longestIn(PhraseMatcher<V> list, List<Sentence> sentences, Sentence sentence) {
        int index = indexOf(list);
        if (bySentence.get(index) == null) {
            bySentence.set(index, bucket(matches.get(index), sentences));
        }
        return PhraseMatcher.longestFirst(cast(bySentence.get(index).get(sentence.index())));
    }

    /** Matches by the sentence holding them; one across sentences belongs to none, as a scan per sentence would not see it. */
    private static List<List<PhraseMatcher.Match<?>>> bucket(List<PhraseMatcher.Match<?>> byEnd, List<Sentence> sentences) {
        List<List<PhraseMatcher.Match<?>>> buckets = new ArrayList<>(sentences.size());
        sentences.forEach(s -> buckets.add(new ArrayList<>()));
        int s = 0;
        for (PhraseMatcher.Match<?> match : byEnd) {
            while (s < sentences.size() && sentences.get(s).end() < match.end()) {
                s++;
            }
            if (s < sentences.size() && match.start() >= sentences.get(s).start()) {
                buckets.get(s).add(match);
            }
        }
        return buckets;
    }

    private int indexOf(PhraseMatcher<?> list) {
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i) == list) {
                return i;
            }
        }
        throw new IllegalArgumentException("a phrase list this scan did not search");
    }

    /** Safe: the scan filled each list's entry with matches that list made. */
    @SuppressWarnings("unchecked")
    private static <V> List<PhraseMatcher.Match<V>> cast(List<? extends PhraseMatcher.Match<?>> matches) {
        return (List<PhraseMatcher.Match<V>>) (List<?>) matches;
    }
}
