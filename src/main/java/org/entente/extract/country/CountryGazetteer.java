package org.entente.extract.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.extract.model.MentionType;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.RuleLine;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.CaseRule;
import org.entente.extract.text.FoundPhrases;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Words;

/**
 * Finds states by name, demonym, capital and epithet, longest match first; regions block the
 * names they contain, and capitals after a preposition of place are places, not states.
 */
public final class CountryGazetteer {
    private static final String REGION = "region";
    private static final String CITY = "city";
    private static final String SUBNATIONAL = "subnational";
    private static final String NAME = "name";
    /** Most lower-case words between a region's name and what precedes its phrase: "dans [la province chinoise] du Yunnan". */
    private static final int REGION_NOUN_WORDS = 3;
    /** A capital that stands for an institution rather than its state ("Bruxelles", "Genève"). */
    private static final String PLACE = "place";
    /** A comma and a day's number, as after a dateline's place: ", 10 juillet". */
    private static final Pattern DATELINE_DAY = Pattern.compile(", \\d{1,2}\\b");

    /** "face à Pyongyang", "grâce à Pékin": the capital is an actor, not a place. */
    private final Set<String> notPlaceBeforeA;
    /** A title before a name that is also a country's ("le président Hollande"): the name is a person's. */
    private final Set<String> personTitles;
    private final Set<String> venues;
    private final Set<String> currencies;
    private final Set<String> coordinators;
    private final Set<String> ofWords;
    private final Set<String> toWords;
    private final Set<String> locativeArticles;

    private final PhraseMatcher<String[]> matcher;
    private final Set<String> placePrepositions = new HashSet<>();
    private final Set<String> placeNouns = new HashSet<>();
    /** The other state a word two states share means, by the word, folded. */
    private final Map<String, String> otherStateOf = new HashMap<>();
    private final Map<String, String> countryOfCity = new HashMap<>();
    private final Set<String> personLikeNames = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();

    public CountryGazetteer(RuleFiles rules) {
        notPlaceBeforeA = rules.words(WordRole.ACTOR_BEFORE_A);
        personTitles = rules.words(WordRole.PERSON_TITLE);
        venues = rules.words(WordRole.VENUE);
        currencies = rules.words(WordRole.CURRENCY);
        coordinators = rules.words(WordRole.COORDINATOR);
        ofWords = rules.words(WordRole.OF);
        toWords = rules.words(WordRole.TO);
        locativeArticles = rules.words(WordRole.LOCATIVE_ARTICLE);
        Map<String, List<String[]>> phrases = new HashMap<>();
        for (String[] row : rules.rows("countries.tsv")) {
            add(phrases, row[3], row[0], "name");
        }
        for (String file : List.of("country_names.tsv", "country_names_press.tsv")) {
            for (String[] row : rules.rows(file)) {
                add(phrases, row[0], row[1], row[2]);
            }
        }
        for (String[] row : rules.rows("cities.tsv")) {
            countryOfCity.put(TextNormalizer.fold(row[0]), row[1]);
            if (!phrases.containsKey(row[0])) {
                add(phrases, row[0], row[1], "yes".equals(row[2]) ? "capital" : CITY);
            }
        }
        for (String[] row : rules.rows("regions.tsv")) {
            add(phrases, row[0], row[1], SUBNATIONAL);
        }
        for (String[] row : rules.rows("non_country_phrases.tsv")) {
            add(phrases, row[0], "", REGION);
        }
        for (RuleLine row : rules.lines("party_cues.tsv")) {
            if (row.role(1, PartyCue.class) == PartyCue.PLACE) {
                placePrepositions.add(TextNormalizer.fold(row.cells()[0]));
            } else if (row.role(1, PartyCue.class) == PartyCue.PLACE_NOUN) {
                placeNouns.add(TextNormalizer.fold(row.cells()[0]));
            }
        }
        for (String[] row : rules.rows("shared_country_words.tsv")) {
            otherStateOf.put(TextNormalizer.fold(row[0]), row[2]);
        }
        for (String[] row : rules.rows("person_like_names.tsv")) {
            personLikeNames.add(TextNormalizer.fold(row[0]));
        }
        for (String[] row : rules.rows("first_names.tsv")) {
            firstNames.add(TextNormalizer.fold(row[0]));
        }
        matcher = new PhraseMatcher<>(phrases);
    }

    private static void add(Map<String, List<String[]>> phrases, String alias, String iso2, String type) {
        phrases.computeIfAbsent(alias, k -> new ArrayList<>()).add(new String[] {iso2, type, alias});
    }

    /** The names, demonyms, capitals and regions sought, for a scan that serves several lists. */
    public PhraseMatcher<?> phrases() {
        return matcher;
    }

