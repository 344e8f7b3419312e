package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.Token;

/** Finds again, wherever the article repeats it, a name that a cue or an apposition introduced. */
final class RepeatedNameFinder {
    private RepeatedNameFinder() {
    }

    /**
     * "La société turque Summa va … . Le contrat a été signé avec Summa": a name a cue or an apposition
     * introduced is the same organization wherever the article writes it again, as written. Found by
     * one pass over the tokens, the names looked up by their first word, so a long text stays linear.
     */
    static void find(NormalizedText text, List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        // each name once, whatever the number of its mentions, so that a name found a thousand times is
        // one lookup per token, not a thousand
        Map<String, Map<String, Organization>> byFirstWord = new HashMap<>();
        for (OrganizationHit hit : found) {
            String name = hit.organization().name();
            if (name.length() >= SHORTEST_NAME_AGAIN && Character.isUpperCase(name.charAt(0))
                    && text.text().startsWith(name, hit.start()) && hit.end() - hit.start() == name.length()) {
                int space = name.indexOf(' ');
                byFirstWord.computeIfAbsent(space < 0 ? name : name.substring(0, space), k -> new LinkedHashMap<>())
                        .putIfAbsent(name, hit.organization());
            }
        }
        if (byFirstWord.isEmpty()) {
            return;
        }
        List<OrganizationHit> again = new ArrayList<>();
        for (Token token : tokens) {
            Map<String, Organization> named = byFirstWord.get(token.text());
            for (Map.Entry<String, Organization> entry : named == null ? List.<Map.Entry<String, Organization>>of() : named.entrySet()) {
                String name = entry.getKey();
                int end = token.start() + name.length();
                if (text.text().startsWith(name, token.start()) && !claims.isTaken(token.start(), end)
                        && (end == text.text().length() || !Character.isLetterOrDigit(text.text().charAt(end)))) {
                    OrganizationHit hit = OrganizationHit.of(entry.getValue(), token.start(), end);
                    claims.claim(hit);
                    again.add(hit);
                    break;
                }
            }
        }
        found.addAll(again);
    }

    /** Shortest name sought again where the article repeats it: shorter ones are too often other words. */
    private static final int SHORTEST_NAME_AGAIN = 4;
}
