package org.entente.extract.text;

/**
 * Whether text as written fits an alias's capitals: each capital of the alias is a capital in the text;
 * an acronym of four letters or more also fits the title case the French press gives acronyms read as
 * words ("Otan", "Nasa", "Unesco"), alone or ending a longer name ("Banque de développement de la Cedeao").
 */
public final class CaseRule {
    /** Shortest acronym written in title case: "Onu" is rarer than "ONU", and short words abound. */
    private static final int TITLE_CASE_ACRONYM = 4;

    private CaseRule() {
    }

    public static boolean fits(String alias, String surface) {
        if (Token.isAllCaps(surface)) {
            return true; // text in capitals (a headline, an acronym) fits any alias
        }
        if (isTitleCaseOfAcronym(alias, surface)) {
            return true;
        }
        for (int i = 0; i < alias.length() && i < surface.length(); i++) {
            if (Character.isUpperCase(alias.charAt(i)) && !Character.isUpperCase(surface.charAt(i))
                    // "l'Asie du Sud-est" for "l'Asie du Sud-Est": the second half of a compound in lower case
                    && !(i > 1 && alias.charAt(i - 1) == '-'
                            && Character.isUpperCase(alias.charAt(alias.lastIndexOf(' ', i) + 1)))
                    && !isParticleInLowerCase(alias, surface, i)) {
                // "de la Cedeao" for "de la CEDEAO": an acronym inside a longer name in title case too
                int start = alias.lastIndexOf(' ', i) + 1;
                int end = alias.indexOf(' ', i);
                end = end < 0 ? alias.length() : end;
                if (start == 0 || end > surface.length()
                        || !isTitleCaseOfAcronym(alias.substring(start, end), surface.substring(start, end))) {
                    return false;
                }
                i = end;
            }
        }
        return true;
    }

    /**
     * "Bank al-Maghrib" for "Bank Al-Maghrib": a particle of two letters inside a name, between two capitalized
     * words, as transliterations write it either way.
     */
    private static boolean isParticleInLowerCase(String alias, String surface, int i) {
        int next = i + 3;
        return i > 0 && next < alias.length() && next < surface.length() && isWordBreak(alias.charAt(i - 1))
                && Character.isLowerCase(alias.charAt(i + 1)) && isWordBreak(alias.charAt(i + 2))
                && Character.isUpperCase(alias.charAt(next)) && Character.isUpperCase(surface.charAt(next));
    }

    private static boolean isWordBreak(char c) {
        return c == ' ' || c == '-';
    }

    /**
     * "banque mondiale" for "Banque mondiale": a name of two words or more whose only capital opens
     * it, written all in lower case, as some of the press writes well-known bodies.
     */
    public static boolean isLowerCaseOfSentenceCase(String alias, String surface) {
        if (alias.indexOf(' ') < 0 || surface.isEmpty() || !Character.isUpperCase(alias.charAt(0))) {
            return false;
        }
        for (int i = 1; i < alias.length(); i++) {
            if (Character.isUpperCase(alias.charAt(i))) {
                return false;
            }
        }
        return surface.equals(surface.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Dassault aviation" for "Dassault Aviation": a name of two words or more whose first word is written
     * as the alias writes it, capital included, and whose later words only lost their capitals.
     */
    public static boolean isLowerCaseTail(String alias, String surface) {
        int space = alias.indexOf(' ');
        if (space < 0 || alias.length() != surface.length() || !Character.isUpperCase(alias.charAt(0))
                || !alias.regionMatches(0, surface, 0, space)) {
            return false;
        }
        String tail = surface.substring(space);
        if (!tail.equals(tail.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "TotalEnergies se dit …": a word of two letters in lower case is a pronoun or an article, not "SE" or "SA"
        for (String word : tail.strip().split(" ")) {
            if (word.length() <= 2) {
                return false;
            }
        }
        return true;
    }

    /** "Nasa" for "NASA": an acronym of {@value #TITLE_CASE_ACRONYM} letters or more written as a word. */
    public static boolean isTitleCaseOfAcronym(String alias, String surface) {
        return isTitleCaseOfAcronym(alias, surface, TITLE_CASE_ACRONYM);
    }

    /** "Onu" for "ONU": an acronym of {@code shortest} letters or more written as a word. */
    public static boolean isTitleCaseOfAcronym(String alias, String surface, int shortest) {
        return alias.length() >= shortest && alias.length() == surface.length() && isLettersInCapitals(alias)
                && surface.charAt(0) == alias.charAt(0)
                && surface.substring(1).equals(surface.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isLettersInCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
