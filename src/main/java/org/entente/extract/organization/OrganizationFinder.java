package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.model.OrganizationKind;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.RuleLine;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.FoldedWords;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Finds organizations the gazetteer lacks: "Name (ACRONYM)", "la société X", company suffixes
 * ("… Corporation") and unknown all-capital acronyms.
 */
public final class OrganizationFinder {
    private static final int MAX_DESCRIPTOR_WORDS = 7;
    private final FoldedWords<Boolean> descriptorLinks;
    private final Set<String> determiners;
    private final Set<String> definiteArticles;
    private final Set<String> coordinators;
    private final Set<String> listJoiners;
    /** Folded words that open a plural cue's examples: "des sociétés, dont X et Y" ("dont", "comme"). */
    private final Set<String> listIntroducers;
    private final Set<String> pluralEndings;

    private final Set<String> notOrganizations = new HashSet<>();
    /** Given names: "la banque Jean Lemierre" names a banker, not a bank. */
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();
    private final Map<String, String> kindOfSuffix = new HashMap<>();
    /** Folded cue words that belong to the name they open ("université"). */
    private final Set<String> heads = new HashSet<>();
    /** Folded words that head an office's name ("ministre"): the name after them is the office's field. */
    private final Set<String> officeHeads;
    /** Folded words that join an academic head to its place ("de", "d'", "du"). */
    private final Set<String> placeLinks;
    /** Words looked back over for an office's head: its demonym ("thaïlandais") and the head itself. */
    private static final int OFFICE_REACH = 2;
    /** Most adjectives between an academic head and the "de" of its place: "université nationale de". */
    private static final int MAX_PLACE_ADJECTIVES = 2;
    /* cue words, state markers and connectors are asked about in the folded text: no copy a token */
    private final FoldedWords<String> cueKinds;
    private final FoldedWords<Boolean> stateMarkerWords;
    private final FoldedWords<Boolean> connectorWords;
    /** First characters of the folded cue words and of the suffixes: a token starting otherwise is neither. */
    private final BitSet cueInitials = new BitSet();
    private final BitSet suffixInitials = new BitSet();
    private final AcronymNameFinder acronymNames;
    private final CompanyPartnerFinder companyPartners;
    /** Folded words that join the words of a name in sentence case ("des", "et", "pour"). */
    private final Set<String> nameLinks;
    /** Folded French function words that end a name in sentence case ("a", "qui", "avec"). */
    private final Set<String> nameStops = new HashSet<>();
    /** Company cues that open a name in sentence case ("la Société nationale des hydrocarbures"). */
    private final Set<String> sentenceCaseCompanies;
    /** Words capitalized at a sentence's start without being part of a name ("Selon", "Pour"). */
    private final Set<String> sentenceOpeners;
    /** Folded ranks after an office's head that make it a person's title ("exécutif", "général"). */
    private final Set<String> officeRanks;
    /** Month names and the words that lead them, folded ("mai", "mi"): "Mi-mai" is no organization's name. */
    private final Set<String> months = new HashSet<>();
    private final Set<String> monthLeads = new HashSet<>();

    public OrganizationFinder(RuleFiles rules) {
        descriptorLinks = wordSet(rules.words(WordRole.DESCRIPTOR_LINK));
        determiners = rules.words(WordRole.DETERMINER);
        definiteArticles = rules.words(WordRole.DEFINITE_ARTICLE);
        coordinators = rules.words(WordRole.COORDINATOR);
        officeHeads = rules.words(WordRole.OFFICE_HEAD);
        placeLinks = rules.words(WordRole.OF);
        Map<String, String> kindBeforeName = new HashMap<>();
        Set<String> stateMarkers = new HashSet<>();
        for (String[] row : rules.rows("non_organization_words.tsv")) {
            notOrganizations.add(row[0]);
        }
        for (String[] row : rules.rows("first_names.tsv")) {
            givenNames.add(row[0]);
        }
        for (String[] row : rules.rows("date_words.tsv")) {
            if (row[1].equals("month")) {
                months.add(TextNormalizer.fold(row[0]));
            } else if (row[1].equals("month_lead")) {
                monthLeads.add(TextNormalizer.fold(row[0]));
            }
        }
        listJoiners = rules.words(WordRole.LIST_JOINER);
        nameLinks = rules.words(WordRole.NAME_LINK);
        sentenceOpeners = rules.words(WordRole.SENTENCE_OPENER);
        officeRanks = rules.words(WordRole.OFFICE_RANK);
        nameStops.addAll(rules.words(WordRole.NAME_STOP));
        sentenceCaseCompanies = rules.words(WordRole.SENTENCE_CASE_COMPANY);
        for (String[] row : rules.rows("stopwords.tsv")) {
            if (row[1].equals("fr") && !nameLinks.contains(TextNormalizer.fold(row[0]))) {
                nameStops.add(TextNormalizer.fold(row[0]));
            }
        }
        listIntroducers = rules.words(WordRole.LIST_INTRODUCER);
        pluralEndings = rules.words(WordRole.PLURAL_ENDING);
        for (RuleLine line : rules.lines("organization_cues.tsv")) {
            String[] row = line.cells();
            String cue = TextNormalizer.fold(row[0]);
            switch (line.role(1, OrganizationCue.class)) {
                case CONNECTOR -> connectors.add(cue);
                case STATE -> stateMarkers.add(cue);
                case SUFFIX -> kindOfSuffix.put(row[0], Vocabulary.of(OrganizationKind.class, row[2]).code());
                case BEFORE -> kindBeforeName.put(cue, Vocabulary.of(OrganizationKind.class, row[2]).code());
                case HEAD -> {
                    kindBeforeName.put(cue, Vocabulary.of(OrganizationKind.class, row[2]).code());
                    heads.add(cue);
                }
            }
        }
        kindBeforeName.keySet().forEach(cue -> addInitial(cueInitials, cue));
        kindOfSuffix.keySet().forEach(suffix -> addInitial(suffixInitials, suffix));
        cueKinds = new FoldedWords<>(kindBeforeName);
        stateMarkerWords = wordSet(stateMarkers);
        connectorWords = wordSet(connectors);
        acronymNames = new AcronymNameFinder(notOrganizations, connectors, kindOfSuffix, sentenceOpeners, givenNames);
        companyPartners = new CompanyPartnerFinder(rules, notOrganizations, givenNames);
    }

