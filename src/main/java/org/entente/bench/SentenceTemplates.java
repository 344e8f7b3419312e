package org.entente.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.extract.rules.TsvRows;

/** The French sentence templates of {@code entente/bench/templates.tsv}, by the part of an article they fill. */
final class SentenceTemplates {
    /** Where a sentence goes in an article. */
    enum Role { TITLE, LEAD, AGREEMENT, BACKGROUND, NEGATIVE, FILLER, CLOSING }

    static final String RESOURCE = "entente/bench/templates.tsv";

    private final Map<Role, List<String>> byRole = new EnumMap<>(Role.class);

    SentenceTemplates() {
        for (String[] row : TsvRows.ofResource(RESOURCE)) {
            Role role = Role.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
            byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(row[1]);
        }
        for (Role role : Role.values()) {
            if (!byRole.containsKey(role)) {
                throw new IllegalStateException(RESOURCE + " has no " + role + " template");
            }
        }
    }

    /** A template of {@code role}, one not in {@code used} when a few draws find one; it is added to {@code used}. */
    String pick(Role role, Random random, java.util.Set<String> used) {
        List<String> all = byRole.get(role);
        String t = all.get(random.nextInt(all.size()));
        for (int i = 0; i < 4 && used.contains(t); i++) {
            t = all.get(random.nextInt(all.size()));
        }
        used.add(t);
        return t;
    }

    int size() {
        return byRole.values().stream().mapToInt(List::size).sum();
    }
}
