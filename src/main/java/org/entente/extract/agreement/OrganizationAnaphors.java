package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;

/**
 * "La Banque mondiale finance déjà des projets au Niger. Un accord a été signé entre le Niger et la banque": a
 * definite article and the common noun that introduces organizations of a kind ("la banque", "le groupe",
 * "l'université", written in lower case or not: "la Banque"), with no name after it, stands for the nearest
 * organization of that kind named before it; "l'institution", "ladite institution" for the nearest organization of
 * any kind; "le pays" and "l'État" stand for the nearest country named before. "cette", "ladite" point back as "la" does.
 */
final class OrganizationAnaphors {
    /** Most sentences before the noun's own in which the organization it stands for may be named. */
    static final int REACH = 3;
    /** Most words of the organization's own name after its noun: "la société islamique", "la banque ouest-africaine". */
    private static final int MOST_NAME_WORDS = 2;

    /** The kinds of organization a cue's kind may stand for: "le groupe" (company) a state company too. */
    private static final Map<String, Set<String>> STANDS_FOR = Map.of(
            "company", Set.of("company", "state_company"),
            "financial", Set.of("financial"),
            "state_agency", Set.of("state_agency", "state_company"),
            "academic", Set.of("academic"),
            "ngo", Set.of("ngo", "igo", "other"));

    private final AgreementCues cues;
    /** The singular nouns that introduce organizations ("banque", "groupe"), folded, and the kind each introduces. */
    private final Map<String, String> kindOfNoun = new HashMap<>();
    /** Words that may follow the noun when it stands alone ("la banque a signé", "le groupe et l'État"), folded. */
    private final Set<String> followers = new HashSet<>();

    OrganizationAnaphors(AgreementCues cues, RuleFiles rules) {
        this.cues = cues;
        for (String[] row : rules.rows("organization_cues.tsv")) {
            if (row.length > 2 && row[1].equals("before") && STANDS_FOR.containsKey(row[2])) {
                kindOfNoun.put(TextNormalizer.fold(row[0]), row[2]);
            }
        }
        // a plural ("les groupes") stands for no one organization; "fonds" has no other form and stays
        kindOfNoun.keySet().removeIf(noun -> noun.endsWith("s") && kindOfNoun.containsKey(noun.substring(0, noun.length() - 1)));
        for (String[] row : rules.rows("stopwords.tsv")) {
            String word = TextNormalizer.fold(row[0]);
            if (row[1].equals("fr") && !cues.is(WordRole.OF, word) && !word.equals("des")) {
                followers.add(word);
            }
        }
    }

