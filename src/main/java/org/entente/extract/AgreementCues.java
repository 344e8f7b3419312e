package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists that drive agreement extraction: kind triggers, status cues and party cues. */
final class AgreementCues {
    static final String NO_KIND = "none";
    static final String NEGATIVE = "negative";
    static final String WEAK = "weak";

    final PhraseMatcher<String> kinds;
    final PhraseMatcher<String> statuses;
    final PhraseMatcher<String> collectives;
    private final Map<String, Set<String>> wordsByRole = new HashMap<>();

    AgreementCues(RuleFiles rules) {
        kinds = matcher(rules.rows("agreement_kinds.tsv"));
        statuses = matcher(rules.rows("status_cues.tsv"));
        Map<String, List<String>> collective = new HashMap<>();
        for (String[] row : rules.rows("party_cues.tsv")) {
            wordsByRole.computeIfAbsent(row[1], k -> new HashSet<>()).add(TextNormalizer.fold(row[0]));
            if (row[1].equals("collective")) {
                collective.put(row[0], List.of(row[1]));
            }
        }
        collectives = new PhraseMatcher<>(collective);
    }

    /** Whether a folded word or phrase plays a role (place, with, between, agent, anaphor, opener). */
    boolean is(String role, String foldedWord) {
        return wordsByRole.getOrDefault(role, Set.of()).contains(foldedWord);
    }

    private static PhraseMatcher<String> matcher(List<String[]> rows) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String[] row : rows) {
            phrases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return new PhraseMatcher<>(phrases);
    }
}