    private static FoldedWords<Boolean> wordSet(Set<String> words) {
        Map<String, Boolean> present = new HashMap<>();
        words.forEach(word -> present.put(word, Boolean.TRUE));
        return new FoldedWords<>(present);
    }

    private static void addInitial(BitSet initials, String word) {
        if (!word.isEmpty()) {
            initials.set(word.charAt(0));
        }
    }

    /** Organizations named in the text that {@code known} does not already cover. */
    public List<OrganizationHit> find(NormalizedText text, List<Token> tokens, List<OrganizationHit> known,
                               List<CountryHit> countries) {
        OrganizationClaims claims = new OrganizationClaims(known, countries);
        List<OrganizationHit> found = new ArrayList<>();
        findNamesOfKnownAcronyms(text, tokens, known, claims, found);
        acronymNames.find(text, tokens, claims, found);
        acronymNames.findExpanded(text, tokens, claims, found);
        findNamesAfterCues(text, tokens, claims, found, countries);
        findNamesBeforeAppositions(text, tokens, claims, found, countries);
        findNamesWithSuffixes(tokens, claims, found);
        findNamesAfterDemonymNouns(text, tokens, claims, found, countries);
        findLoneAcronyms(text, tokens, claims, found);
        findNamesAgain(text, tokens, claims, found);
        companyPartners.find(text, tokens, claims, known, found);
        Set<Long> countrySpans = new HashSet<>();
        countries.forEach(c -> countrySpans.add(span(c.start(), c.end())));
        found.removeIf(hit -> namesADateOrAPeople(text, hit, countrySpans));
        Set<Organization> offices = new HashSet<>();
        found.stream().filter(hit -> namesAnOffice(text.folded(), hit.start()) || isAnOffice(text.folded(), hit))
                .forEach(hit -> offices.add(hit.organization()));
        found.removeIf(hit -> offices.contains(hit.organization())); // its acronym too: "(AE)"
        return found;
    }

    /**
     * "Mi-mai, le groupe pétrolier …", "dédommagent des Sud-Coréens": a time of the year, or a people
     * named by its demonym, is no organization, whatever cue or apposition seemed to name it.
     */
    private boolean namesADateOrAPeople(NormalizedText text, OrganizationHit hit, Set<Long> countrySpans) {
        String[] parts = text.folded().substring(hit.start(), hit.end()).split("[-\\s]+");
        if (parts.length == 2 && monthLeads.contains(parts[0]) && months.contains(parts[1])) {
            return true; // "Mi-mai", "Fin juin"; "Mars" alone may be a company
        }
        return countrySpans.contains(span(hit.start(), hit.end()));
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
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
            if (officeHeads.contains(first)) {
                return true;
            }
            if (!determiners.contains(first) && !determiners.contains(first + "'")) {
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
            if (officeHeads.contains(word)) {
                return true;
            }
            if (officeRanks.contains(word)) {
                return false; // "le secrétaire exécutif de la Cgeci": a person's title at an organization
            }
            words += descriptorLinks.contains(folded, wordStart, wordEnd) || determiners.contains(word) ? 0 : 1;
            end = wordStart;
        }
        return false;
    }

