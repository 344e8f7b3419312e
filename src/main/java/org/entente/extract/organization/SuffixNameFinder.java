package org.entente.extract.organization;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.text.Token;

/** Finds names that end with a company suffix or legal form: "Hyundai Engineering & Construction Corporation". */
final class SuffixNameFinder {
    /** Between two legal forms of one name: "GmbH & Co", "Co. KG". */
    private static final Set<String> SUFFIX_JOINERS = Set.of("&", ".");
    private final OrganizationLexicon lexicon;

    SuffixNameFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "Hyundai Engineering & Construction Corporation": capital words ending with a company suffix. */
    void find(List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            String kind = lexicon.suffixInitials.get(word.charAt(0)) ? lexicon.kindOfSuffix.get(word) : null;
            if (kind == null) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < 6 && (tokens.get(first - 1).isCapitalized()
                    || tokens.get(first - 1).text().equals("&") || isEnglishLink(tokens, first - 1))
                    && !tokens.get(first - 1).text().endsWith("'")
                    && !lexicon.afterDeterminer(tokens, first) // "La Borduria Power Authority" opens a sentence with "La"
                    // "l'Américain Kosmos Energy": the company's nationality, no part of its name
                    && claims.demonymAt(tokens.get(first - 1).start(), tokens.get(first - 1).end()) == null) {
                first--;
            }
            while (first < i && lexicon.sentenceOpeners.contains(tokens.get(first).text())) {
                first++; // "Selon Kappa Engineering, …": the sentence's first word is no part of the name
            }
            if (first == i || claims.isTakenPastItsCountry(tokens, first, i + 1)) {
                continue;
            }
            while (i + 1 < tokens.size() && lexicon.kindOfSuffix.containsKey(tokens.get(i + 1).text())) {
                kind = lexicon.kindOfSuffix.get(tokens.get(++i).text()); // "California Air Resources Board": the last says what it is
            }
            i = pastEnglishComplement(tokens, pastLegalForms(tokens, pastJoinedSuffix(tokens, i)));
            if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                    && !Token.isAllCaps(tokens.get(i + 1).text()) && tokens.get(i + 1).start() == tokens.get(i).end() + 1) {
                continue; // "European Rail Traffic Management System": a suffix inside a longer capitalized name
            }
            String name = NameTokens.tokensText(tokens, first, i + 1);
            String nationality = first > 0 ? claims.demonymAt(tokens.get(first - 1).start(), tokens.get(first - 1).end()) : null;
            OrganizationHit hit = OrganizationHit.of(new Organization(name, null, kind, nationality),
                    tokens.get(first).start(), tokens.get(i).end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /** Kept in code, as "of" after a suffix below: the English links inside a name before its suffix. */
    private static final Set<String> ENGLISH_LINKS = Set.of("of", "and");

    /**
     * "Port of Antwerp International", "China Petroleum and Chemical Corporation": an English "of" or "and" between
     * two capitalized words of a name.
     */
    private static boolean isEnglishLink(List<Token> tokens, int at) {
        return at > 0 && ENGLISH_LINKS.contains(tokens.get(at).text()) && tokens.get(at - 1).isCapitalized()
                && tokens.get(at + 1).isCapitalized();
    }

    /**
     * The last token of the legal forms that close a name whose last token is {@code last}: "Kappa Rail
     * Engineering Corp.", "Hoyer GmbH & Co. KG" (forms joined by "&" or after an abbreviation's period).
     */
    int pastLegalForms(List<Token> tokens, int last) {
        int at = last;
        while (true) {
            if (at + 1 < tokens.size() && lexicon.kindOfSuffix.containsKey(tokens.get(at + 1).text())) {
                at++;
            } else if (at + 2 < tokens.size() && SUFFIX_JOINERS.contains(tokens.get(at + 1).text())
                    && lexicon.kindOfSuffix.containsKey(tokens.get(at + 2).text())) {
                at += 2;
            } else {
                return at;
            }
        }
    }

    /** Most capitalized words between "and" after a suffix and the suffix that ends the name: "and Chemical Corporation". */
    private static final int JOINED_WORDS = 3;

    /**
     * "China Petroleum and Chemical Corporation": after a suffix, "and" or "&" and capitalized words ending on another
     * suffix go on with the name; the token of that suffix, else {@code suffix}.
     */
    private int pastJoinedSuffix(List<Token> tokens, int suffix) {
        if (suffix + 2 >= tokens.size() || !ENGLISH_LINKS.contains(tokens.get(suffix + 1).text())
                && !tokens.get(suffix + 1).text().equals("&")) {
            return suffix;
        }
        for (int at = suffix + 2; at < tokens.size() && at - suffix - 1 <= JOINED_WORDS
                && tokens.get(at).isWord() && tokens.get(at).isCapitalized(); at++) {
            if (lexicon.kindOfSuffix.containsKey(tokens.get(at).text())) {
                return at;
            }
        }
        return suffix;
    }

    /** Most words of an English complement after a name's suffix: "of Economics and Law". */
    private static final int MAX_ENGLISH_COMPLEMENT = 6;

    /**
     * The last token of an English complement after a name's last token {@code last}: "Zhongnan University
     * of Economics and Law", "Korea Institute of Science and Technology": "of" and capitalized words,
     * joined by connectors of the rule file ("and", "&", "of", "the"), ending on a capitalized word;
     * {@code last} if none.
     */
    private int pastEnglishComplement(List<Token> tokens, int last) {
        if (last + 2 >= tokens.size() || !tokens.get(last + 1).text().equals("of")) {
            return last;
        }
        int end = last;
        for (int at = last + 2; at < tokens.size() && at - last <= MAX_ENGLISH_COMPLEMENT; at++) {
            Token token = tokens.get(at);
            if (token.isCapitalized() && token.isWord()) {
                end = at;
            } else if (!lexicon.connectors.contains(token.text())) {
                break;
            }
        }
        return end;
    }
}
