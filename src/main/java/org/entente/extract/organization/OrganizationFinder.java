package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.Organization;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Finds organizations the gazetteer lacks: "Name (ACRONYM)", "la société X", company suffixes
 * ("… Corporation") and unknown all-capital acronyms.
 */
public final class OrganizationFinder {
    /** Words looked back over for an office's head: its demonym ("thaïlandais") and the head itself. */
    private static final int OFFICE_REACH = 2;
    private final OrganizationLexicon lexicon;
    private final KnownAcronymNameFinder knownAcronymNames;
    private final AcronymNameFinder acronymNames;
    private final CuedNameFinder cuedNames;
    private final AppositionNameFinder appositionNames;
    private final SuffixNameFinder suffixNames;
    private final LoneAcronymFinder loneAcronyms;
    private final CompanyPartnerFinder companyPartners;

    public OrganizationFinder(RuleFiles rules) {
        lexicon = new OrganizationLexicon(rules);
        knownAcronymNames = new KnownAcronymNameFinder(lexicon);
        acronymNames = new AcronymNameFinder(lexicon.notOrganizations, lexicon.connectors, lexicon.kindOfSuffix,
                lexicon.sentenceOpeners, lexicon.givenNames);
        companyPartners = new CompanyPartnerFinder(rules, lexicon.notOrganizations, lexicon.givenNames);
        suffixNames = new SuffixNameFinder(lexicon);
        cuedNames = new CuedNameFinder(lexicon, suffixNames);
        appositionNames = new AppositionNameFinder(lexicon, companyPartners);
        loneAcronyms = new LoneAcronymFinder(lexicon);
    }

    /** Organizations named in the text that {@code known} does not already cover. */
    public List<OrganizationHit> find(NormalizedText text, List<Token> tokens, List<OrganizationHit> known,
                               List<CountryHit> countries) {
        OrganizationClaims claims = new OrganizationClaims(known, countries);
        List<OrganizationHit> found = new ArrayList<>();
        knownAcronymNames.find(text, tokens, known, claims, found);
        acronymNames.find(text, tokens, claims, found);
        acronymNames.findExpanded(text, tokens, claims, found);
        cuedNames.find(text, tokens, claims, found);
        appositionNames.findNamesBeforeAppositions(text, tokens, claims, found);
        suffixNames.find(tokens, claims, found);
        appositionNames.findNamesAfterDemonymNouns(text, tokens, claims, found, countries);
        // a name introduced before, written again, is that name before its capitals are read as acronyms: "ADMOG GOLD"
        RepeatedNameFinder.find(text, tokens, claims, found);
        loneAcronyms.find(text, tokens, claims, found);
        companyPartners.find(text, tokens, claims, known, found);
        dropKindsBeforeNames(text.text(), known, found);
        Set<Long> countrySpans = new HashSet<>();
        countries.forEach(c -> countrySpans.add(span(c.start(), c.end())));
        found.removeIf(hit -> namesADateOrAPeople(text, hit, countrySpans) || spellsOutKnownName(text.text(), known, hit));
        Set<Organization> offices = new HashSet<>();
        found.stream().filter(hit -> namesAnOffice(text.folded(), hit.start()) || isAnOffice(text.folded(), hit)
                        || hit.organization().name().equals(hit.organization().acronym()) && abbreviatesAnOffice(text.folded(), hit.start()))
                .forEach(hit -> offices.add(hit.organization()));
        found.removeIf(hit -> offices.contains(hit.organization())); // its acronym too: "(AE)"
        return found;
    }

    /**
     * "Sinopec (China Petroleum and Chemical Corporation)": a name alone in brackets right after a known organization
     * spells that one out, no organization of its own.
     */
    private static boolean spellsOutKnownName(String text, List<OrganizationHit> known, OrganizationHit hit) {
        int open = hit.start() - 1;
        if (open < 1 || text.charAt(open) != '(' || hit.end() >= text.length() || text.charAt(hit.end()) != ')') {
            return false;
        }
        int end = Words.spacesBefore(text, open);
        return known.stream().anyMatch(k -> k.end() == end);
    }

    /** Longest link inside a name ("de", "des", "du"): a longer word in lower case writes it in sentence case. */
    private static final int LONGEST_LINK = 3;