    /** Countries and places in the text, in reading order, from every occurrence of {@link #phrases()} in it. */
    public List<CountryHit> find(NormalizedText text, FoundPhrases found) {
        List<CountryHit> hits = new ArrayList<>();
        List<PhraseMatcher.Match<String[]>> fitting = new ArrayList<>();
        Map<PhraseMatcher.Match<String[]>, String[]> readings = new IdentityHashMap<>();
        for (PhraseMatcher.Match<String[]> match : found.of(matcher)) {
            String[] reading = pick(text, match);
            if (reading != null) {
                fitting.add(match);
                readings.put(match, reading);
            }
        }
        Set<String> persons = new HashSet<>();
        for (PhraseMatcher.Match<String[]> match : PhraseMatcher.longestFirst(fitting)) {
            String[] reading = readings.get(match);
            boolean person = isPersonsName(text, match);
            if (person && reading[1].equals(NAME)) {
                persons.add(match.phrase()); // a country's own name, not a town's ("Mines Paris")
            }
            CountryHit hit = person ? null : classify(text, match, reading);
            if (hit != null) {
                hits.add(hit);
            }
        }
        // "le président français François Hollande … Merkel et Hollande": the person the article named, everywhere
        hits.removeIf(hit -> persons.contains(text.folded().substring(hit.start(), hit.end())));
        return otherStatesOfSharedWords(text, hits);
    }

    /**
     * "Le chef de l'État congolais … la République démocratique du Congo": a word two states share means the
     * other one where the article names it, and not the first, by a name of its own.
     */
    private List<CountryHit> otherStatesOfSharedWords(NormalizedText text, List<CountryHit> hits) {
        Set<String> named = new HashSet<>();
        boolean shared = false;
        for (CountryHit hit : hits) {
            if (otherStateOf.containsKey(text.folded().substring(hit.start(), hit.end()))) {
                shared = true;
            } else {
                named.add(hit.iso2());
            }
        }
        if (!shared) {
            return hits;
        }
        List<CountryHit> resolved = new ArrayList<>(hits.size());
        for (CountryHit hit : hits) {
            String other = otherStateOf.get(text.folded().substring(hit.start(), hit.end()));
            resolved.add(other != null && named.contains(other) && !named.contains(hit.iso2())
                    ? new CountryHit(other, hit.type(), hit.start(), hit.end(), hit.place()) : hit);
        }
        return resolved;
    }

    /** The country of a city or capital, or null. */
    String countryOfCity(String name) {
        return countryOfCity.get(TextNormalizer.fold(name));
    }

    /**
     * "Maurice Papon", "François Hollande", "le président Hollande": a person's name that is also a country's, next to
     * a capitalized word, after a title or a first name; a person, even opening a sentence with the first name.
     */
    private boolean isPersonsName(NormalizedText text, PhraseMatcher.Match<String[]> match) {
        String before = Words.wordBefore(text.folded(), match.start());
        return personLikeNames.contains(match.phrase()) && (nextToACapitalizedWord(text.text(), match.start(), match.end())
                || personTitles.contains(before) || firstNames.contains(before));
    }

    /** The hit a match of {@code value}, its reading and no person's name, stands for; or null (a region, a person's surname). */
    private CountryHit classify(NormalizedText text, PhraseMatcher.Match<String[]> match, String[] value) {
        if (value[1].equals(REGION)) {
            return null;
        }
        String type = value[1];
        String before = Words.wordBefore(text.folded(), match.start());
        if ((type.equals(CITY) || type.equals(PLACE) || type.equals("capital")) && firstNames.contains(before)) {
            return null; // "le président chilien Ricardo Lagos", "George Washington": a person's surname, no town
        }
        if (type.equals("demonym") && currencies.contains(before)) {
            return null; // "110 milliards de riyals saoudiens": a currency, no country
        }
        if (venues.contains(before) && Character.isLowerCase(text.text().charAt(Words.previousWordStart(text.folded(), match.start())))) {
            return null; // "à l'hôtel Bristol", "le stade Wembley": a building or a street, no town
        }
        if (type.equals(CITY) || type.equals(PLACE)) {
            return new CountryHit(value[0], MentionType.CAPITAL, match.start(), match.end(), true);
        }
        if (type.equals(SUBNATIONAL)) {
            return new CountryHit(value[0], MentionType.SUBNATIONAL, match.start(), match.end(),
                    isPlace(text, regionPhraseStart(text, match.start()), match.end()));
        }
        MentionType mentionType = MentionType.valueOf(type.toUpperCase(Locale.ROOT));
        boolean place = mentionType == MentionType.CAPITAL && isPlace(text, match.start(), match.end());
        return new CountryHit(value[0], mentionType, match.start(), match.end(), place);
    }

    /** Of the readings whose capitals fit the text, a region, then a name, then a demonym, then a capital. */
    private static String[] pick(NormalizedText text, PhraseMatcher.Match<String[]> match) {
        String surface = text.text().substring(match.start(), match.end());
        String[] best = null;
        for (String[] value : match.values()) {
            if (!value[1].equals(REGION) && !CaseRule.fits(value[2], surface)) {
                continue;
            }
            if (best == null || rank(value[1]) < rank(best[1])) {
                best = value;
            }
        }
        return best;
    }

