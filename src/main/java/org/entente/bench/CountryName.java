package org.entente.bench;

import java.util.Set;

/**
 * A country's French name with the article French puts before it, guessed from its spelling
 * ("le Pérou", "la Corée du Sud", "l'Inde", "les Philippines", "Singapour").
 */
record CountryName(String iso2, String name, String article, String capital) {
    private static final Set<String> MASCULINE_IN_E = Set.of("Mexique", "Cambodge", "Mozambique", "Zimbabwe",
            "Belize", "Suriname", "Royaume-Uni");
    private static final Set<String> WITHOUT_ARTICLE = Set.of("Singapour", "Cuba", "Malte", "Monaco", "Israël",
            "Madagascar", "Chypre", "Taïwan", "Bahreïn", "Oman", "Djibouti", "Haïti", "Hong Kong", "Macao",
            "Maurice", "Nauru", "Tuvalu", "Kiribati", "Samoa", "Tonga", "Vanuatu", "Palaos", "Brunei");

    static CountryName of(String iso2, String name, String capital) {
        return new CountryName(iso2, name, articleOf(name), capital);
    }

    private static String articleOf(String name) {
        String first = name.split("[ -]")[0];
        if (WITHOUT_ARTICLE.contains(name)) {
            return "";
        } else if (first.endsWith("s") && first.length() > 3) {
            return "les ";
        } else if ("AEIOUYÉÈÊÎÔ".indexOf(name.charAt(0)) >= 0) {
            return "l'";
        } else if (first.endsWith("e") && !MASCULINE_IN_E.contains(first) && !MASCULINE_IN_E.contains(name)) {
            return "la ";
        }
        return "le ";
    }

    /** "le Pérou". */
    String subject() {
        return article + name;
    }

    /** "du Pérou", "de la Corée du Sud", "de l'Inde", "des Philippines". */
    String of() {
        return switch (article) {
            case "le " -> "du " + name;
            case "les " -> "des " + name;
            case "" -> "de " + name;
            default -> "de " + article + name;
        };
    }

    /** "au Pérou", "en Corée du Sud", "en Inde", "aux Philippines", "à Singapour". */
    String to() {
        return switch (article) {
            case "le " -> "au " + name;
            case "les " -> "aux " + name;
            case "" -> "à " + name;
            default -> "en " + name;
        };
    }
}
