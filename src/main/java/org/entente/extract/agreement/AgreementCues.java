package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.AgreementKind;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.TextNormalizer;

/** The word lists that drive agreement extraction: kind triggers, status cues and party cues. */
public final class AgreementCues {
    static final String NO_KIND = "none";
    static final String NEGATIVE = "negative";
    static final String WEAK = "weak";
    private final List<String> numbers;

    public final PhraseMatcher<String> kinds;
    public final PhraseMatcher<String> statuses;
    final PhraseMatcher<String> collectives;
    final NegatedVerb negatedVerb;
    private final Map<String, Set<String>> wordsByRole = new HashMap<>();

    public AgreementCues(RuleFiles rules) {
        numbers = rules.numberWords();
        negatedVerb = new NegatedVerb(rules);
        kinds = matcher(rules.rows("agreement_kinds.tsv"));
        // "none": a trigger word that names no agreement ("accord" in "d'accord").
        rules.rows("agreement_kinds.tsv").stream().filter(row -> !row[1].equals("none"))
                .forEach(row -> Vocabulary.of(AgreementKind.class, row[1]));
        statuses = matcher(withAdverbs(rules.rows("status_cues.tsv")));
        Map<String, List<String>> collective = new HashMap<>();
        for (String[] row : rules.rows("party_cues.tsv")) {
            wordsByRole.computeIfAbsent(row[1], k -> new HashSet<>()).add(TextNormalizer.fold(row[0]));
            if (row[1].equals("collective")) {
                addCollective(collective, row[0]);
            }
        }
        collectives = new PhraseMatcher<>(collective);
    }

    /** "les deux pays" stands for two countries; its variants "les trois pays" … "les six pays" for more. */
    private void addCollective(Map<String, List<String>> collective, String phrase) {
        collective.put(phrase, List.of("2"));
        String two = " " + numbers.get(2) + " ";
        if (!(" " + phrase + " ").contains(two)) {
            return;
        }
        for (int n = 3; n < numbers.size(); n++) {
            collective.put((" " + phrase + " ").replace(two, " " + numbers.get(n) + " ").strip(), List.of(String.valueOf(n)));
        }
    }

    /** Whether a folded word or phrase plays a role (place, with, between, agent, anaphor, opener). */
    boolean is(String role, String foldedWord) {
        return wordsByRole.getOrDefault(role, Set.of()).contains(foldedWord);
    }

    /** "ont signé" also as "ont également signé": each adverb may follow any word of a cue. */
    private static List<String[]> withAdverbs(List<String[]> rows) {
        List<String> adverbs = rows.stream().filter(r -> r[1].equals("adverb")).map(r -> r[0]).toList();
        List<String[]> cues = new ArrayList<>();
        for (String[] row : rows) {
            if (row[1].equals("adverb")) {
                continue;
            }
            cues.add(row);
            String[] words = row[0].split(" ");
            for (int k = 1; k < words.length; k++) {
                String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                for (String adverb : adverbs) {
                    cues.add(new String[] {head + " " + adverb + " " + tail, row[1]});
                }
            }
        }
        return cues;
    }

    private static PhraseMatcher<String> matcher(List<String[]> rows) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String[] row : rows) {
            phrases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return new PhraseMatcher<>(phrases);
    }
}