    /** "la société publique d'armement péruvienne FAME": cue noun, descriptors, then a capitalized name. */
    private void findNamesAfterCues(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                    List<OrganizationHit> found, List<CountryHit> countries) {
        for (int i = 0; i < tokens.size(); i++) {
            // a word no cue starts like is no cue: told before folding and hashing
            if (!cueInitials.get(text.folded().charAt(tokens.get(i).start()))) {
                continue;
            }
            String cueKind = cueKinds.get(text.folded(), tokens.get(i).start(), tokens.get(i).end());
            String cueWord = cueKind == null ? null : text.folded().substring(tokens.get(i).start(), tokens.get(i).end());
            boolean opensSentenceCase = cueKind != null
                    && (SENTENCE_CASE_KINDS.contains(cueKind) || sentenceCaseCompanies.contains(cueWord));
            int sentenceCase = opensSentenceCase ? sentenceCaseEnd(text.folded(), tokens, i, claims) : -1;
            if (sentenceCase < 0 && cueKind != null) {
                sentenceCase = titleCaseEnd(text, tokens, i, claims);
            }
            if (sentenceCase > 0) {
                sentenceCase = pastNameAfterDemonym(text, tokens, sentenceCase, claims, countries);
                String name = text.text().substring(tokens.get(i).start(), tokens.get(sentenceCase - 1).end());
                String country = demonymBetween(countries, tokens.get(i).start(), tokens.get(sentenceCase - 1).end());
                if (country == null) {
                    country = countryWithin(countries, tokens.get(i).start(), tokens.get(sentenceCase - 1).end());
                }
                OrganizationHit hit = OrganizationHit.of(new Organization(name, null, cueKind, country),
                        tokens.get(i).start(), tokens.get(sentenceCase - 1).end());
                claims.claim(hit);
                found.add(hit);
                i = sentenceCase - 1;
                continue;
            }
            // a capital inside a sentence makes a cue part of a name, which only a head cue may be ("l'Université Laval")
            if (cueKind == null || tokens.get(i).isCapitalized() && i > 0 && !isSentenceStart(tokens, i) && !heads.contains(cueWord)
                    // a cue inside a known name opens nothing: "l'Agence française de développement Rémy Rioux"
                    || claims.isOrganization(tokens.get(i).start(), tokens.get(i).end())) {
                continue;
            }
            int k = i + 1;
            boolean state = false;
            while (k < tokens.size() && k - i <= MAX_DESCRIPTOR_WORDS && (isDescriptor(text.folded(), tokens.get(k))
                    || isStateAfterElision(text.folded(), tokens, k))) {
                state |= stateMarkerWords.contains(text.folded(), tokens.get(k).start(), tokens.get(k).end());
                k++;
            }
            // "l'université nationale de Séoul" stays academic; "la compagnie nationale X" is a state company
            String kind = state && !"academic".equals(cueKind) ? ("state_agency".equals(cueKind) ? cueKind : "state_company") : cueKind;
            String country = demonymBetween(countries, tokens.get(i).start(), k < tokens.size() ? tokens.get(k).start() : 0);
            boolean ofPlace = isHeadOfPlace(text.folded(), tokens, i, k, cueWord, cueKind);
            boolean head = (k == i + 1 || ofPlace) && heads.contains(cueWord);
            if (ofPlace && k < tokens.size()) {
                country = countryWithin(countries, tokens.get(k).start(), tokens.get(capitalizedRun(text.text(), tokens, k) - 1).end());
            }
            int end = addCuedName(text, tokens, k, tokens.get(i).start(), head ? tokens.get(i).start() : -1, kind, country,
                    ofPlace, claims, found);
            boolean plural = isPlural(tokens.get(i).text());
            // "des sociétés coréennes, dont X, Y et Z": a plural cue's examples follow an introducer
            if (plural && end == k) {
                int first = pastIntroducer(text.folded(), tokens, k);
                if (first > k) {
                    k = first;
                    end = listItem(text, tokens, k, kind, country, claims, found);
                }
            }
            // "les groupes publics algériens Asmidal et Manal": a plural cue names each one
            while (end > k && plural && end + 1 < tokens.size()
                    && (listJoiners.contains(tokens.get(end).text()) || tokens.get(end).text().equals(","))) {
                k = end + 1;
                if (tokens.get(end).text().equals(",") && listJoiners.contains(tokens.get(k).text()) && k + 1 < tokens.size()) {
                    k++; // "X, Y, et Z"
                }
                end = listItem(text, tokens, k, kind, country, claims, found);
            }
        }
    }

