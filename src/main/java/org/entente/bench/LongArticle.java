package org.entente.bench;

import java.util.Random;

/**
 * One very long synthetic article: short agreement sentences between drawn countries and
 * organizations, one after another, the worst case for an extractor that is not linear.
 */
public final class LongArticle {
    private static final String[] KINDS = {"un accord", "un mémorandum d'entente", "un traité", "un contrat",
        "une déclaration commune"};
    private static final String[] VERBS = {"ont signé", "signeront", "ont conclu"};

    private final BenchEntities entities = new BenchEntities();
    private final long seed;

    public LongArticle(long seed) {
        this.seed = seed;
    }

    /** The article's text, header line included, of about {@code bytes} UTF-8 bytes. */
    public String text(int bytes) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(bytes + 200).append(" date 2025-03 Accords en série\n");
        while (text.length() < bytes) {
            CountryName a = entities.country(random);
            CountryName b = entities.country(random);
            String second = random.nextInt(4) == 0 ? entities.organization(random, b) : b.subject();
            text.append(capitalized(a.subject())).append(" et ").append(second).append(' ')
                    .append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                    .append(KINDS[random.nextInt(KINDS.length)]).append(". ");
            if (random.nextInt(8) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
