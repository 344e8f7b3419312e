package org.entente.extract.organization;

import java.util.List;
import java.util.regex.Pattern;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/** How the tokens of an organization's name look: a run of capitalized words, its text, an acronym. */
final class NameTokens {
    private NameTokens() {
    }

    static boolean isSentenceStart(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).text();
        return before.equals(".") || before.equals("\n") || Character.isLowerCase(before.charAt(0)) && before.endsWith("'");
    }

    /** Most capitalized words of a run: "Sine Saloum El Hâdj Ibrahima Niass", a place named after a person. */
    private static final int MAX_RUN_WORDS = 6;

    /** End (exclusive token index) of a run of capitalized words starting at {@code k}. */
    static int capitalizedRun(String text, List<Token> tokens, int k) {
        int end = k;
        int words = 0;
        while (end < tokens.size() && words < MAX_RUN_WORDS && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                && !tokens.get(end).text().endsWith("'")
                // a name stays on its line: "… quitte l'Iran" then "Mi-mai, le groupe …" are no name
                && (end == k || !Words.breaksALine(text, tokens.get(end - 1).end(), tokens.get(end).start()))) {
            end++;
            words++;
            // "Hyundai Engineering & Construction": words joined by "&"
            if (end + 1 < tokens.size() && tokens.get(end).text().equals("&") && tokens.get(end + 1).isCapitalized()) {
                end++;
            }
        }
        return end;
    }

    /** A model's designation: letters, a hyphen and a number ("F-35", "Su-57", "KF-21A"). */
    private static final Pattern MODEL = Pattern.compile("\\p{L}{1,4}-\\d+\\p{L}?");

    /** Whether a word is a model's designation ("F-35", "MiG-29"), which names a product, no organization. */
    static boolean isModelDesignation(String t) {
        return MODEL.matcher(t).matches();
    }

    static boolean isRomanNumeral(String t) {
        return t.matches("[IVXLCDM]+") && t.length() <= 5 && !t.equals("CD") && !t.equals("DC") && !t.equals("MD");
    }

    static String acronymOrNull(String name) {
        return name.length() <= 8 && name.chars().noneMatch(Character::isLowerCase) && !name.contains(" ") ? name : null;
    }

    static String tokensText(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            // no space after an elision, nor before the period of an abbreviation ("Co. KG")
            if (k > from && !tokens.get(k - 1).text().endsWith("'") && !tokens.get(k).text().equals(".")) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
