package org.entente.extract.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * People the article introduces with their state, by surname: "le ministre français de la Défense
 * Jean-Yves Le Drian", "son homologue qatari, le général Hamad ben Ali Al-Attiyah", "pour l'Etat du
 * Qatar, par le général Ahmad al-Malki". A later "signé par le général Malki et …" signs for that state.
 */
final class SignatoryNames {
    /** Most tokens between a state and a person's title: "du Qatar, par le général". */
    private static final int TITLE_REACH = 4;
    /** Most tokens from a title to its own state's demonym: "le président russe", "le Premier ministre indien". */
    private static final int OWN_STATE_REACH = 2;
    /** Most tokens between a title (or the state after it) and the given name: "de la Défense Jean-Yves". */
    private static final int NAME_REACH = 10;

    /** Most words, beyond the first, of a name whose first word may be the family name: "Moon Jae-in". */
    private static final int FAMILY_FIRST_WORDS = 2;

    private final AgreementCues cues;

    SignatoryNames(AgreementCues cues) {
        this.cues = cues;
    }

    /** Each surname the article introduces with a title and one state (folded), with that state. */
    Map<String, String> statesBySurname(ArticleContext context) {
        Map<String, String> states = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<Token> tokens = context.tokens();
        for (CountryHit hit : context.countries()) {
            if (hit.place() || hit.type() != MentionType.NAME && hit.type() != MentionType.DEMONYM) {
                continue;
            }
            int first = context.firstTokenFrom(hit.start());
            int after = context.firstTokenFrom(hit.end());
            int nameFrom = -1;
            for (int t = after; t < Math.min(tokens.size(), after + TITLE_REACH); t++) {
                if (isTitle(context, tokens.get(t))) {
                    // "du Qatar, par le général Ahmad …", "qatari, le général Hamad …"; but "en Syrie, le
                    // président russe Vladimir …" gives the person's own state after the title
                    nameFrom = ownStateAfter(context, tokens, t, hit.iso2()) ? -1 : t + 1;
                    break;
                }
            }
            for (int t = Math.max(0, first - 2); nameFrom < 0 && t < first; t++) {
                if (isTitle(context, tokens.get(t))) {
                    nameFrom = after; // "le ministre français de la Défense Jean-Yves Le Drian", "le président du Sénégal, Macky Sall"
                }
            }
            for (String surname : nameFrom < 0 ? List.<String>of() : surnamesFrom(context, tokens, nameFrom)) {
                if (!ambiguous.contains(surname)) {
                    String known = states.putIfAbsent(surname, hit.iso2());
                    if (known != null && !known.equals(hit.iso2())) {
                        states.remove(surname);
                        ambiguous.add(surname);
                    }
                }
            }
        }
        return states;
    }

    /**
     * The surname (folded, particle left out) of the person whose name is the first run of name words
     * within reach that follows the title right away, opens with a given name or has two words or more
     * ("de la Défense Sadio Camara": the run's last word is the surname); none when none does. A name
     * of two or three words that opens with no given name may put the family name first ("le premier
     * ministre chinois Li Keqiang", later "M. Li"): its first word is one too.
     */
    private List<String> surnamesFrom(ArticleContext context, List<Token> tokens, int from) {
        for (int t = from; t < Math.min(tokens.size(), from + NAME_REACH); t++) {
            Token token = tokens.get(t);
            if (!token.isWord()) {
                if (token.text().equals(",")) {
                    continue; // "le président kazakh, Kassym-Jomart Tokaïev"
                }
                return List.of();
            }
            if (!isNameWord(context, token)) {
                continue;
            }
            int last = t;
            for (int n = t + 1; n < tokens.size(); n++) {
                Token next = tokens.get(n);
                if (Words.breaksALine(context.text().text(), tokens.get(n - 1).end(), next.start())) {
                    break; // "… le Premier ministre libanais Najib Mikati\n\nDJEDDAH: …": a dateline, not the name
                }
                if (isNameWord(context, next)) {
                    last = n;
                } else if (!(cues.is(WordRole.NAME_PARTICLE, context.foldedWord(next)) && n + 1 < tokens.size()
                        && isNameWord(context, tokens.get(n + 1)))) {
                    break;
                }
            }
            if (t != from && last == t && !cues.isFirstName(token.text())) {
                continue; // "des Affaires étrangères Yassine Fall": one office word, not the name
            }
            String surname = surname(context, tokens.get(last));
            return last > t && last - t <= FAMILY_FIRST_WORDS && !cues.isFirstName(token.text())
                    ? List.of(surname, surname(context, token)) : List.of(surname);
        }
        return List.of();
    }

    /** The known state of a person's name at this token ("Malki" of "le général Malki"), or null. */
    String stateOf(ArticleContext context, Token token, Map<String, String> statesBySurname) {
        return token.isWord() && token.isCapitalized() ? statesBySurname.get(surname(context, token)) : null;
    }

    /** A capitalized word, or a particle glued to one ("al-Malki"). */
    private boolean isNameWord(ArticleContext context, Token token) {
        if (!token.isWord()) {
            return false;
        }
        if (token.isCapitalized()) {
            return !cues.is(WordRole.PERSON_TITLE, context.foldedWord(token));
        }
        int hyphen = token.text().indexOf('-');
        return hyphen > 0 && hyphen + 1 < token.text().length() && Character.isUpperCase(token.text().charAt(hyphen + 1))
                && cues.is(WordRole.NAME_PARTICLE, context.foldedWord(token).substring(0, hyphen));
    }

    /** Whether another state's demonym follows the title at {@code title} right away ("le président russe"). */
    private static boolean ownStateAfter(ArticleContext context, List<Token> tokens, int title, String iso2) {
        int end = tokens.get(Math.min(tokens.size() - 1, title + OWN_STATE_REACH)).end();
        return context.countriesNear(tokens.get(title).end(), end).stream().anyMatch(c -> c.type() == MentionType.DEMONYM
                && !c.iso2().equals(iso2) && c.start() >= tokens.get(title).end() && c.end() <= end);
    }

    private boolean isTitle(ArticleContext context, Token token) {
        return token.isWord() && cues.is(WordRole.PERSON_TITLE, context.foldedWord(token));
    }

    /** "al-Malki" and "Al-Attiyah" as "malki" and "attiyah" (folded): the particle is written or left out. */
    private String surname(ArticleContext context, Token token) {
        String word = context.foldedWord(token); // folding turns the hyphen into a space
        int hyphen = token.text().indexOf('-');
        return hyphen > 0 && cues.is(WordRole.NAME_PARTICLE, word.substring(0, hyphen)) ? word.substring(hyphen + 1) : word;
    }
}
