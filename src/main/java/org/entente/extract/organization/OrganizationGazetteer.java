package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.model.OrganizationKind;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.text.CaseRule;
import org.entente.extract.text.FoundPhrases;
import org.entente.extract.text.NameKey;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Words;

/** Finds the organizations of {@code organizations.tsv} by name, alias or acronym. */
public final class OrganizationGazetteer {
    private final PhraseMatcher<Alias> matcher;
    private final Map<String, Organization> byKey = new HashMap<>();
    /** Company suffixes ("Limited", "SA"): a legal form after a name is the same company, not a subsidiary. */
    private final java.util.Set<String> legalForms = new java.util.HashSet<>();
    /** Words that close a company's name ("Engineering", "Mining"), legal forms aside: what a subsidiary adds. */
    private final java.util.Set<String> companyWords = new java.util.HashSet<>();
    /** Most words a subsidiary adds to its parent's name. */
    private static final int MAX_SUBSIDIARY_WORDS = 4;
    /** Words and given names that, in title case, are not the acronym of that form ("Rites", "Irena"). */
    private final java.util.Set<String> wordsNotAcronyms = new java.util.HashSet<>();
    /** Words that open an organization's name ("compagnie", "banque"), folded: a name the article translates. */
    private final java.util.Set<String> nameOpeners = new java.util.HashSet<>();
    /** Countries by their English name ("Poland"), which may close a branch's name: "Westinghouse Electric Poland". */
    private final Map<String, String> englishNames = new HashMap<>();
    /** Multiples of an amount ("millions"), after which an acronym is a currency. */
    private final java.util.Set<String> amountWords;
    /** What may join the words a subsidiary adds: "Engineering & Construction", "Defence and Space". */
    private static final List<String> SUBSIDIARY_JOINERS = List.of("& ", "and ");

    /** One written form of an organization's name. */
    private record Alias(Organization organization, String written) {
    }

    public OrganizationGazetteer(RuleFiles rules) {
        Map<String, List<Alias>> phrases = new HashMap<>();
        legalForms.addAll(rules.words(org.entente.extract.rules.WordRole.LEGAL_FORM));
        amountWords = rules.words(org.entente.extract.rules.WordRole.AMOUNT);
        for (org.entente.extract.rules.RuleLine line : rules.lines("organization_cues.tsv")) {
            OrganizationCue cue = line.role(1, OrganizationCue.class);
            if (cue == OrganizationCue.SUFFIX) {
                companyWords.add(line.cells()[0]);
            } else if (cue == OrganizationCue.BEFORE || cue == OrganizationCue.HEAD) {
                nameOpeners.add(TextNormalizer.fold(line.cells()[0]));
            }
        }
        companyWords.removeAll(legalForms);
        for (String file : List.of("non_organization_words.tsv", "first_names.tsv")) {
            rules.rows(file).forEach(row -> wordsNotAcronyms.add(row[0]));
        }
        for (String[] row : rules.rows("countries.tsv")) {
            englishNames.put(row[4], row[0]);
        }
        for (String[] row : rules.rows("organizations.tsv")) {
            Organization org = new Organization(row[0], emptyToNull(row[1]),
                    Vocabulary.of(OrganizationKind.class, row[2]).code(), emptyToNull(row[3]));
            List<String> names = new ArrayList<>(List.of(row[0]));
            if (org.acronym() != null) {
                names.add(org.acronym());
            }
            if (row.length > 4 && !row[4].isBlank()) {
                names.addAll(List.of(row[4].split("\\|")));
            }
            for (String name : names) {
                phrases.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(new Alias(org, name.strip()));
                byKey.putIfAbsent(NameKey.of(name), org);
            }
        }
        matcher = new PhraseMatcher<>(phrases);
    }

    /** Shortest acronym written in title case after an elided article ("l'Onu", "l'Oms", "l'Ua") or defined in brackets. */
    private static final int ELIDED_TITLE_CASE_ACRONYM = 2;

