package org.entente.extract.organization;

import java.util.List;
import java.util.Locale;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Finds names that a noun in apposition says are organizations: after them ("chez Gassco, l'opérateur
 * norvégien de gazoducs") or before them ("le Français Total").
 */
final class AppositionNameFinder {
    /** Most tokens of a name that an apposition after it describes: "Gassco, l'opérateur …". */
    private static final int MAX_APPOSED_NAME_TOKENS = 4;
    private final OrganizationLexicon lexicon;
    private final CompanyPartnerFinder companyPartners;

    AppositionNameFinder(OrganizationLexicon lexicon, CompanyPartnerFinder companyPartners) {
        this.lexicon = lexicon;
        this.companyPartners = companyPartners;
    }

    /**
     * "chez Gassco, l'opérateur norvégien de gazoducs": a capitalized name followed by a comma and a cue
     * noun with its definite article, the apposition saying what it is: its kind, and a demonym right
     * after the cue its country.
     */
    void findNamesBeforeAppositions(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                    List<OrganizationHit> found) {
        for (int i = 3; i < tokens.size(); i++) {
            if (!lexicon.cueInitials.get(text.folded().charAt(tokens.get(i).start())) || tokens.get(i).isCapitalized()
                    || !tokens.get(i - 2).text().equals(",") || !lexicon.determiners.contains(text.folded().substring(
                            tokens.get(i - 1).start(), tokens.get(i - 1).end()))) {
                continue;
            }
            String kind = lexicon.cueKinds.get(text.folded(), tokens.get(i).start(), tokens.get(i).end());
            int end = i - 2;
            int start = end;
            while (start > 0 && end - start < MAX_APPOSED_NAME_TOKENS && tokens.get(start - 1).isWord()
                    && tokens.get(start - 1).isCapitalized()
                    && !Words.breaksALine(text.text(), tokens.get(start - 1).end(), tokens.get(start).start())) {
                start--; // a name stays on its line: "… l'Iran" then "Mi-mai, le groupe …" are two
            }
            if (kind == null || start == end || start > 0 && tokens.get(start - 1).isCapitalized()
                    || claims.isTaken(tokens.get(start).start(), tokens.get(end - 1).end())
                    || companyPartners.opensNoName(tokens.get(start))
                    // "Précédemment, le groupe …": one capitalized word opening a sentence may be any word
                    || end - start == 1 && NameTokens.isSentenceStart(tokens, start)) {
                continue;
            }
            int reach = Math.min(tokens.size() - 1, i + 2);
            String country = claims.demonymWithin(tokens.get(i).end(), tokens.get(reach).end());
            String name = text.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
            OrganizationHit hit = OrganizationHit.of(new Organization(name, NameTokens.acronymOrNull(name), kind, country),
                    tokens.get(start).start(), tokens.get(end - 1).end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /**
     * "Le Français Total et le Brésilien Petrobras vont signer", "la française Total et l'algérienne Sonatrach": a
     * demonym right after a definite article names a company of that country when capitalized words follow it on its
     * line, no given name first ("le Français Emmanuel Macron" is a person); the words are the company's name.
     */
    void findNamesAfterDemonymNouns(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                    List<OrganizationHit> found, List<CountryHit> countries) {
        for (CountryHit country : countries) {
            if (country.type() != MentionType.DEMONYM) {
                continue; // "le Français Total", and as the business press writes it, "la française Total"
            }
            int t = Token.firstFrom(tokens, country.start());
            int name = t;
            while (name < tokens.size() && tokens.get(name).start() < country.end()) {
                name++;
            }
            if (t >= tokens.size() || tokens.get(t).start() != country.start() || t == 0
                    || !lexicon.definiteArticles.contains(tokens.get(t - 1).text().toLowerCase(Locale.ROOT))
                    || name >= tokens.size() || lexicon.givenNames.contains(tokens.get(name).text())
                    || Words.breaksALine(text.text(), country.end(), tokens.get(name).start())) {
                continue;
            }
            int end = NameTokens.capitalizedRun(text.text(), tokens, name);
            if (end == name || claims.isTaken(tokens.get(name).start(), tokens.get(end - 1).end())
                    || lexicon.notOrganizations.contains(tokens.get(name).text())) {
                continue;
            }
            OrganizationHit hit = OrganizationHit.of(new Organization(NameTokens.tokensText(tokens, name, end), null, "company",
                    country.iso2()), tokens.get(name).start(), tokens.get(end - 1).end());
            claims.claim(hit);
            found.add(hit);
        }
    }
}