    private static int rank(String type) {
        return switch (type) {
            case REGION, PLACE -> 0;
            case "name" -> 1;
            case "epithet" -> 2;
            case "demonym" -> 3;
            case "capital" -> 4;
            case SUBNATIONAL -> 5;
            default -> 6;
        };
    }

    /**
     * Where the words naming a region start: "la province chinoise du Yunnan" from "province", so that
     * "dans la province du Yunnan" is read as a place and "la province du Yunnan a signé" as a signatory.
     */
    private int regionPhraseStart(NormalizedText text, int start) {
        String folded = text.folded();
        if (!ofWords.contains(Words.wordBefore(folded, start))) {
            return start;
        }
        int phraseStart = Words.previousWordStart(folded, start);
        for (int words = 0; words < REGION_NOUN_WORDS; words++) { // "la province chinoise"
            int previous = Words.previousWordStart(folded, phraseStart);
            if (placePrepositions.contains(Words.wordBefore(folded, phraseStart)) || previous >= phraseStart
                    || !Character.isLowerCase(text.text().charAt(previous))) {
                break;
            }
            phraseStart = previous;
        }
        return phraseStart;
    }

    /** A capital after "à", "de", "vers"…, or opening a dateline, names a place. */
    private boolean isPlace(NormalizedText text, int start, int end) {
        String folded = text.folded();
        int from = start;
        String before = Words.wordBefore(folded, start);
        if (locativeArticles.contains(before) && Character.isUpperCase(text.text().charAt(start))) {
            // "à la Maison-Blanche", "au palais de l'Élysée": a seat named with its article
            from = Words.previousWordStart(folded, start);
            before = Words.wordBefore(folded, from);
        }
        if (coordinators.contains(before)) { // "à Séoul et Tokyo"
            int coordinated = Words.previousWordStart(folded, Words.previousWordStart(folded, from));
            before = Words.wordBefore(folded, coordinated);
        }
        if (Words.locatesATown(text.text(), folded, start, placePrepositions::contains)) {
            return true; // "à Stephenville (Terre-Neuve-et-Labrador)"
        }
        if (ofWords.contains(before)) {
            // "le sommet de Vilnius" names a place; "la position de Pékin" a government
            // … and "la capitale lao de Vientiane", "le sommet annuel de Vilnius": one lower-case adjective between
            int nounStart = Words.previousWordStart(folded, Words.previousWordStart(folded, from));
            if (placeNouns.contains(Words.wordBefore(folded, Words.previousWordStart(folded, from)))) {
                return true;
            }
            return nounStart > 0 && Character.isLowerCase(text.text().charAt(nounStart))
                    && placeNouns.contains(Words.wordBefore(folded, nounStart));
        }
        if (placePrepositions.contains(before)) {
            String twoBefore = Words.wordBefore(folded, Words.previousWordStart(folded, from));
            return !(toWords.contains(before) && notPlaceBeforeA.contains(twoBefore));
        }
        int lineStart = start;
        while (lineStart > 0 && text.text().charAt(lineStart - 1) == '/') {
            lineStart = wordStartIn(text.text(), lineStart - 1); // "PARIS/MILAN (Reuters) -": a dateline of two towns
        }
        while (lineStart > 0 && text.text().charAt(lineStart - 1) == ' ') {
            lineStart--;
        }
        boolean opensLine = lineStart == 0 || text.text().charAt(lineStart - 1) == '\n';
        String after = text.text().substring(end, Math.min(text.text().length(), end + 3)).trim();
        if (!opensLine && lineStart > 1 && text.text().charAt(lineStart - 1) == '.') {
            // "… mutuelle. Hanoi, 10 juillet (Agence) - …": a dateline a page glued to the paragraph before
            return DATELINE_DAY.matcher(text.text()).region(end, Math.min(text.text().length(), end + 6)).lookingAt();
        }
        return opensLine && (after.startsWith(",") || after.startsWith("(") || after.startsWith("-")
                || after.startsWith("–") || after.startsWith("/"));
    }

    private static boolean nextToACapitalizedWord(String text, int start, int end) {
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean capitalAfter = after > end && after < text.length() && Character.isUpperCase(text.charAt(after));
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        boolean capitalBefore = before < start && before > 0 && Character.isLetter(text.charAt(before - 1))
                && Character.isUpperCase(text.charAt(wordStartIn(text, before)));
        return capitalAfter || capitalBefore && wordStartIn(text, before) > 0
                && ".!?\n".indexOf(text.charAt(Math.max(0, wordStartIn(text, before) - 2))) < 0;
    }

    private static int wordStartIn(String text, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }
}
