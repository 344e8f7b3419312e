package org.entente.extract.text;

import java.util.ArrayList;
import java.util.List;

/** The whole-word phrases of several lists found in one article, by list and, on demand, by sentence. */
public final class FoundPhrases {
    private final List<PhraseMatcher<?>> lists;
    private final List<List<PhraseMatcher.Match<?>>> matches;
    /** For each list, its matches by sentence; filled the first time a sentence of it is asked for. */
    private final List<BySentence> bySentence = new ArrayList<>();

    /**
     * Matches of one list grouped by sentence: those of sentence i are {@code matches[bounds[i], bounds[i + 1])}.
     * One list and one array, not a list a sentence: an article of 90,000 sentences asks for three lists.
     */
    private record BySentence(List<PhraseMatcher.Match<?>> matches, int[] bounds) {
        List<PhraseMatcher.Match<?>> of(Sentence sentence) {
            return matches.subList(bounds[sentence.index()], bounds[sentence.index() + 1]);
        }
    }

    FoundPhrases(List<PhraseMatcher<?>> lists, List<List<PhraseMatcher.Match<?>>> matches) {
        this.lists = lists;
        this.matches = matches;
        lists.forEach(list -> bySentence.add(null));
    }

    /** Every whole-word occurrence of the list's phrases, overlaps included, by end then by decreasing length. */
    public <V> List<PhraseMatcher.Match<V>> of(PhraseMatcher<V> list) {
        return cast(matches.get(indexOf(list)));
    }

    /**
     * The list's matches inside the sentence, the longest kept where two overlap, in reading order:
     * what {@code findLongest} gives on the sentence alone, at offsets of the whole text.
     */
    public <V> List<PhraseMatcher.Match<V>> longestIn(PhraseMatcher<V> list, List<Sentence> sentences, Sentence sentence) {
        int index = indexOf(list);
        if (bySentence.get(index) == null) {
            bySentence.set(index, bucket(matches.get(index), sentences));
        }
        return PhraseMatcher.longestFirst(cast(bySentence.get(index).of(sentence)));
    }

    /** Matches by the sentence holding them; one across sentences belongs to none, as a scan per sentence would not see it. */
    private static BySentence bucket(List<PhraseMatcher.Match<?>> byEnd, List<Sentence> sentences) {
        List<PhraseMatcher.Match<?>> kept = new ArrayList<>(byEnd.size());
        int[] bounds = new int[sentences.size() + 1];
        int s = 0;
        for (PhraseMatcher.Match<?> match : byEnd) {
            while (s < sentences.size() && sentences.get(s).end() < match.end()) {
                bounds[++s] = kept.size();
            }
            if (s < sentences.size() && match.start() >= sentences.get(s).start()) {
                kept.add(match);
            }
        }
        while (s < sentences.size()) {
            bounds[++s] = kept.size();
        }
        return new BySentence(kept, bounds);
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