    /** Whether an elided article ("l'", "l’") stands right before {@code start}: "l'Onu" is a name, not a word. */
    private static boolean isElided(String text, int start) {
        return start >= 2 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
                && (text.charAt(start - 2) == 'l' || text.charAt(start - 2) == 'L')
                && (start == 2 || !Character.isLetter(text.charAt(start - 3)));
    }

    /** The names, aliases and acronyms sought, for a scan that serves several lists. */
    public PhraseMatcher<?> phrases() {
        return matcher;
    }

    /**
     * Known organizations in the text, longest match first, case rules applied, from every
     * occurrence of {@link #phrases()} in it.
     */
    public List<OrganizationHit> find(NormalizedText text, FoundPhrases found, List<CountryHit> countries) {
        List<OrganizationHit> hits = new ArrayList<>();
        Map<Integer, CountryHit> countryNameAt = new HashMap<>();
        for (CountryHit country : countries) {
            if (country.type() == MentionType.NAME) {
                countryNameAt.putIfAbsent(country.start(), country);
            }
        }
        List<PhraseMatcher.Match<Alias>> fitting = new ArrayList<>();
        java.util.Set<String> defined = titleCaseAcronymsDefined(text.text(), found);
        java.util.Set<String> redefined = acronymsDefinedOtherwise(text.text(), found);
        for (PhraseMatcher.Match<Alias> match : found.of(matcher)) {
            String surface = text.text().substring(match.start(), match.end());
            if (redefined.contains(surface)) {
                continue;
            }
            boolean elided = isElided(text.text(), match.start());
            // a short acronym in title case is the organization after "l'" or once the article defines it in brackets
            boolean shortTitleCase = elided || defined.contains(surface);
            boolean definite = elided || afterDefiniteArticle(text.text(), match.start());
            List<Alias> aliases = match.values().stream().filter(a -> (CaseRule.fits(a.written(), surface)
                            || shortTitleCase && CaseRule.isTitleCaseOfAcronym(a.written(), surface, ELIDED_TITLE_CASE_ACRONYM)
                            // "avec la banque mondiale"; a company's name in lower case is common words
                            || definite && !a.organization().isCompany() && CaseRule.isLowerCaseOfSentenceCase(a.written(), surface)
                            || CaseRule.isLowerCaseTail(a.written(), surface))
                    && !(CaseRule.isTitleCaseOfAcronym(a.written(), surface, ELIDED_TITLE_CASE_ACRONYM)
                            && (wordsNotAcronyms.contains(surface) || betweenCapitalizedWords(text.text(), match.start(), match.end()))))
                    .toList();
            if (!aliases.isEmpty() && !isCurrencyAfterAmount(text, match.start(), surface)) {
                fitting.add(new PhraseMatcher.Match<>(match.start(), match.end(), match.phrase(), aliases));
            }
        }
        for (PhraseMatcher.Match<Alias> match : PhraseMatcher.longestFirst(fitting)) {
            OrganizationHit hit = OrganizationHit.of(match.values().get(0).organization(), match.start(), match.end());
            CountryHit country = countryNameAt.get(match.end() + 1);
            hits.add(country != null && text.text().charAt(match.end()) == ' ' && isCompany(hit)
                    ? branch(text.text(), hit, country) : subsidiary(text.text(), hit));
        }
        return hits;
    }

