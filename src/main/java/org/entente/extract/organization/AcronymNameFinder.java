package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;

/** Finds "Korea Aerospace Industries (KAI)": a capitalized name and the acronym in parentheses after it. */
final class AcronymNameFinder {
    private static final int MAX_NAME_WORDS = 12;
    /** Longest acronym spelled out after a comma: "la Cgeci, Confédération générale …". */
    private static final int MAX_EXPANDED_ACRONYM = 8;

    /** Most words of a person's name that initials in brackets may follow: "Alassane Dramane Ouattara (ADO)". */
    private static final int PERSON_NAME_WORDS = 4;
    private final Set<String> givenNames;
    private final Set<String> notOrganizations;
    private final Set<String> connectors;
    private final Map<String, String> kindOfSuffix;

    private final Set<String> sentenceOpeners;

    AcronymNameFinder(Set<String> notOrganizations, Set<String> connectors, Map<String, String> kindOfSuffix,
                      Set<String> sentenceOpeners, Set<String> givenNames) {
        this.givenNames = givenNames;
        this.notOrganizations = notOrganizations;
        this.connectors = connectors;
        this.kindOfSuffix = kindOfSuffix;
        this.sentenceOpeners = sentenceOpeners;
    }

    /**
     * "Korea Aerospace Industries (KAI)": the name and its acronym, one organization; a Roman numeral
     * ("Louis (XIV)") only when the name's initials spell it ("Corporation commerciale canadienne (CCC)").
     */
    void find(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                         List<OrganizationHit> found) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(")) {
                continue;
            }
            Token acronym = tokens.get(i + 1);
            int close = closingParenthesis(tokens, i);
            if (close < 0 || !looksLikeAcronym(acronym) || claims.isCountry(acronym.start(), acronym.end())) {
                continue;
            }
            String written = text.text().substring(acronym.start(), tokens.get(close - 1).end());
            int first = nameStart(tokens, i, acronym.text());
            while (first >= 0 && first < i - 1 && sentenceOpeners.contains(tokens.get(first).text())) {
                first++; // "Ce sont des protocoles d'accord (MOU)": a sentence's first word opens no name
            }
            if (first >= 0 && isTitleCase(acronym.text()) && !startsLike(tokens.get(first), acronym.text())) {
                // "l'organisation des États américains (Oea)": the name may open in lower case
                first = lowerCaseStart(tokens, i, acronym.text());
            }
            if (first >= 0 && (!tokens.get(first).isCapitalized() && !isTitleCase(acronym.text()) || isTitleCase(acronym.text())
                    && !startsLike(tokens.get(first), acronym.text()))) {
                continue; // "la province de Long An (Sud)": a word in title case names no name it does not start like
            }
            if (first < 0 || NameTokens.isRomanNumeral(acronym.text())
                    && initialsMatched(tokens, first, i, acronym.text()) < acronym.text().length()
                    || claims.isTaken(acronym.start(), acronym.end())
                    && initialsMatched(tokens, first, i, acronym.text()) < acronym.text().length()
                    || notOrganizations.contains(tokens.get(first).text())
                    // "Alassane Ouattara (ADO)": a person known by initials
                    || givenNames.contains(tokens.get(first).text()) && i - first <= PERSON_NAME_WORDS
                    || !canClaimName(tokens, first, i, acronym.text(), claims)) {
                continue;
            }
            String name = text.text().substring(tokens.get(first).start(), tokens.get(i - 1).end());
            Organization org = new Organization(name, written, "other", null);
            OrganizationHit hit = new OrganizationHit(org, tokens.get(first).start(), tokens.get(i - 1).end(),
                    tokens.get(first).start(), tokens.get(close).end());
            claims.claim(hit);
            found.add(hit);
            found.add(new OrganizationHit(org, acronym.start(), tokens.get(close - 1).end(), acronym.start(),
                    tokens.get(close - 1).end()));
        }
    }

    /**
     * "la Cgeci, Confédération générale des entreprises de Côte d'Ivoire", "le Medef International,
     * Mouvement des entreprises de France": an acronym after a determiner (and at most one capitalized
     * word), then a comma and the name it stands for, whose initials spell all its letters but one.
     */
    void findExpanded(NormalizedText text, List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        for (int i = 1; i + 3 < tokens.size(); i++) {
            Token acronym = tokens.get(i);
            Token before = tokens.get(i - 1);
            // told by the comma after it first: this walks every token of the article
            if (!isCommaAt(tokens, i + 1) && !isCommaAt(tokens, i + 2) || !looksLikeAcronym(acronym)
                    || acronym.text().length() < 3 || acronym.text().length() > MAX_EXPANDED_ACRONYM
                    || !before.isWord() || before.isCapitalized()) {
                continue;
            }
            String folded = TextNormalizer.fold(before.text());
            if (!(folded.equals("l'") || connectors.contains(folded) || folded.length() <= 3)
                    || claims.isTaken(acronym.start(), acronym.end())) {
                continue;
            }
            int comma = i + 1;
            if (comma < tokens.size() && tokens.get(comma).isCapitalized() && tokens.get(comma).isWord()) {
                comma++; // "le Medef International, …"
            }
            if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",") || !tokens.get(comma + 1).isCapitalized()) {
                continue;
            }
            int first = comma + 1;
            int end = first;
            while (end < tokens.size() && end - first < MAX_NAME_WORDS && tokens.get(end).isWord()) {
                end++;
            }
            List<String> words = new ArrayList<>();
            for (int k = first; k < end; k++) {
                words.add(TextNormalizer.fold(tokens.get(k).text()).replaceAll("[^\\p{L}\\p{N}]", ""));
            }
            int spelledBy = spelledBy(TextNormalizer.fold(acronym.text()), words);
            if (spelledBy < 0) {
                continue;
            }
            end = first + spelledBy; // "… de France a signé": the name ends on the word that spells its last letters
            if (claims.isTaken(tokens.get(first).start(), tokens.get(end - 1).end())
                    && !canClaimName(tokens, first, end, acronym.text(), claims)) {
                continue;
            }
            String written = text.text().substring(acronym.start(), tokens.get(comma - 1).end());
            String name = text.text().substring(tokens.get(first).start(), tokens.get(end - 1).end());
            Organization org = new Organization(name, written, "other", null);
            OrganizationHit hit = new OrganizationHit(org, tokens.get(first).start(), tokens.get(end - 1).end(),
                    tokens.get(first).start(), tokens.get(end - 1).end());
            claims.claim(hit);
            found.add(hit);
            OrganizationHit acronymHit = new OrganizationHit(org, acronym.start(), tokens.get(comma - 1).end(), acronym.start(),
                    tokens.get(comma - 1).end());
            claims.claim(acronymHit);
            found.add(acronymHit);
            i = end - 1;
        }
    }

    /**
     * How many of {@code words} (from the first) it takes to spell {@code acronym} with the beginnings
     * of some of them, in order, the first word's among them: "cgeci" with the initials of "Confédération
     * générale des entreprises de Côte d'Ivoire", "fepaco" with "FÉdération PAtronale du COngo"; -1 if
     * they do not spell it.
     */
    static int spelledBy(String acronym, List<String> words) {
        for (int end = 1; end <= words.size(); end++) {
            String first = words.get(0);
            for (int take = Math.min(first.length(), acronym.length()); take >= 1; take--) {
                if (acronym.startsWith(first.substring(0, take)) && spells(acronym, take, words, 1, end)) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Whether {@code acronym} from {@code at} is the beginnings of some of words [from, end), in order. */
    private static boolean spells(String acronym, int at, List<String> words, int from, int end) {
        if (at == acronym.length()) {
            return true;
        }
        for (int w = from; w < end; w++) {
            String word = words.get(w);
            for (int take = Math.min(word.length(), acronym.length() - at); take >= 1; take--) {
                if (acronym.startsWith(word.substring(0, take), at) && spells(acronym, at + take, words, w + 1, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCommaAt(List<Token> tokens, int t) {
        return t < tokens.size() && tokens.get(t).text().equals(",");
    }

    private static boolean startsLike(Token token, String acronym) {
        return TextNormalizer.fold(token.text()).charAt(0) == TextNormalizer.fold(acronym).charAt(0);
    }

    /** The nearest word before the parenthesis from which the initials spell the whole acronym; or -1. */
    private static int lowerCaseStart(List<Token> tokens, int paren, String acronym) {
        for (int k = paren - 1; k >= 0 && paren - k <= MAX_NAME_WORDS && tokens.get(k).isWord(); k--) {
            if (startsLike(tokens.get(k), acronym) && initialsMatched(tokens, k, paren, acronym) == acronym.length()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isTitleCase(String word) {
        return word.chars().filter(Character::isUpperCase).count() < 2;
    }

    /** The ")" closing "(KAI)" or "(NNPC Ltd)", an acronym and at most a company suffix; or -1. */
    private int closingParenthesis(List<Token> tokens, int open) {
        if (tokens.get(open + 2).text().equals(")")) {
            return open + 2;
        }
        boolean suffixed = open + 3 < tokens.size() && kindOfSuffix.containsKey(tokens.get(open + 2).text());
        return suffixed && tokens.get(open + 3).text().equals(")") ? open + 3 : -1;
    }

    /**
     * A free name, or one holding a country or city whose initials spell the acronym: "Électricité du
     * Laos (EDL)", "Kenya Power and Lighting Company (KPLC)" name companies, not Laos or Kenya.
     */
    private static boolean canClaimName(List<Token> tokens, int first, int paren, String acronym, OrganizationClaims claims) {
        int start = tokens.get(first).start();
        int end = tokens.get(paren - 1).end();
        if (!claims.isTaken(start, end)) {
            return true;
        }
        int matched = initialsMatched(tokens, first, paren, acronym);
        // "la Société générale marocaine des banques (SGMB)": a known name inside a longer one its acronym spells out
        Token bracketed = tokens.get(paren + 1);
        // … spelt from its first word on: "l'APS que le terminal à conteneurs (TAC)" is no name
        boolean longerThanAKnownName = claims.isPartlyOrganization(start, end) && matched == acronym.length()
                && !claims.isCountry(start, end) && !claims.isTaken(bracketed.start(), bracketed.end())
                && Character.toUpperCase(tokens.get(first).text().charAt(0)) == Character.toUpperCase(acronym.charAt(0));
        return (!claims.isOrganization(start, end) || longerThanAKnownName) && !claims.isWholeCountry(start, end)
                && matched >= 2 && matched * 2 >= acronym.length();
    }

    /** How many letters of the acronym are initials of the words in [first, paren). */
    static int initialsMatched(List<Token> tokens, int first, int paren, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int k = first; k < paren; k++) {
            if (tokens.get(k).isWord()) {
                initials.append(TextNormalizer.fold(tokens.get(k).text()).charAt(0));
            }
        }
        int matched = 0;
        for (char c : TextNormalizer.fold(acronym).toCharArray()) {
            int at = initials.indexOf(String.valueOf(c));
            if (Character.isLetter(c) && at >= 0) {
                initials.deleteCharAt(at);
                matched++;
            }
        }
        return matched;
    }

    /**
     * First token of the name before "(": the capital word from which the initials spell most of
     * the acronym, the nearest on a tie; else the earliest capital word sharing the acronym's initial.
     */
    private int nameStart(List<Token> tokens, int paren, String acronym) {
        int spelled = -1;
        int spelledScore = 1;
        int best = -1;
        int fallback = -1;
        int significant = 0;
        for (int k = paren - 1; k >= 0 && paren - k <= MAX_NAME_WORDS; k--) {
            Token token = tokens.get(k);
            String folded = TextNormalizer.fold(token.text());
            if (token.isPunctuation() && !token.text().equals("-") && !connectors.contains(folded)) {
                break; // "China International Water & Electric (CWE)": a connector is part of the name
            }
            if (!connectors.contains(folded)) {
                significant++;
            }
            if (token.isCapitalized()) {
                fallback = k;
                int score = initialsMatched(tokens, k, paren, acronym);
                if (score > spelledScore) {
                    spelled = k;
                    spelledScore = score;
                }
                if (Character.toUpperCase(acronym.charAt(0)) == Character.toUpperCase(token.text().charAt(0))) {
                    best = k;
                }
            }
            if (significant > acronym.length() + 2) {
                break;
            }
        }
        int start = spelled >= 0 ? spelled : best >= 0 ? best : fallback;
        return start >= 0 && start < paren - 1 || start == paren - 1 && tokens.get(start).text().length() > 1 ? start : -1;
    }

    private boolean looksLikeAcronym(Token token) {
        String t = token.text();
        return t.length() >= 2 && t.length() <= 12 && token.isCapitalized()
                && !notOrganizations.contains(t) && t.chars().noneMatch(Character::isWhitespace);
    }
}
