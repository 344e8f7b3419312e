package org.entente.extract.organization;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;

/** Finds acronyms that stand alone, no name spelled out beside them: "le FMI", "de la BAD". */
final class LoneAcronymFinder {
    private static final Set<String> CREDIT_DASHES = Set.of("-", "\u2013", "\u2014");
    private final OrganizationLexicon lexicon;

    LoneAcronymFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An all-capital word of 2 to 8 letters that is not a known non-organization, numeral or code. */
    void find(NormalizedText text, List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        // counted and judged once each, so a long text with many capitals stays linear; only words
        // shaped like an acronym are counted, as only their counts are asked for
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        tokens.stream().filter(LoneAcronymFinder::isAcronymShaped).forEach(t -> occurrences.merge(t.text(), 1, Integer::sum));
        Set<String> things = acronymsOfThings(tokens);
        java.util.Map<Integer, Boolean> capitalLines = new java.util.HashMap<>();
        LineStarts lines = new LineStarts(text.text());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String t = token.text();
            if (!isAcronymShaped(token) || lexicon.notOrganizations.contains(t) || NameTokens.isRomanNumeral(t)
                    || things.contains(t) || afterASingularIndefinite(tokens, i)
                    || claims.isTaken(token.start(), token.end())
                    || afterAGivenName(tokens, i) || inCapitalLine(text.text(), lines.of(token.start()), capitalLines)
                    || isSourceCredit(text.text(), tokens, i, lines.of(token.start())) || inHandle(text.text(), token)
                    || !(lexicon.afterDeterminer(tokens, i) || occurrences.get(t) >= 2)) {
                continue;
            }
            OrganizationHit hit = OrganizationHit.of(new Organization(t, t, "other", null), token.start(), token.end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /** Most words of a document's name before its bracketed acronym. */
    private static final int DOCUMENT_NAME_WORDS = 10;

    /**
     * The acronyms of things, not organizations, anywhere in the article: a code it numbers ("TFT II et TFT Sud", "OML
     * 130"), and an acronym it defines in brackets after a document's name ("la Convention des Nations unies sur le
     * droit de la mer (CNUDM)", "un code de conduite juridiquement contraignant (COC)"), a name headed by a document's
     * noun after an article or a preposition, not inside a longer name ("Organisation du Traité …").
     */
    private Set<String> acronymsOfThings(List<Token> tokens) {
        Set<String> things = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isAcronymShaped(tokens.get(i))) {
                continue;
            }
            if (followedByNumber(tokens, i) || i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).text().equals("(")
                    && tokens.get(i + 1).text().equals(")") && namesADocument(tokens, i - 1) || spelledOutInLowerCase(tokens, i)) {
                things.add(tokens.get(i).text());
            }
        }
        return things;
    }

    /**
     * "aux VBMR (véhicule blindé multirôle)": an acronym spelled out in brackets right after it by two common words or
     * more in lower case, the first its first letter, names a thing; an organization's name is capitalized.
     */
    private static boolean spelledOutInLowerCase(List<Token> tokens, int i) {
        String acronym = tokens.get(i).text();
        if (i + 3 >= tokens.size() || !tokens.get(i + 1).text().equals("(")
                || Character.toUpperCase(tokens.get(i + 2).text().charAt(0)) != acronym.charAt(0)) {
            return false;
        }
        int words = 0;
        for (int k = i + 2; k < tokens.size() && !tokens.get(k).text().equals(")"); k++) {
            if (!tokens.get(k).isWord() || !Character.isLowerCase(tokens.get(k).text().charAt(0)) || ++words > acronym.length() * 2) {
                return false;
            }
        }
        return words >= 2;
    }

    /** Whether a document's noun heads the name before the bracket at token {@code open}, a few words back. */
    private boolean namesADocument(List<Token> tokens, int open) {
        for (int k = open - 1; k >= 1 && k >= open - DOCUMENT_NAME_WORDS && tokens.get(k).isWord(); k--) {
            if (lexicon.documentNouns.contains(TextNormalizer.fold(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT)))
                    && !tokens.get(k - 1).isCapitalized() && tokens.get(k - 1).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** "d'un COC effectif": an acronym after a singular indefinite article is a common noun. */
    private boolean afterASingularIndefinite(List<Token> tokens, int i) {
        return i > 0 && lexicon.singularIndefinites.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a token is part of a social-media handle or identifier ("@PEJ_PL", "MKiS_GOV_PL"): no name. */
    private static boolean inHandle(String text, Token token) {
        int at = token.start();
        boolean underscore = false;
        while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) {
            underscore |= text.charAt(at - 1) == '_';
            at--;
        }
        return underscore || at > 0 && text.charAt(at - 1) == '@'
                || token.end() < text.length() && text.charAt(token.end()) == '_';
    }

    /**
     * "LA DÉPÊCHE - La Mauritanie et …": capitals opening a line and followed by a dash credit the
     * article's source, as a dateline does; they name no party.
     */
    private static boolean isSourceCredit(String text, List<Token> tokens, int i, int lineStart) {
        if (i > 0 && i + 2 < tokens.size() && tokens.get(i - 1).text().equals("(") && tokens.get(i + 1).text().equals(")")) {
            // "Kinshasa, 1er mars (ACP).- Le Kenya …", "Hanoï (VNA) - …": the agency a dateline credits
            int after = tokens.get(i + 2).text().equals(".") && i + 3 < tokens.size() ? i + 3 : i + 2;
            if (CREDIT_DASHES.contains(tokens.get(after).text())) {
                return true;
            }
        }
        int first = i;
        while (first > 0 && tokens.get(first - 1).start() >= lineStart && tokens.get(first - 1).isAllCaps()) {
            first--;
        }
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).isAllCaps() && tokens.get(next).isWord()) {
            next++;
        }
        return text.substring(lineStart, tokens.get(first).start()).isBlank() && next < tokens.size()
                && CREDIT_DASHES.contains(tokens.get(next).text());
    }

    /** All capitals, 2 to 8 letters and nothing else. */
    private static boolean isAcronymShaped(Token token) {
        String t = token.text();
        if (t.length() < 2 || t.length() > 8 || !token.isAllCaps()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Mme Patricia AUBRAS": a surname in capitals after a given name is a person's. */
    private boolean afterAGivenName(List<Token> tokens, int i) {
        return i > 0 && lexicon.givenNames.contains(tokens.get(i - 1).text());
    }

    /** A Roman numeral up to XXIX, a phase's or a field's number ("II", "IV"), not capitals like "CCI". */
    private static final java.util.regex.Pattern SMALL_ROMAN_NUMERAL = java.util.regex.Pattern.compile("X{0,2}(IX|IV|V?I{0,3})");

    /** "OML-130", "le bloc OML 130", "le contrat TFT II": a code with its number, no organization. */
    private static boolean followedByNumber(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end() + 1) {
            String next = tokens.get(i + 1).text();
            if (next.chars().allMatch(Character::isDigit) || next.length() >= 2 && SMALL_ROMAN_NUMERAL.matcher(next).matches()) {
                return true;
            }
        }
        return i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && Character.isDigit(tokens.get(i + 2).text().charAt(0));
    }

    /** A line mostly in capitals (a shouted headline) names nothing by its capitals. */
    private static boolean inCapitalLine(String text, int lineStart, java.util.Map<Integer, Boolean> judged) {
        return judged.computeIfAbsent(lineStart, s -> isCapitalLine(text, s));
    }

    /** The start of the line of offsets asked in increasing order, found by reading the text once. */
    private static final class LineStarts {
        private final String text;
        private int read;
        private int lineStart;

        LineStarts(String text) {
            this.text = text;
        }

        int of(int offset) {
            for (; read < offset; read++) {
                if (text.charAt(read) == '\n') {
                    lineStart = read + 1;
                }
            }
            return lineStart;
        }
    }

    private static boolean isCapitalLine(String text, int s) {
        int e = text.indexOf('\n', s);
        String line = text.substring(s, e < 0 ? text.length() : e);
        long words = 0;
        long capitals = 0;
        for (Token token : Token.tokenize(line)) {
            if (token.isWord() && token.text().length() > 2) {
                words++;
                capitals += token.isAllCaps() ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 2 > words;
    }
}
