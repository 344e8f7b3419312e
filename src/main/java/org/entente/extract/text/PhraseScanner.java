package org.entente.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the phrases of several {@link PhraseMatcher}s in one pass over a text, with one automaton
 * over all their phrases: each list's matches are those its own {@code findAll} would give.
 */
public final class PhraseScanner {
    private final List<PhraseMatcher<?>> lists;
    private final PhraseAutomaton automaton;
    /** The lists holding phrase p and its id in each: {@code ownerList/ownerPhrase[firstOwner[p] .. firstOwner[p + 1])}. */
    private final int[] firstOwner;
    private final int[] ownerList;
    private final int[] ownerPhrase;

    public PhraseScanner(List<PhraseMatcher<?>> lists) {
        this.lists = List.copyOf(lists);
        Map<String, List<int[]>> owners = new LinkedHashMap<>();
        int count = 0;
        for (int list = 0; list < lists.size(); list++) {
            List<String> phrases = lists.get(list).phrases();
            for (int phrase = 0; phrase < phrases.size(); phrase++) {
                owners.computeIfAbsent(phrases.get(phrase), k -> new ArrayList<>()).add(new int[] {list, phrase});
                count++;
            }
        }
        firstOwner = new int[owners.size() + 1];
        ownerList = new int[count];
        ownerPhrase = new int[count];
        int k = 0;
        int phrase = 0;
        for (List<int[]> of : owners.values()) {
            firstOwner[phrase++] = k;
            for (int[] owner : of) {
                ownerList[k] = owner[0];
                ownerPhrase[k++] = owner[1];
            }
        }
        firstOwner[phrase] = k;
        automaton = new PhraseAutomaton(List.copyOf(owners.keySet()));
    }

    /** Every whole-word occurrence of every list's phrases in the folded text. */
    public FoundPhrases scan(String folded) {
        List<List<PhraseMatcher.Match<?>>> found = new ArrayList<>(lists.size());
        for (int list = 0; list < lists.size(); list++) {
            found.add(new ArrayList<>());
        }
        PhraseMatcher.forEachWholeWord(automaton, folded, (phrase, start, end) -> {
            for (int k = firstOwner[phrase]; k < firstOwner[phrase + 1]; k++) {
                found.get(ownerList[k]).add(lists.get(ownerList[k]).match(ownerPhrase[k], start, end));
            }
        });
        return new FoundPhrases(lists, found);
    }
}