    /**
     * "chez Gassco, l'opérateur norvégien de gazoducs": a capitalized name followed by a comma and a cue
     * noun with its definite article, the apposition saying what it is: its kind, and a demonym right
     * after the cue its country.
     */
    private void findNamesBeforeAppositions(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                            List<OrganizationHit> found, List<CountryHit> countries) {
        for (int i = 3; i < tokens.size(); i++) {
            if (!cueInitials.get(text.folded().charAt(tokens.get(i).start())) || tokens.get(i).isCapitalized()
                    || !tokens.get(i - 2).text().equals(",") || !determiners.contains(text.folded().substring(
                            tokens.get(i - 1).start(), tokens.get(i - 1).end()))) {
                continue;
            }
            String kind = cueKinds.get(text.folded(), tokens.get(i).start(), tokens.get(i).end());
            int end = i - 2;
            int start = end;
            while (start > 0 && end - start < MAX_APPOSED_NAME_TOKENS && tokens.get(start - 1).isWord()
                    && tokens.get(start - 1).isCapitalized()
                    && !Words.breaksALine(text.text(), tokens.get(start - 1).end(), tokens.get(start).start())) {
                start--; // a name stays on its line: "… l'Iran" then "Mi-mai, le groupe …" are two
            }
            if (kind == null || start == end || start > 0 && tokens.get(start - 1).isCapitalized()
                    || claims.isTaken(tokens.get(start).start(), tokens.get(end - 1).end())
                    || companyPartners.opensNoName(tokens.get(start))
                    // "Précédemment, le groupe …": one capitalized word opening a sentence may be any word
                    || end - start == 1 && isSentenceStart(tokens, start)) {
                continue;
            }
            int reach = Math.min(tokens.size() - 1, i + 2);
            String country = demonymBetween(countries, tokens.get(i).end(), tokens.get(reach).end());
            String name = text.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
            OrganizationHit hit = OrganizationHit.of(new Organization(name, acronymOrNull(name), kind, country),
                    tokens.get(start).start(), tokens.get(end - 1).end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /** Most tokens of a name that an apposition after it describes: "Gassco, l'opérateur …". */
    private static final int MAX_APPOSED_NAME_TOKENS = 4;

    /** Most tokens of a name in sentence case after its cue: "Université mongole des sciences et technologies". */
    private static final int MAX_SENTENCE_CASE_TOKENS = 10;
    /** Most lower-case words in a row, no link between, in a name in sentence case: "sciences appliquées". */
    private static final int MAX_WORDS_IN_A_ROW = 2;
    /**
     * The kinds of cue whose names are written in sentence case: institutions ("l'Agence nationale de
     * l'aviation civile"), not companies ("le Groupe de travail mixte" names none).
     */
    private static final Set<String> SENTENCE_CASE_KINDS = Set.of("academic", "state_agency", "financial", "ngo");

    /**
     * "l'Académie des sciences de Mongolie", "l'Université mongole des sciences et technologies": a cue
     * capitalized inside a sentence opens a name written in sentence case. Lower-case words joined by
     * name links follow it, up to a place after "de" ("de Mongolie", "du Vietnam de Hanoï"), which ends
     * it, or up to where the phrase plainly ends: punctuation, a function word ("a", "qui"), another
     * capitalized word. Returns the token after the name, or -1 when the cue opens none such.
     */
    private int sentenceCaseEnd(String folded, List<Token> tokens, int cue, OrganizationClaims claims) {
        if (!isCapitalizedInside(tokens, cue, claims)) {
            return -1;
        }
        int k = cue + 1;
        int end = -1;
        boolean words = false;
        boolean place = false;
        boolean ended = false;
        int inARow = 0;
        while (k < tokens.size() && k - cue <= MAX_SENTENCE_CASE_TOKENS) {
            Token token = tokens.get(k);
            String word = folded.substring(token.start(), token.end());
            if (!token.isWord()) {
                ended = true;
                break;
            }
            if (token.isCapitalized()) {
                if (!afterPlaceLink(folded, tokens, k) || claims.isOrganization(token.start(), token.end())) {
                    ended = true;
                    break; // "… technologies du Vietnam et l'Académie": another name
                }
                int run = capitalizedRun(folded, tokens, k);
                if (run == k) {
                    ended = true;
                    break; // "D'": an elision in capitals runs no name, and reading it again would never end
                }
                k = run;
                end = k;
                place = true;
                continue;
            }
            if (place && !nameLinks.contains(word) || nameStops.contains(word)) {
                ended = true;
                break; // "de Mongolie a signé", "des sciences qui", "des sciences signe"
            }
            if (coordinators.contains(word) && opensAnotherName(folded, tokens, k + 1)) {
                ended = true;
                break; // "la Banque chinoise de développement et l'organisme X": "et" and an article open another name
            }
            k++;
            inARow = nameLinks.contains(word) ? 0 : inARow + 1;
            if (inARow > MAX_WORDS_IN_A_ROW) {
                return -1; // "l'Agence nationale publie chaque année": a sentence goes on
            }
            if (inARow > 0) {
                end = k;
                words = true;
            }
        }
        ended |= k >= tokens.size() || place;
        return (words || place) && end > cue + 1 && ended ? end : -1;
    }

    /** Most tokens from an article after "et" to the capitalized name it describes: "l'organisme d'expertise comptable X". */
    private static final int DESCRIBED_NAME_REACH = 6;

    /**
     * Whether the token at {@code k} is a definite article opening a description of another name: "et l'organisme
     * d'expertise comptable Pricewaterhouse", not "pour la promotion culturelle et l'amitié".
     */
    private boolean opensAnotherName(String folded, List<Token> tokens, int k) {
        if (k >= tokens.size() || !definiteArticles.contains(folded.substring(tokens.get(k).start(), tokens.get(k).end()))) {
            return false;
        }
        for (int t = k + 1; t < tokens.size() && t <= k + DESCRIBED_NAME_REACH && tokens.get(t).isWord(); t++) {
            if (tokens.get(t).isCapitalized()) {
                return t > k + 1;
            }
        }
        return false;
    }

    /**
     * Whether a cue is capitalized inside a sentence, after a word ("l'", "et", "avec"), not at a sentence's or a
     * line's start, and free: where a name in sentence case or title case may open.
     */
    private boolean isCapitalizedInside(List<Token> tokens, int cue, OrganizationClaims claims) {
        Token head = tokens.get(cue);
        return head.isCapitalized() && cue > 0 && tokens.get(cue - 1).isWord()
                && !claims.isTaken(head.start(), head.end()) && !notOrganizations.contains(head.text());
    }

    /**
     * "l'Agence Nationale de Promotion des Investissements", "le Service National d'Apprentissage": a cue
     * capitalized inside a sentence, then capitalized words, name links ("de", "des", "d'") between them, on
     * its line; returns the token after the last capitalized word, or -1 when the cue opens none such.
     */
    private int titleCaseEnd(NormalizedText text, List<Token> tokens, int cue, OrganizationClaims claims) {
        if (!isCapitalizedInside(tokens, cue, claims)) {
            return -1;
        }
        int end = -1;
        for (int k = cue + 1; k < tokens.size() && k - cue <= MAX_SENTENCE_CASE_TOKENS
                && !Words.breaksALine(text.text(), tokens.get(k - 1).end(), tokens.get(k).start()); k++) {
            Token token = tokens.get(k);
            if (!token.isWord() || claims.isOrganization(token.start(), token.end())) {
                break;
            }
            String word = text.folded().substring(token.start(), token.end());
            String before = text.folded().substring(tokens.get(k - 1).start(), tokens.get(k - 1).end());
            if (token.isCapitalized() && !token.text().endsWith("'")) {
                end = k + 1;
            } else if (!TITLE_CASE_LINKS.contains(word) && !(ARTICLES_AFTER_DE.contains(word) && before.equals("de"))) {
                break; // "la Banque et la Côte d'Ivoire": "et" joins two names
            }
        }
        return end;
    }

    /** Kept in code: what joins the capitalized words of a name in title case, "de la" and "de l'" aside. */
    private static final Set<String> TITLE_CASE_LINKS = Set.of("de", "des", "du", "d'");
    private static final Set<String> ARTICLES_AFTER_DE = Set.of("la", "l'");

    /** Whether the token is after "de", "du", "d'" or "de l'": where a place's name joins the name before it. */
    private boolean afterPlaceLink(String folded, List<Token> tokens, int k) {
        String before = folded.substring(tokens.get(k - 1).start(), tokens.get(k - 1).end());
        if (before.equals("l'") && k >= 2) {
            before = folded.substring(tokens.get(k - 2).start(), tokens.get(k - 2).end());
        }
        return placeLinks.contains(before) || before.equals("d'");
    }

    /** Most tokens of an introducer between a plural cue and its examples: ", tels que", ", parmi lesquelles". */
    private static final int MAX_INTRODUCER = 3;

    /**
     * The token after an introducer of examples that follows a plural cue (", dont", "comme", ", notamment",
     * ":"), or {@code k} when there is none; the introducer must hold a word of role list_introducer or a colon.
     */
    private int pastIntroducer(String folded, List<Token> tokens, int k) {
        int j = k;
        boolean introduced = false;
        while (j < tokens.size() && j - k < MAX_INTRODUCER) {
            String t = folded.substring(tokens.get(j).start(), tokens.get(j).end());
            if (listIntroducers.contains(t) || t.equals(":")) {
                introduced = true;
            } else if (!t.equals(",")) {
                break;
            }
            j++;
        }
        return introduced && j < tokens.size() && tokens.get(j).isCapitalized() ? j : k;
    }

    /**
     * One name of a plural cue's list at token {@code k}: a name already known (found by its suffix or
     * in the gazetteer) is passed over, with the dot of its abbreviation ("Halla Corp."); returns the
     * token after it, or k when nothing names an organization there.
     */
    private int listItem(NormalizedText text, List<Token> tokens, int k, String kind, String country,
                         OrganizationClaims claims, List<OrganizationHit> found) {
        int j = k;
        while (j < tokens.size() && tokens.get(j).isWord() && claims.isOrganization(tokens.get(j).start(), tokens.get(j).end())) {
            j++;
        }
        if (j == k) {
            j = addCuedName(text, tokens, k, tokens.get(k).start(), -1, kind, country, false, claims, found);
        }
        if (j == k) {
            return k;
        }
        boolean abbreviationDot = j + 1 < tokens.size() && tokens.get(j).text().equals(".")
                && (tokens.get(j + 1).text().equals(",") || listJoiners.contains(tokens.get(j + 1).text()));
        return abbreviationDot ? j + 1 : j;
    }

    /**
     * "l'université nationale de Séoul", "l'Institut polytechnique de Dakar": an academic head cue, at most
     * {@value #MAX_PLACE_ADJECTIVES} adjectives and "de" before a capitalized name: a place, which the name keeps.
     */
    private boolean isHeadOfPlace(String folded, List<Token> tokens, int cue, int k, String cueWord, String cueKind) {
        if (k == cue + 1 || k - cue - 1 > MAX_PLACE_ADJECTIVES + 1 || !heads.contains(cueWord) || !"academic".equals(cueKind)) {
            return false;
        }
        Token link = tokens.get(k - 1);
        return placeLinks.contains(folded.substring(link.start(), link.end()));
    }

    /** The country a country's name or capital inside {@code [start, end)} names, or null. */
    private static String countryWithin(List<CountryHit> countries, int start, int end) {
        for (CountryHit hit : countries) {
            if (hit.start() >= start && hit.end() <= end && hit.type() != MentionType.DEMONYM) {
                return hit.iso2();
            }
        }
        return null;
    }

    /**
     * Adds the capitalized name starting at token {@code k}, if free, from {@code headStart} when its
     * cue is part of it (else -1); returns the token after it, or k. A name that keeps its place
     * ({@code ofPlace}) may hold a country's name or capital.
     */
    private int addCuedName(NormalizedText text, List<Token> tokens, int k, int phraseStart, int headStart, String kind,
                            String country, boolean ofPlace, OrganizationClaims claims, List<OrganizationHit> found) {
        int run = capitalizedRun(text.text(), tokens, k);
        int end = run == k ? k : pastLegalForms(tokens, run - 1) + 1;
        if (end == k || (ofPlace ? claims.isOrganization(tokens.get(k).start(), tokens.get(end - 1).end())
                        : isTakenPastItsCountry(claims, tokens, k, end))
                || notOrganizations.contains(tokens.get(k).text())
                // a person's name after a cue not part of the name: "le patron de la banque Jean Lemierre"
                || headStart < 0 && end - k >= 2 && givenNames.contains(tokens.get(k).text())) {
            return k;
        }
        int nameStart = headStart >= 0 ? headStart : tokens.get(k).start();
        int nameEnd = tokens.get(end - 1).end();
        String name = text.text().substring(nameStart, nameEnd);
        OrganizationHit hit = new OrganizationHit(new Organization(name, acronymOrNull(name), kind, country),
                nameStart, nameEnd, phraseStart, nameEnd);
        claims.claim(hit);
        found.add(hit);
        return end;
    }

    private boolean isPlural(String cue) {
        return pluralEndings.stream().anyMatch(cue::endsWith);
    }

    /** "le gestionnaire italien du réseau de transport d'électricité Terna": lower-case words and "de" links. */
    private boolean isDescriptor(String folded, Token token) {
        int s = token.start();
        int e = token.end();
        return token.isWord() && !token.isCapitalized()
                && (!connectorWords.contains(folded, s, e) || descriptorLinks.contains(folded, s, e))
                || isElision(token);
    }

    /**
     * Whether the name of tokens [first, end) overlaps a known organization, or a country besides its
     * first or last words: a name of two words or more may open with its country's ("l'opérateur national
     * Algérie Télécom", "Nigeria Sovereign Investment Authority") or end with it ("la compagnie Air
     * Madagascar", "l'opérateur Orange Côte d'Ivoire").
     */
    private static boolean isTakenPastItsCountry(OrganizationClaims claims, List<Token> tokens, int first, int end) {
        if (claims.isOrganization(tokens.get(first).start(), tokens.get(end - 1).end())) {
            return true;
        }
        int rest = end - first >= 2 && claims.isWholeCountry(tokens.get(first).start(), tokens.get(first).end()) ? first + 1 : first;
        int restEnd = end;
        for (int j = rest + 1; j < end && restEnd == end; j++) {
            if (claims.isWholeCountry(tokens.get(j).start(), tokens.get(end - 1).end())) {
                restEnd = j;
            }
        }
        return claims.isCountry(tokens.get(rest).start(), tokens.get(restEnd - 1).end());
    }

    /** "la compagnie d'Etat chinoise X": a capitalized state word after "d'" describes, it names nothing. */
    private boolean isStateAfterElision(String folded, List<Token> tokens, int k) {
        return k > 0 && isElision(tokens.get(k - 1))
                && stateMarkerWords.contains(folded, tokens.get(k).start(), tokens.get(k).end());
    }

    private static boolean isElision(Token token) {
        return token.text().endsWith("'") && token.text().length() == 2 && Character.isLowerCase(token.text().charAt(0));
    }

    private static boolean isSentenceStart(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).text();
        return before.equals(".") || before.equals("\n") || Character.isLowerCase(before.charAt(0)) && before.endsWith("'");
    }

    /** End (exclusive token index) of a run of capitalized words starting at {@code k}. */
    static int capitalizedRun(String text, List<Token> tokens, int k) {
        int end = k;
        int words = 0;
        while (end < tokens.size() && words < 5 && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
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

    /**
     * "l'Institut mexicain Mateas-Romero", "l'Agence de presse mexicaine Notimex": a name in sentence case that
     * ends on a demonym goes on through the capitalized words right after it on its line, when no given name
     * opens them and they name no country; returns the token after the name.
     */
    private int pastNameAfterDemonym(NormalizedText text, List<Token> tokens, int end, OrganizationClaims claims,
                                     List<CountryHit> countries) {
        if (end >= tokens.size() || demonymBetween(countries, tokens.get(end - 1).start(), tokens.get(end - 1).end()) == null) {
            return end;
        }
        Token next = tokens.get(end);
        if (!next.isCapitalized() || givenNames.contains(next.text()) || notOrganizations.contains(next.text())
                || Words.breaksALine(text.text(), tokens.get(end - 1).end(), next.start())) {
            return end;
        }
        int run = capitalizedRun(text.text(), tokens, end);
        if (run == end || claims.isTaken(next.start(), tokens.get(run - 1).end())
                || countryWithin(countries, next.start(), tokens.get(run - 1).end()) != null) {
            return end;
        }
        return run;
    }

    private static String demonymBetween(List<CountryHit> countries, int start, int end) {
        for (CountryHit hit : countries) {
            if (hit.type() == MentionType.DEMONYM && hit.start() >= start && hit.end() <= end) {
                return hit.iso2();
            }
        }
        return null;
    }

    /**
     * "Le Français Total et le Brésilien Petrobras vont signer": a capitalized demonym after a definite
     * article names a company of that country when capitalized words follow it on its line, no given name
     * first ("le Français Emmanuel Macron" is a person); the words are the company's name.
     */
    private void findNamesAfterDemonymNouns(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                            List<OrganizationHit> found, List<CountryHit> countries) {
        for (CountryHit country : countries) {
            if (country.type() != MentionType.DEMONYM || !Character.isUpperCase(text.text().charAt(country.start()))) {
                continue;
            }
            int t = Token.firstFrom(tokens, country.start());
            int name = t;
            while (name < tokens.size() && tokens.get(name).start() < country.end()) {
                name++;
            }
            if (t >= tokens.size() || tokens.get(t).start() != country.start() || t == 0
                    || !definiteArticles.contains(tokens.get(t - 1).text().toLowerCase(Locale.ROOT))
                    || name >= tokens.size() || givenNames.contains(tokens.get(name).text())
                    || Words.breaksALine(text.text(), country.end(), tokens.get(name).start())) {
                continue;
            }
            int end = capitalizedRun(text.text(), tokens, name);
            if (end == name || claims.isTaken(tokens.get(name).start(), tokens.get(end - 1).end())
                    || notOrganizations.contains(tokens.get(name).text())) {
                continue;
            }
            OrganizationHit hit = OrganizationHit.of(new Organization(tokensText(tokens, name, end), null, "company",
                    country.iso2()), tokens.get(name).start(), tokens.get(end - 1).end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /** "Hyundai Engineering & Construction Corporation": capital words ending with a company suffix. */
    private void findNamesWithSuffixes(List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            String kind = suffixInitials.get(word.charAt(0)) ? kindOfSuffix.get(word) : null;
            if (kind == null) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < 6 && (tokens.get(first - 1).isCapitalized()
                    || tokens.get(first - 1).text().equals("&")) && !tokens.get(first - 1).text().endsWith("'")
                    && !afterDeterminer(tokens, first) // "La Borduria Power Authority" opens a sentence with "La"
                    // "l'Américain Kosmos Energy": the company's nationality, no part of its name
                    && claims.demonymAt(tokens.get(first - 1).start(), tokens.get(first - 1).end()) == null) {
                first--;
            }
            while (first < i && sentenceOpeners.contains(tokens.get(first).text())) {
                first++; // "Selon Kappa Engineering, …": the sentence's first word is no part of the name
            }
            if (first == i || isTakenPastItsCountry(claims, tokens, first, i + 1)) {
                continue;
            }
            while (i + 1 < tokens.size() && kindOfSuffix.containsKey(tokens.get(i + 1).text())) {
                kind = kindOfSuffix.get(tokens.get(++i).text()); // "California Air Resources Board": the last says what it is
            }
            i = pastEnglishComplement(tokens, pastLegalForms(tokens, i));
            String name = tokensText(tokens, first, i + 1);
            String nationality = first > 0 ? claims.demonymAt(tokens.get(first - 1).start(), tokens.get(first - 1).end()) : null;
            OrganizationHit hit = OrganizationHit.of(new Organization(name, null, kind, nationality),
                    tokens.get(first).start(), tokens.get(i).end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /** An all-capital word of 2 to 8 letters that is not a known non-organization, numeral or code. */
    private void findLoneAcronyms(NormalizedText text, List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        // counted and judged once each, so a long text with many capitals stays linear; only words
        // shaped like an acronym are counted, as only their counts are asked for
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        tokens.stream().filter(OrganizationFinder::isAcronymShaped).forEach(t -> occurrences.merge(t.text(), 1, Integer::sum));
        java.util.Map<Integer, Boolean> capitalLines = new java.util.HashMap<>();
        LineStarts lines = new LineStarts(text.text());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String t = token.text();
            if (!isAcronymShaped(token) || notOrganizations.contains(t) || isRomanNumeral(t) || claims.isTaken(token.start(), token.end())
                    || followedByNumber(tokens, i) || inCapitalLine(text.text(), lines.of(token.start()), capitalLines)
                    || isSourceCredit(text.text(), tokens, i, lines.of(token.start())) || inHandle(text.text(), token)
                    || !(afterDeterminer(tokens, i) || occurrences.get(t) >= 2)) {
                continue;
            }
            OrganizationHit hit = OrganizationHit.of(new Organization(t, t, "other", null), token.start(), token.end());
            claims.claim(hit);
            found.add(hit);
        }
    }

    /** Most words of a name written out before a known acronym in brackets. */
    private static final int MAX_NAME_BEFORE_ACRONYM = 10;

    /**
     * "Le Groupe national d'ingénierie chimique de Chine (CNCEC)": the name a determiner opens right
     * before a known organization's acronym in brackets is that organization's, in whatever language or
     * order its initials take, unless it names another country or spells the acronym without naming
     * the organization's own; a country named in it is part of the name, no party.
     */
    private void findNamesOfKnownAcronyms(NormalizedText text, List<Token> tokens, List<OrganizationHit> known,
                                          OrganizationClaims claims, List<OrganizationHit> found) {
        for (OrganizationHit hit : known) {
            int open = hit.start() - 1;
            if (open < 0 || text.text().charAt(open) != '(' || hit.end() >= text.text().length()
                    || text.text().charAt(hit.end()) != ')') {
                continue;
            }
            int paren = tokenAt(tokens, open);
            int first = -1;
            for (int k = paren - 1; k >= 0 && paren - k <= MAX_NAME_BEFORE_ACRONYM && tokens.get(k).isWord(); k--) {
                if (determiners.contains(TextNormalizer.fold(tokens.get(k).text())) && k < paren - 2) {
                    first = k + 1;
                    break;
                }
            }
            if (first < 0 || !tokens.get(first).isCapitalized()
                    || claims.isOrganization(tokens.get(first).start(), tokens.get(paren - 1).end())) {
                continue;
            }
            // "l'Office chilien des pêches (OCP)" is another body than a known OCP: a country of its own in
            // the name says so, and so do initials that spell the acronym when no country confirms it
            String home = hit.organization().countryIso2();
            List<CountryHit> named = claims.countriesWithin(tokens.get(first).start(), tokens.get(paren - 1).end());
            boolean confirmed = named.stream().anyMatch(c -> c.iso2().equals(home));
            boolean spelled = AcronymNameFinder.initialsMatched(tokens, first, paren, text.text().substring(hit.start(), hit.end()))
                    == hit.end() - hit.start();
            if (named.stream().anyMatch(c -> !c.iso2().equals(home)) || spelled && !confirmed) {
                continue;
            }
            OrganizationHit name = new OrganizationHit(hit.organization(), tokens.get(first).start(),
                    tokens.get(paren - 1).end(), tokens.get(first).start(), hit.end() + 1);
            claims.claim(name);
            found.add(name);
        }
    }

    /** The index of the token starting at {@code start}, or -1. */
    private static int tokenAt(List<Token> tokens, int start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = tokens.get(mid).start();
            if (at == start) {
                return mid;
            }
            if (at < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /**
     * "La société turque Summa va … . Le contrat a été signé avec Summa": a name a cue or an apposition
     * introduced is the same organization wherever the article writes it again, as written. Found by
     * one pass over the tokens, the names looked up by their first word, so a long text stays linear.
     */
    private static void findNamesAgain(NormalizedText text, List<Token> tokens, OrganizationClaims claims,
                                       List<OrganizationHit> found) {
        // each name once, whatever the number of its mentions, so that a name found a thousand times is
        // one lookup per token, not a thousand
        Map<String, Map<String, Organization>> byFirstWord = new HashMap<>();
        for (OrganizationHit hit : found) {
            String name = hit.organization().name();
            if (name.length() >= SHORTEST_NAME_AGAIN && Character.isUpperCase(name.charAt(0))
                    && text.text().startsWith(name, hit.start()) && hit.end() - hit.start() == name.length()) {
                int space = name.indexOf(' ');
                byFirstWord.computeIfAbsent(space < 0 ? name : name.substring(0, space), k -> new LinkedHashMap<>())
                        .putIfAbsent(name, hit.organization());
            }
        }
        if (byFirstWord.isEmpty()) {
            return;
        }
        List<OrganizationHit> again = new ArrayList<>();
        for (Token token : tokens) {
            Map<String, Organization> named = byFirstWord.get(token.text());
            for (Map.Entry<String, Organization> entry : named == null ? List.<Map.Entry<String, Organization>>of() : named.entrySet()) {
                String name = entry.getKey();
                int end = token.start() + name.length();
                if (text.text().startsWith(name, token.start()) && !claims.isTaken(token.start(), end)
                        && (end == text.text().length() || !Character.isLetterOrDigit(text.text().charAt(end)))) {
                    OrganizationHit hit = OrganizationHit.of(entry.getValue(), token.start(), end);
                    claims.claim(hit);
                    again.add(hit);
                    break;
                }
            }
        }
        found.addAll(again);
    }

    /** Shortest name sought again where the article repeats it: shorter ones are too often other words. */
    private static final int SHORTEST_NAME_AGAIN = 4;

    /** Whether a token is part of a social-media handle or identifier ("@PEJ_PL", "MKiS_GOV_PL"): no name. */
    private static boolean inHandle(String text, Token token) {
        int at = token.start();
        boolean underscore = false;
        while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) {
            underscore |= text.charAt(at - 1) == '_';
            at--;
        }
        return underscore || at > 0 && text.charAt(at - 1) == '@'
                || token.end() < text.length() && text.charAt(token.end()) == '_';
    }

    /**
     * "LA DÉPÊCHE - La Mauritanie et …": capitals opening a line and followed by a dash credit the
     * article's source, as a dateline does; they name no party.
     */
    private static boolean isSourceCredit(String text, List<Token> tokens, int i, int lineStart) {
        if (i > 0 && i + 2 < tokens.size() && tokens.get(i - 1).text().equals("(") && tokens.get(i + 1).text().equals(")")) {
            // "Kinshasa, 1er mars (ACP).- Le Kenya …", "Hanoï (VNA) - …": the agency a dateline credits
            int after = tokens.get(i + 2).text().equals(".") && i + 3 < tokens.size() ? i + 3 : i + 2;
            if (CREDIT_DASHES.contains(tokens.get(after).text())) {
                return true;
            }
        }
        int first = i;
        while (first > 0 && tokens.get(first - 1).start() >= lineStart && tokens.get(first - 1).isAllCaps()) {
            first--;
        }
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).isAllCaps() && tokens.get(next).isWord()) {
            next++;
        }
        return text.substring(lineStart, tokens.get(first).start()).isBlank() && next < tokens.size()
                && CREDIT_DASHES.contains(tokens.get(next).text());
    }

    /**
     * The last token of the legal forms that close a name whose last token is {@code last}: "Kappa Rail
     * Engineering Corp.", "Hoyer GmbH & Co. KG" (forms joined by "&" or after an abbreviation's period).
     */
    private int pastLegalForms(List<Token> tokens, int last) {
        int at = last;
        while (true) {
            if (at + 1 < tokens.size() && kindOfSuffix.containsKey(tokens.get(at + 1).text())) {
                at++;
            } else if (at + 2 < tokens.size() && SUFFIX_JOINERS.contains(tokens.get(at + 1).text())
                    && kindOfSuffix.containsKey(tokens.get(at + 2).text())) {
                at += 2;
            } else {
                return at;
            }
        }
    }

    /** Most words of an English complement after a name's suffix: "of Economics and Law". */
    private static final int MAX_ENGLISH_COMPLEMENT = 6;

    /**
     * The last token of an English complement after a name's last token {@code last}: "Zhongnan University
     * of Economics and Law", "Korea Institute of Science and Technology": "of" and capitalized words,
     * joined by connectors of the rule file ("and", "&", "of", "the"), ending on a capitalized word;
     * {@code last} if none.
     */
    private int pastEnglishComplement(List<Token> tokens, int last) {
        if (last + 2 >= tokens.size() || !tokens.get(last + 1).text().equals("of")) {
            return last;
        }
        int end = last;
        for (int at = last + 2; at < tokens.size() && at - last <= MAX_ENGLISH_COMPLEMENT; at++) {
            Token token = tokens.get(at);
            if (token.isCapitalized() && token.isWord()) {
                end = at;
            } else if (!connectors.contains(token.text())) {
                break;
            }
        }
        return end;
    }

    /** Between two legal forms of one name: "GmbH & Co", "Co. KG". */
    private static final Set<String> SUFFIX_JOINERS = Set.of("&", ".");

    private static final Set<String> CREDIT_DASHES = Set.of("-", "\u2013", "\u2014");

    /** All capitals, 2 to 8 letters and nothing else. */
    private static boolean isAcronymShaped(Token token) {
        String t = token.text();
        if (t.length() < 2 || t.length() > 8 || !token.isAllCaps()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** French puts an article before an organization's acronym: "le FMI", "de la BAD", "l'OMC". */
    private boolean afterDeterminer(List<Token> tokens, int i) {
        return i > 0 && determiners.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean followedByNumber(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && Character.isDigit(tokens.get(i + 2).text().charAt(0));
    }

    /** A line mostly in capitals (a shouted headline) names nothing by its capitals. */
    private static boolean inCapitalLine(String text, int lineStart, java.util.Map<Integer, Boolean> judged) {
        return judged.computeIfAbsent(lineStart, s -> isCapitalLine(text, s));
    }

    /** The start of the line of offsets asked in increasing order, found by reading the text once. */
    private static final class LineStarts {
        private final String text;
        private int read;
        private int lineStart;

        LineStarts(String text) {
            this.text = text;
        }

        int of(int offset) {
            for (; read < offset; read++) {
                if (text.charAt(read) == '\n') {
                    lineStart = read + 1;
                }
            }
            return lineStart;
        }
    }

    private static boolean isCapitalLine(String text, int s) {
        int e = text.indexOf('\n', s);
        String line = text.substring(s, e < 0 ? text.length() : e);
        long words = 0;
        long capitals = 0;
        for (Token token : Token.tokenize(line)) {
            if (token.isWord() && token.text().length() > 2) {
                words++;
                capitals += token.isAllCaps() ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 2 > words;
    }

    static boolean isRomanNumeral(String t) {
        return t.matches("[IVXLCDM]+") && t.length() <= 5 && !t.equals("CD") && !t.equals("DC") && !t.equals("MD");
    }

    static String acronymOrNull(String name) {
        return name.length() <= 8 && name.chars().noneMatch(Character::isLowerCase) && !name.contains(" ") ? name : null;
    }

    private static String tokensText(List<Token> tokens, int from, int to) {
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