    /**
     * "l'Agence de presse Xinhua": a name in sentence case right before another organization's name says what kind
     * of body that one is; it names none of its own.
     */
    private static void dropKindsBeforeNames(String text, List<OrganizationHit> known, List<OrganizationHit> found) {
        Set<Integer> starts = new HashSet<>();
        known.forEach(hit -> starts.add(hit.start()));
        found.forEach(hit -> starts.add(hit.start()));
        found.removeIf(hit -> {
            String name = hit.organization().name();
            int next = hit.end();
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            boolean sentenceCase = Arrays.stream(name.split(" ")).skip(1)
                    .anyMatch(word -> word.length() > LONGEST_LINK && Character.isLowerCase(word.charAt(0)));
            return next > hit.end() && next - hit.end() <= 2 && sentenceCase && starts.contains(next);
        });
    }

    /**
     * "Mi-mai, le groupe pétrolier …", "dédommagent des Sud-Coréens": a time of the year, or a people
     * named by its demonym, is no organization, whatever cue or apposition seemed to name it.
     */
    private boolean namesADateOrAPeople(NormalizedText text, OrganizationHit hit, Set<Long> countrySpans) {
        String[] parts = text.folded().substring(hit.start(), hit.end()).split("[-\\s]+");
        if (parts.length == 2 && lexicon.monthLeads.contains(parts[0]) && lexicon.months.contains(parts[1])) {
            return true; // "Mi-mai", "Fin juin"; "Mars" alone may be a company
        }
        return countrySpans.contains(span(hit.start(), hit.end()));
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    /** Most words between an office's head and the bracket of its acronym: "ministère vietnamien des Affaires étrangères (AE)". */
    private static final int OFFICE_NAME_WORDS = 8;

    /**
     * "le ministère vietnamien des Affaires étrangères (AE)": an acronym in brackets, no name of its own found, after an
     * office's name, its head a few words before with no punctuation between, abbreviates the office, no organization,
     * wherever it recurs.
     */
    private boolean abbreviatesAnOffice(String folded, int start) {
        int at = start - 1;
        while (at >= 0 && folded.charAt(at) == ' ') {
            at--;
        }
        if (at < 0 || folded.charAt(at) != '(') {
            return false;
        }
        int end = at;
        for (int words = 0; words < OFFICE_NAME_WORDS; words++) {
            while (end > 0 && folded.charAt(end - 1) == ' ') {
                end--;
            }
            int wordStart = end;
            while (wordStart > 0 && (Character.isLetter(folded.charAt(wordStart - 1)) || folded.charAt(wordStart - 1) == '\'')) {
                wordStart--;
            }
            if (wordStart == end) {
                return false; // a comma, a figure, the line's start: no office's name runs through it
            }
            if (lexicon.officeHeads.contains(folded.substring(wordStart, end))) {
                return true;
            }
            end = wordStart;
        }
        return false;
    }

    /** "Le ministère de l'Énergie et des Mines (MEM)": a ministry is no organization, with its acronym or not. */
    private boolean isAnOffice(String folded, OrganizationHit hit) {
        int at = hit.start();
        for (int word = 0; word < 2 && at < hit.end(); word++) {
            int end = at;
            while (end < hit.end() && Character.isLetter(folded.charAt(end))) {
                end++;
            }
            String first = folded.substring(at, end);
            if (lexicon.officeHeads.contains(first)) {
                return true;
            }
            if (!lexicon.determiners.contains(first) && !lexicon.determiners.contains(first + "'")) {
                return false;
            }
            at = end;
            while (at < hit.end() && !Character.isLetter(folded.charAt(at))) {
                at++;
            }
        }
        return false;
    }

    /**
     * "le ministre thaïlandais des Affaires étrangères (AE)": a name right after an office's head,
     * past linking words and one adjective, is the office's field, not an organization.
     */
    private boolean namesAnOffice(String folded, int start) {
        int end = start;
        for (int words = 0; words < OFFICE_REACH; ) {
            int wordEnd = end;
            while (wordEnd > 0 && !Character.isLetter(folded.charAt(wordEnd - 1))) {
                if (folded.charAt(wordEnd - 1) == '\n' || folded.charAt(wordEnd - 1) == ',' || folded.charAt(wordEnd - 1) == '.') {
                    return false;
                }
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(folded.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                return false;
            }
            String word = folded.substring(wordStart, wordEnd);
            if (lexicon.officeHeads.contains(word)) {
                return true;
            }
            if (lexicon.officeRanks.contains(word)) {
                return false; // "le secrétaire exécutif de la Cgeci": a person's title at an organization
            }
            words += lexicon.descriptorLinks.contains(folded, wordStart, wordEnd) || lexicon.determiners.contains(word) ? 0 : 1;
            end = wordStart;
        }
        return false;
    }
}
