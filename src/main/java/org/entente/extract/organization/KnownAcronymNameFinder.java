package org.entente.extract.organization;

import java.util.List;
import org.entente.extract.country.CountryHit;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;

/** Finds the name written out before a known organization's acronym in brackets: "le Groupe … de Chine (CNCEC)". */
final class KnownAcronymNameFinder {
    private final OrganizationLexicon lexicon;

    KnownAcronymNameFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Most words of a name written out before a known acronym in brackets. */
    private static final int MAX_NAME_BEFORE_ACRONYM = 10;

    /**
     * "Le Groupe national d'ingénierie chimique de Chine (CNCEC)": the name a determiner opens right
     * before a known organization's acronym in brackets is that organization's, in whatever language or
     * order its initials take, unless it names another country or spells the acronym without naming
     * the organization's own; a country named in it is part of the name, no party.
     */
    void find(NormalizedText text, List<Token> tokens, List<OrganizationHit> known, OrganizationClaims claims,
              List<OrganizationHit> found) {
        for (OrganizationHit hit : known) {
            int open = hit.start() - 1;
            if (open < 0 || text.text().charAt(open) != '(' || hit.end() >= text.text().length()
                    || text.text().charAt(hit.end()) != ')') {
                continue;
            }
            int paren = tokenAt(tokens, open);
            int first = -1;
            for (int k = paren - 1; k >= 0 && paren - k <= MAX_NAME_BEFORE_ACRONYM && tokens.get(k).isWord(); k--) {
                if (lexicon.determiners.contains(TextNormalizer.fold(tokens.get(k).text())) && k < paren - 2) {
                    if (first < 0) {
                        first = k + 1;
                    } else if (isCue(text, tokens.get(k + 1))) {
                        first = k + 1; // past "pour le" inside the name: "la banque Arabe pour le Développement …"
                        break;
                    }
                }
            }
            if (first < 0 || !tokens.get(first).isCapitalized() && !isCue(text, tokens.get(first))
                    || claims.isOrganization(tokens.get(first).start(), tokens.get(paren - 1).end())) {
                continue;
            }
            // "l'Office chilien des pêches (OCP)" is another body than a known OCP: a country of its own in
            // the name says so, and so do initials that spell the acronym when no country confirms it
            String home = hit.organization().countryIso2();
            List<CountryHit> named = claims.countriesWithin(tokens.get(first).start(), tokens.get(paren - 1).end());
            // the organization's own name, whatever its case and accents ("la banque Arabe pour le Developpement …") confirms it
            boolean confirmed = named.stream().anyMatch(c -> c.iso2().equals(home))
                    || text.folded().substring(tokens.get(first).start(), tokens.get(paren - 1).end())
                            .equals(TextNormalizer.fold(hit.organization().name()));
            boolean spelled = AcronymNameFinder.initialsMatched(tokens, first, paren, text.text().substring(hit.start(), hit.end()))
                    == hit.end() - hit.start();
            if (named.stream().anyMatch(c -> !c.iso2().equals(home)) || spelled && !confirmed) {
                continue;
            }
            OrganizationHit name = new OrganizationHit(hit.organization(), tokens.get(first).start(),
                    tokens.get(paren - 1).end(), tokens.get(first).start(), hit.end() + 1);
            claims.claim(name);
            found.add(name);
        }
    }

    /** Whether a token in lower case is a word that introduces an organization's name ("banque", "société"). */
    private boolean isCue(NormalizedText text, Token token) {
        return !token.isCapitalized() && lexicon.cueKinds.get(text.folded(), token.start(), token.end()) != null;
    }

    /** The index of the token starting at {@code start}, or -1. */
    private static int tokenAt(List<Token> tokens, int start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = tokens.get(mid).start();
            if (at == start) {
                return mid;
            }
            if (at < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }
}
