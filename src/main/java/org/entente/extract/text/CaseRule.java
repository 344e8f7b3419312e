package org.entente.extract.text;

/** Whether text as written fits an alias's capitals: each capital of the alias is a capital in the text. */
public final class CaseRule {
    private CaseRule() {
    }

    public static boolean fits(String alias, String surface) {
        if (Token.isAllCaps(surface)) {
            return true; // text in capitals (a headline, an acronym) fits any alias
        }
        for (int i = 0; i < alias.length() && i < surface.length(); i++) {
            if (Character.isUpperCase(alias.charAt(i)) && !Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
