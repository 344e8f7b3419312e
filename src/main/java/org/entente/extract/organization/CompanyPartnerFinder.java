package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.Token;

/** Companies named beside another company: "Orascom et Siemens Energy ont signé". */
final class CompanyPartnerFinder {
    private final Set<String> listJoiners;
    private final Set<String> notOrganizations;
    private final Set<String> givenNames;
    /** Words that open sentences without naming anything, as written ("Mais", "Selon"). */
    private final Set<String> sentenceOpeners;
    /** Frequent French words, determiners and date words, lower case: capitalized, they open a sentence, not a name. */
    private final Set<String> frenchWords = new HashSet<>();

    CompanyPartnerFinder(RuleFiles rules, Set<String> notOrganizations, Set<String> givenNames) {
        this.listJoiners = rules.words(WordRole.LIST_JOINER);
        this.notOrganizations = notOrganizations;
        this.givenNames = givenNames;
        sentenceOpeners = rules.words(WordRole.SENTENCE_OPENER);
        for (String[] row : rules.rows("stopwords.tsv")) {
            if (row[1].equals("fr")) {
                frenchWords.add(row[0]);
            }
        }
        frenchWords.addAll(rules.words(WordRole.DETERMINER));
        for (String[] row : rules.rows("date_words.tsv")) {
            frenchWords.add(row[0]); // "Hier et Thales …", "Lundi et …"
        }
    }

    /**
     * "Orascom et Siemens Energy ont signé", "Airbus et Norvalis", "entre Norvalis, Airbus et …": a capitalized
     * name joined by "et" to a company's, or by a comma in a list that "et" goes on, is a company too, unless
     * it is a person's (a given name opens it), a place or a word that names nothing.
     */
    void find(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                     List<OrganizationHit> known, List<OrganizationHit> found) {
        List<OrganizationHit> companies = new ArrayList<>();
        for (List<OrganizationHit> hits : List.of(known, found)) {
            hits.stream().filter(h -> h.organization().isCompany())
                    .forEach(companies::add);
        }
        for (OrganizationHit company : companies) {
            int first = tokenAt(tokens, company.start());
            int last = tokenAt(tokens, company.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            // the name after "et"
            if (last + 2 < tokens.size() && listJoiners.contains(tokens.get(last + 1).text())) {
                addPartner(text, tokens, last + 2, NameTokens.capitalizedRun(text.text(), tokens, last + 2), claims, known, found);
            }
            // the name before "et", or before a comma in a list that "et" goes on: "X, Siemens Energy et Y"
            boolean listGoesOn = last + 2 < tokens.size() && listJoiners.contains(tokens.get(last + 1).text());
            if (first >= 2 && (listJoiners.contains(tokens.get(first - 1).text())
                    || listGoesOn && tokens.get(first - 1).text().equals(","))) {
                int end = first - 1;
                int start = end;
                while (start > 0 && end - start < 4 && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalized()
                        && !tokens.get(start - 1).text().endsWith("'")) {
                    start--;
                }
                addPartner(text, tokens, start, end, claims, known, found);
            }
        }
    }

    private void addPartner(NormalizedText text, List<Token> tokens, int start, int end, OrganizationClaims claims,
                            List<OrganizationHit> known, List<OrganizationHit> found) {
        if (end <= start || claims.isTaken(tokens.get(start).start(), tokens.get(end - 1).end()) || opensNoName(tokens.get(start))) {
            return;
        }
        String name = text.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
        // the same name found elsewhere by a surer rule ("le gestionnaire italien du réseau Terna") is that organization
        Organization organization = java.util.stream.Stream.concat(known.stream(), found.stream())
                .map(OrganizationHit::organization).filter(o -> o.name().equals(name)).findFirst()
                .orElse(new Organization(name, NameTokens.acronymOrNull(name), "company", null));
        OrganizationHit hit = OrganizationHit.of(organization, tokens.get(start).start(), tokens.get(end - 1).end());
        claims.claim(hit);
        found.add(hit);
    }

    /**
     * Whether a capitalized word cannot open an organization's name: a word known to name none, a given
     * name, a word that opens sentences ("Mais Airbus et …", "Selon"), or a French word, determiner or date
     * word written with its capital at a sentence's start ("Le groupe", "Lundi, le groupe …").
     */
    boolean opensNoName(Token word) {
        String t = word.text();
        return notOrganizations.contains(t) || givenNames.contains(t) || sentenceOpeners.contains(t)
                || frenchWords.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The index of the token covering {@code offset}, or -1. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                low = mid + 1;
            } else if (t.start() > offset) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