    /**
     * Whether a word stands between two capitalized words ("Samdech Akka Moha Sena Padei Techo"): in title case, a word
     * of a longer name, not an acronym written as a word.
     */
    private static boolean betweenCapitalizedWords(String text, int start, int end) {
        int before = start - 1;
        if (before < 1 || text.charAt(before) != ' ' || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int wordStart = before;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < before && Character.isUpperCase(text.charAt(wordStart)) && Character.isUpperCase(text.charAt(end + 1));
    }

    /**
     * The acronyms the article writes in title case in brackets right after the organization's full name:
     * "l'Organisation des Nations unies pour l'alimentation et l'agriculture (Fao)" makes "la Fao" the
     * organization anywhere in the article, as "l'Oms" is after an elided article.
     */
    private java.util.Set<String> titleCaseAcronymsDefined(String text, FoundPhrases found) {
        java.util.Set<String> defined = new java.util.HashSet<>();
        if (text.indexOf(" (") < 0) {
            return defined; // most articles bracket nothing: no map of their matches on the hot path
        }
        Map<Integer, PhraseMatcher.Match<Alias>> byStart = new HashMap<>();
        for (PhraseMatcher.Match<Alias> match : found.of(matcher)) {
            byStart.putIfAbsent(match.start(), match);
        }
        for (PhraseMatcher.Match<Alias> match : found.of(matcher)) {
            PhraseMatcher.Match<Alias> bracketed = byStart.get(match.end() + 2);
            if (bracketed == null || !text.startsWith(" (", match.end()) || !text.startsWith(")", bracketed.end())) {
                continue;
            }
            String acronym = text.substring(bracketed.start(), bracketed.end());
            for (Alias full : match.values()) {
                String written = full.organization().acronym();
                if (written != null && !full.written().equals(written)
                        && CaseRule.isTitleCaseOfAcronym(written, acronym, ELIDED_TITLE_CASE_ACRONYM)) {
                    defined.add(acronym);
                }
            }
        }
        return defined;
    }

    /**
     * "un Accord de partenariat stratégique (APS)": a known acronym the article defines in brackets as the
     * initials of other words than the organization's names is theirs in this article, nowhere the organization.
     */
    private java.util.Set<String> acronymsDefinedOtherwise(String text, FoundPhrases found) {
        java.util.Set<String> redefined = new java.util.HashSet<>();
        if (text.indexOf(" (") < 0) {
            return redefined;
        }
        Map<Integer, List<PhraseMatcher.Match<Alias>>> byEnd = null; // built once, for the first bracketed acronym
        for (PhraseMatcher.Match<Alias> match : found.of(matcher)) {
            int start = match.start();
            if (start < 2 || text.charAt(start - 1) != '(' || !text.startsWith(")", match.end())) {
                continue;
            }
            String acronym = text.substring(start, match.end());
            if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            if (byEnd == null) {
                byEnd = new HashMap<>();
                for (PhraseMatcher.Match<Alias> other : found.of(matcher)) {
                    byEnd.computeIfAbsent(other.end(), k -> new ArrayList<>()).add(other);
                }
            }
            if (namedBefore(byEnd.getOrDefault(start - 2, List.of()), match)) {
                continue;
            }
            int first = initialsStart(text, start - 2, acronym);
            // "la Compagnie nationale de pétrole de Chine (CNPC)": an organization's name the article translates
            if (first >= 0 && !nameOpeners.contains(TextNormalizer.fold(firstWord(text, first)))) {
                redefined.add(acronym);
            }
        }
        return redefined;
    }

    /** Whether one of the names ending right before the bracket is of the acronym's organization: "Banque africaine de développement (BAD)". */
    private static boolean namedBefore(List<PhraseMatcher.Match<Alias>> endingBefore, PhraseMatcher.Match<Alias> acronym) {
        for (PhraseMatcher.Match<Alias> match : endingBefore) {
            if (match.values().stream().anyMatch(a -> acronym.values().stream()
                    .anyMatch(b -> b.organization().equals(a.organization())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words before {@code end} whose initials spell {@code acronym} start, short function words skipped
     * ("Accord de partenariat stratégique" of "APS"); -1 when they do not spell it.
     */
    private static int initialsStart(String text, int end, String acronym) {
        StringBuilder initials = new StringBuilder();
        int i = end;
        int first = -1;
        while (initials.length() < acronym.length() && i > 0) {
            int wordEnd = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd) {
                break; // not a word: a figure, a bracket, the line's start
            }
            String word = text.substring(i, wordEnd);
            if (!FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                initials.insert(0, Character.toUpperCase(word.charAt(0)));
                first = i;
            }
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '-')) {
                i--;
            }
        }
        return initials.toString().equals(acronym) ? first : -1;
    }

    /** The word that starts at {@code start}, in lower case. */
    private static String firstWord(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Kept in code: the short words an acronym's initials skip ("Accord de partenariat"). */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("de", "d", "du", "des", "la", "le",
            "les", "l", "et", "pour", "en", "à", "au", "aux", "of", "the", "and", "for");

    /** "(121 millions d'AED)": an acronym right after an amount's multiple, "de" between, is a currency. */
    private boolean isCurrencyAfterAmount(NormalizedText text, int start, String surface) {
        if (!surface.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        String before = Words.wordBefore(text.folded(), start);
        int at = start;
        if (before.equals("d'") || before.equals("de")) {
            at = Words.previousWordStart(text.folded(), start);
            before = Words.wordBefore(text.folded(), at);
        }
        return amountWords.contains(before) || !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

    private static boolean isCompany(OrganizationHit hit) {
        return hit.organization().isCompany();
    }

    /** Kept in code: the definite articles before a name ("la", "le", "les"), followed by a space. */
    private static final List<String> DEFINITE_ARTICLES = List.of("la ", "le ", "les ");

    /** Whether "la", "le" or "les", a word of its own, stands right before {@code start}. */
    private static boolean afterDefiniteArticle(String text, int start) {
        for (String article : DEFINITE_ARTICLES) {
            int at = start - article.length();
            if (at >= 0 && text.regionMatches(true, at, article, 0, article.length())
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Orange Côte d'Ivoire", "MTN Cameroun": a company's name followed at once by a country's name
     * names its branch in that country, which keeps its own name, with its parent's kind.
     */
    private static OrganizationHit branch(String text, OrganizationHit hit, CountryHit country) {
        Organization parent = hit.organization();
        return OrganizationHit.of(new Organization(text.substring(hit.start(), country.end()), null, parent.kind(),
                country.iso2()), hit.start(), country.end());
    }

    /**
     * "POSCO Engineering & Construction", "Orano Mining", "General Dynamics Land Systems", "Airbus Defence
     * and Space": a company's name followed at once by capitalized words (an ampersand or "and" between
     * them allowed) that end with a word closing company names, legal forms aside, names a subsidiary or
     * division, which keeps its own name, with its parent's kind and country; ending with a country's English
     * name, it names the branch in that country ("Westinghouse Electric Poland").
     */
    private OrganizationHit subsidiary(String text, OrganizationHit hit) {
        if (!isCompany(hit)) {
            return hit;
        }
        String kind = hit.organization().kind();
        int end = hit.end();
        int words = 0;
        int i = hit.end();
        while (words < MAX_SUBSIDIARY_WORDS && i + 1 < text.length() && text.charAt(i) == ' ') {
            int wordStart = i + 1;
            for (String joiner : SUBSIDIARY_JOINERS) {
                if (text.startsWith(joiner, wordStart)) {
                    wordStart += joiner.length();
                    break;
                }
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length() && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            // Capitalized words only, and the last a company word: "Dassault Aviation Eric Trappier" is a company
            // and its chief executive
            if (wordEnd == wordStart || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            if (companyWords.contains(text.substring(wordStart, wordEnd))) {
                end = wordEnd;
            }
            String country = englishNames.get(text.substring(wordStart, wordEnd));
            if (country != null) {
                // "Westinghouse Electric Poland": the branch in that country, named in English
                return OrganizationHit.of(new Organization(text.substring(hit.start(), wordEnd), null, kind, country),
                        hit.start(), wordEnd);
            }
            i = wordEnd;
            words++;
        }
        if (end == hit.end()) {
            return hit;
        }
        Organization parent = hit.organization();
        return OrganizationHit.of(new Organization(text.substring(hit.start(), end), null, kind, parent.countryIso2()),
                hit.start(), end);
    }

    /** The known organization with this name, alias or acronym, or null. */
    Organization lookup(String name) {
        return byKey.get(NameKey.of(name));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