    /** Each noun in [start, end) that stands for an organization named before it, and that organization; offsets of the noun. */
    List<Resolved> in(ArticleContext context, int start, int end) {
        List<Resolved> found = new ArrayList<>();
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(start); t + 1 < tokens.size() && tokens.get(t + 1).end() <= end; t++) {
            Token noun = tokens.get(t + 1);
            String word = context.foldedWord(noun);
            String kind = kindOfNoun.get(word);
            boolean state = cues.is(PartyCue.STATE_ANAPHOR, word);
            boolean any = cues.is(PartyCue.ORGANIZATION_ANAPHOR, word);
            String determiner = context.foldedWord(tokens.get(t));
            if (kind == null && !state && !any
                    || !cues.is(WordRole.DEFINITE_ARTICLE, determiner) && !cues.is(WordRole.ANAPHORIC_DETERMINER, determiner)
                    || context.insideOrganization(noun.start(), noun.end())) {
                continue;
            }
            if (any) {
                // "ladite institution", "l'institution financière": the organization named last, whatever its kind
                int after = pastDescribingWords(context, tokens, t + 2, end);
                Party party = standsAlone(context, tokens, after) ? organizationBefore(context, tokens.get(t).start(), o -> true) : null;
                if (party != null) {
                    // "l'institution financière indienne": the words after the noun describe it, no party of their own
                    found.add(new Resolved(party, noun.start(), tokens.get(after - 1).end()));
                }
                continue;
            }
            // "le groupe français a signé": the organization of that kind from that country
            CountryHit demonym = state ? null : demonymAt(context, t + 2);
            if (demonym != null) {
                int after = context.firstTokenFrom(demonym.end());
                Party party = standsAlone(context, tokens, after) && demonym.end() <= end
                        ? organizationBefore(context, tokens.get(t).start(), o -> STANDS_FOR.get(kind).contains(o.kind())
                                && demonym.iso2().equals(o.countryIso2())) : null;
                if (party != null) {
                    found.add(new Resolved(party, noun.start(), demonym.end()));
                }
                continue;
            }
            // "la société islamique a signé": words of the name itself may follow the noun
            int next = state ? t + 2 : pastDescribingWords(context, tokens, t + 2, end);
            List<String> nameWords = new ArrayList<>();
            for (int w = t + 2; w < next; w++) {
                nameWords.add(context.foldedWord(tokens.get(w)));
            }
            // "la compagnie nationale des hydrocarbures": the field it works in, after "de", describes it too
            int field = state ? next : pastItsField(context, tokens, next, end);
            if (!standsAlone(context, tokens, field)) {
                continue;
            }
            boolean described = field > next;
            if (described && namedInApposition(context, tokens, field)) {
                continue; // "l'opérateur public des ports, Société nationale des ports (SNPG)": it describes that one
            }
            next = field;
            Party party = state ? countryBefore(context, tokens.get(t).start())
                    // words of its name say which it is, whatever its kind: "la société islamique" for a financial body
                    : organizationBefore(context, tokens.get(t).start(), nameWords.isEmpty()
                            ? o -> STANDS_FOR.get(kind).contains(o.kind())
                            : o -> hasWords(o.name(), nameWords) || described && STANDS_FOR.get(kind).contains(o.kind()));
            if (party != null) {
                found.add(new Resolved(party, noun.start(), described ? tokens.get(next - 1).end() : noun.end()));
            }
        }
        return found;
    }

    /** Whether a comma at token {@code next} opens an organization's name: the words before describe it. */
    private static boolean namedInApposition(ArticleContext context, List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).text().equals(",")) {
            return false;
        }
        int comma = tokens.get(next).end();
        return context.organizationsNear(comma, comma + 2).stream().anyMatch(o -> o.start() >= comma && o.start() - comma <= 2);
    }

    /** "de", "du", "d'" or "des", folded. */
    private boolean isOf(String folded) {
        return cues.is(WordRole.OF, folded) || folded.equals("des");
    }

    /** The token after "de", "du" or "des" and one word in lower case from token {@code from} ("des hydrocarbures"); else {@code from}. */
    private int pastItsField(ArticleContext context, List<Token> tokens, int from, int end) {
        if (from + 1 >= tokens.size() || tokens.get(from + 1).end() > end) {
            return from;
        }
        String of = context.foldedWord(tokens.get(from));
        Token word = tokens.get(from + 1);
        boolean field = isOf(of) && word.isWord()
                && Character.isLowerCase(word.text().charAt(0)) && !followers.contains(context.foldedWord(word));
        return field ? from + 2 : from;
    }

    /** The token after the few words in lower case, none a function word, that follow a noun from token {@code from}. */
    private int pastDescribingWords(ArticleContext context, List<Token> tokens, int from, int end) {
        int next = from;
        while (next - from < MOST_NAME_WORDS && next < tokens.size() && tokens.get(next).end() <= end
                && tokens.get(next).isWord() && Character.isLowerCase(tokens.get(next).text().charAt(0))
                && !followers.contains(context.foldedWord(tokens.get(next))) && !isOf(context.foldedWord(tokens.get(next)))) {
            next++;
        }
        return next;
    }

    /** An organization a noun stands for, and where its phrase is: [at, end), the noun and a demonym after it. */
    record Resolved(Party party, int at, int end) {
    }

    /** The demonym starting at token {@code t} ("français", "sud-coréen"); or null. */
    private static CountryHit demonymAt(ArticleContext context, int t) {
        if (t >= context.tokens().size()) {
            return null;
        }
        Token token = context.tokens().get(t);
        for (CountryHit hit : context.countriesNear(token.start(), token.end())) {
            if (hit.start() == token.start() && hit.type() == MentionType.DEMONYM) {
                return hit;
            }
        }
        return null;
    }

    /** Whether the token after the noun ends its phrase: punctuation, a verb's auxiliary or a frequent word, not "de". */
    private boolean standsAlone(ArticleContext context, List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return true;
        }
        Token token = tokens.get(next);
        return !Character.isLetterOrDigit(token.text().charAt(0)) || followers.contains(context.foldedWord(token));
    }

    /**
     * The organization {@code fits} accepts named last before {@code at}, in its sentence or up to {@link #REACH} before;
     * or null.
     */
    private static Party organizationBefore(ArticleContext context, int at, Predicate<Organization> fits) {
        int from = reachStart(context, at);
        OrganizationHit nearest = null;
        for (OrganizationHit hit : context.organizationsNear(from, at)) {
            if (hit.start() >= from && hit.end() <= at && fits.test(hit.organization())
                    && (nearest == null || hit.start() > nearest.start())) {
                nearest = hit;
            }
        }
        return nearest == null ? null : Party.organization(nearest.organization());
    }

    /** Whether an organization's name holds each of {@code words} (folded) as a word of its own. */
    private static boolean hasWords(String name, List<String> words) {
        Set<String> own = new HashSet<>(List.of(TextNormalizer.fold(name).split("[^\\p{L}\\p{N}]+")));
        return own.containsAll(words);
    }

    /** The country named last before {@code at}, by name, demonym or as a place, within {@link #REACH} sentences; or null. */
    private static Party countryBefore(ArticleContext context, int at) {
        int from = reachStart(context, at);
        CountryHit nearest = null;
        for (CountryHit hit : context.countriesNear(from, at)) {
            if (hit.start() >= from && hit.end() <= at && (nearest == null || hit.start() > nearest.start())) {
                nearest = hit;
            }
        }
        return nearest == null ? null : Party.country(nearest.iso2());
    }

    /** Where the sentences an anaphor may look back over start: its own and up to {@link #REACH} before. */
    private static int reachStart(ArticleContext context, int at) {
        int sentence = context.sentenceAt(at).index();
        return context.sentences().get(Math.max(0, sentence - REACH)).start();
    }
}
