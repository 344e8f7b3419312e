package org.entente.extract.organization;

import java.util.List;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Finds the names a cue noun opens: "la société publique d'armement péruvienne FAME", each name of a plural
 * cue's list, or a name the capitalized cue is part of ("l'Université Laval").
 */
final class CuedNameFinder {
    private static final int MAX_DESCRIPTOR_WORDS = 7;
    /** Most adjectives between an academic head and the "de" of its place: "université nationale de". */
    private static final int MAX_PLACE_ADJECTIVES = 2;
    private final OrganizationLexicon lexicon;
    private final CapitalizedCueNames capitalizedNames;
    private final SuffixNameFinder suffixNames;

    CuedNameFinder(OrganizationLexicon lexicon, SuffixNameFinder suffixNames) {
        this.lexicon = lexicon;
        this.capitalizedNames = new CapitalizedCueNames(lexicon);
        this.suffixNames = suffixNames;
    }

    /** "la société publique d'armement péruvienne FAME": cue noun, descriptors, then a capitalized name. */
    void find(NormalizedText text, List<Token> tokens, OrganizationClaims claims, List<OrganizationHit> found) {
        for (int i = 0; i < tokens.size(); i++) {
            // a word no cue starts like is no cue: told before folding and hashing
            if (!lexicon.cueInitials.get(text.folded().charAt(tokens.get(i).start()))) {
                continue;
            }
            String cueKind = lexicon.cueKinds.get(text.folded(), tokens.get(i).start(), tokens.get(i).end());
            String cueWord = cueKind == null ? null : text.folded().substring(tokens.get(i).start(), tokens.get(i).end());
            int sentenceCase = capitalizedNames.end(text, tokens, i, cueKind, cueWord, claims);
            if (sentenceCase > 0) {
                addCapitalizedName(text, tokens, i, sentenceCase, cueKind, claims, found);
                i = sentenceCase - 1;
                continue;
            }
            // a capital inside a sentence makes a cue part of a name, which only a head cue may be ("l'Université Laval")
            if (cueKind == null || !tokens.get(i).isCapitalized() && lexicon.capitalizedCues.contains(cueWord)
                    || tokens.get(i).isCapitalized() && i > 0 && !NameTokens.isSentenceStart(tokens, i)
                    && !lexicon.heads.contains(cueWord)
                    // a cue inside a known name opens nothing: "l'Agence française de développement Rémy Rioux"
                    || claims.isOrganization(tokens.get(i).start(), tokens.get(i).end())) {
                continue;
            }
            addDescribedNames(text, tokens, i, cueKind, cueWord, claims, found);
        }
    }

    /** Adds the name of tokens [cue, end) that a capitalized cue opens, its country a demonym or a country inside it. */
    private static void addCapitalizedName(NormalizedText text, List<Token> tokens, int cue, int end, String cueKind,
                                           OrganizationClaims claims, List<OrganizationHit> found) {
        String name = text.text().substring(tokens.get(cue).start(), tokens.get(end - 1).end());
        String country = claims.demonymWithin(tokens.get(cue).start(), tokens.get(end - 1).end());
        if (country == null) {
            country = claims.namedCountryWithin(tokens.get(cue).start(), tokens.get(end - 1).end());
        }
        if (country == null && end < tokens.size()) {
            country = claims.demonymAt(tokens.get(end).start(), tokens.get(end).end()); // "… des tunnels égyptienne"
        }
        OrganizationHit hit = OrganizationHit.of(new Organization(name, null, cueKind, country),
                tokens.get(cue).start(), tokens.get(end - 1).end());
        claims.claim(hit);
        found.add(hit);
    }

    /**
     * Adds the capitalized name after the cue at {@code i} and its descriptors ("la compagnie nationale
     * X"), and after a plural cue each name of its list.
     */
    private void addDescribedNames(NormalizedText text, List<Token> tokens, int i, String cueKind, String cueWord,
                                   OrganizationClaims claims, List<OrganizationHit> found) {
        int k = i + 1;
        boolean state = false;
        while (k < tokens.size() && k - i <= MAX_DESCRIPTOR_WORDS && (isDescriptor(text.folded(), tokens.get(k))
                || isStateAfterElision(text.folded(), tokens, k) || joinsDescriptors(text.folded(), tokens, i, k))) {
            state |= lexicon.stateMarkerWords.contains(text.folded(), tokens.get(k).start(), tokens.get(k).end());
            k++;
        }
        if (k > i + 1 && isClosedApposition(text.text(), tokens, k)) {
            k++; // "une société de construction et d'ingénierie, CAMCE, a signé": the name between commas
        }
        // "l'université nationale de Séoul" stays academic; "la compagnie nationale X" is a state company
        String kind = state && !"academic".equals(cueKind) ? ("state_agency".equals(cueKind) ? cueKind : "state_company") : cueKind;
        String country = claims.demonymWithin(tokens.get(i).start(), k < tokens.size() ? tokens.get(k).start() : 0);
        boolean ofPlace = isHeadOfPlace(text.folded(), tokens, i, k, cueWord, cueKind);
        boolean head = (k == i + 1 || ofPlace) && lexicon.heads.contains(cueWord);
        if (ofPlace && k < tokens.size()) {
            country = claims.namedCountryWithin(tokens.get(k).start(),
                    tokens.get(NameTokens.capitalizedRun(text.text(), tokens, k) - 1).end());
        }
        // "la société nigériane « Maharaz general service limited »"; a head's name holds the head and what it quotes
        // ("un centre de coopération industrielle « Asie centrale »")
        if (!lexicon.heads.contains(cueWord) && addQuotedName(text, tokens, k, tokens.get(i).start(), kind, country, claims, found)) {
            return;
        }
        int end = addCuedName(text, tokens, k, tokens.get(i).start(), head ? tokens.get(i).start() : -1, kind, country,
                ofPlace, claims, found);
        if (isPlural(tokens.get(i).text())) {
            addListedNames(text, tokens, k, end, kind, country, claims, found);
        }
    }

    /** Kept in code: the quotes that open a name the press quotes; {@link OrganizationMerger#CLOSING_QUOTES} close it. */
    private static final String OPENING_QUOTES = "«\"“";
    /** Most words of a quoted name: "Maharaz general service limited". */
    private static final int MAX_QUOTED_WORDS = 6;

    /**
     * "la société nigériane « Maharaz general service limited »": after a cue and its descriptors, a name in quotes that
     * opens with a capital is the organization's, whatever the case of its other words; whether it was one.
     */
    private boolean addQuotedName(NormalizedText text, List<Token> tokens, int k, int phraseStart, String kind, String country,
                                  OrganizationClaims claims, List<OrganizationHit> found) {
        if (k + 2 >= tokens.size() || OPENING_QUOTES.indexOf(tokens.get(k).text().charAt(0)) < 0
                || tokens.get(k).text().length() != 1 || !tokens.get(k + 1).isCapitalized()) {
            return false;
        }
        int close = k + 1;
        while (close < tokens.size() && close - k <= MAX_QUOTED_WORDS && tokens.get(close).isWord()) {
            close++;
        }
        if (close >= tokens.size() || close == k + 1 || tokens.get(close).text().length() != 1
                || OrganizationMerger.CLOSING_QUOTES.indexOf(tokens.get(close).text().charAt(0)) < 0
                || claims.isTaken(tokens.get(k + 1).start(), tokens.get(close - 1).end())) {
            return false;
        }
        addName(text, tokens.get(k + 1).start(), tokens.get(close - 1).end(), phraseStart, kind, country, claims, found);
        return true;
    }

    /** Adds the organization named by the text in [nameStart, nameEnd), its phrase opening at {@code phraseStart}. */
    private static void addName(NormalizedText text, int nameStart, int nameEnd, int phraseStart, String kind, String country,
                                OrganizationClaims claims, List<OrganizationHit> found) {
        String name = text.text().substring(nameStart, nameEnd);
        OrganizationHit hit = new OrganizationHit(new Organization(name, NameTokens.acronymOrNull(name), kind, country),
                nameStart, nameEnd, phraseStart, nameEnd);
        claims.claim(hit);
        found.add(hit);
    }

    /** Whether token {@code k} is a comma before capitalized words that a comma closes: ", CAMCE,". */
    private static boolean isClosedApposition(String text, List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).text().equals(",") || !tokens.get(k + 1).isCapitalized()) {
            return false;
        }
        int end = NameTokens.capitalizedRun(text, tokens, k + 1);
        return end > k + 1 && end < tokens.size() && tokens.get(end).text().equals(",");
    }

    /** Adds the other names of a plural cue's list, whose first name, if any, is tokens [k, end). */
    private void addListedNames(NormalizedText text, List<Token> tokens, int k, int end, String kind, String country,
                                OrganizationClaims claims, List<OrganizationHit> found) {
        // "les groupes français Areva, Total et …": a first name already known opens the list too
        int known = end == k ? pastKnownNames(tokens, k, claims) : k;
        if (known > k && known + 1 < tokens.size() && (tokens.get(known).text().equals(",")
                || lexicon.listJoiners.contains(tokens.get(known).text()))) {
            end = known;
        }
        // "des sociétés coréennes, dont X, Y et Z": a plural cue's examples follow an introducer
        if (end == k) {
            int first = pastIntroducer(text.folded(), tokens, k);
            if (first > k) {
                k = first;
                end = listItem(text, tokens, k, kind, country, claims, found);
            }
        }
        // "les groupes publics algériens Asmidal et Manal": a plural cue names each one
        while (end > k && end + 1 < tokens.size()
                && (lexicon.listJoiners.contains(tokens.get(end).text()) || tokens.get(end).text().equals(","))) {
            k = end + 1;
            if (tokens.get(end).text().equals(",") && lexicon.listJoiners.contains(tokens.get(k).text()) && k + 1 < tokens.size()) {
                k++; // "X, Y, et Z"
            }
            end = listItem(text, tokens, k, kind, country, claims, found);
        }
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
            if (lexicon.listIntroducers.contains(t) || t.equals(":")) {
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
        int j = pastKnownNames(tokens, k, claims);
        if (j == k) {
            j = addCuedName(text, tokens, k, tokens.get(k).start(), -1, kind, country, false, claims, found);
        }
        if (j == k) {
            return k;
        }
        boolean abbreviationDot = j + 1 < tokens.size() && tokens.get(j).text().equals(".")
                && (tokens.get(j + 1).text().equals(",") || lexicon.listJoiners.contains(tokens.get(j + 1).text()));
        return abbreviationDot ? j + 1 : j;
    }

    /** The token after the words from {@code k} that known organizations' names already take ("Halla Corp"), or k. */
    private static int pastKnownNames(List<Token> tokens, int k, OrganizationClaims claims) {
        int j = k;
        while (j < tokens.size() && tokens.get(j).isWord() && claims.isOrganization(tokens.get(j).start(), tokens.get(j).end())) {
            j++;
        }
        return j;
    }

    /**
     * "l'université nationale de Séoul", "l'Institut polytechnique de Dakar": an academic head cue, at most
     * {@value #MAX_PLACE_ADJECTIVES} adjectives and "de" before a capitalized name: a place, which the name keeps.
     */
    private boolean isHeadOfPlace(String folded, List<Token> tokens, int cue, int k, String cueWord, String cueKind) {
        if (k == cue + 1 || k - cue - 1 > MAX_PLACE_ADJECTIVES + 1 || !lexicon.heads.contains(cueWord)
                || !"academic".equals(cueKind) || lexicon.regionHeads.contains(cueWord)) {
            return false;
        }
        Token link = tokens.get(k - 1);
        return lexicon.placeLinks.contains(folded.substring(link.start(), link.end()));
    }

    /**
     * Adds the capitalized name starting at token {@code k}, if free, from {@code headStart} when its
     * cue is part of it (else -1); returns the token after it, or k. A name that keeps its place
     * ({@code ofPlace}) may hold a country's name or capital.
     */
    private int addCuedName(NormalizedText text, List<Token> tokens, int k, int phraseStart, int headStart, String kind,
                            String country, boolean ofPlace, OrganizationClaims claims, List<OrganizationHit> found) {
        int run = NameTokens.capitalizedRun(text.text(), tokens, k);
        int end = run == k ? k : pastItsCountry(text, tokens, suffixNames.pastLegalForms(tokens, run - 1) + 1, claims);
        if (end == k || (ofPlace ? claims.isOrganization(tokens.get(k).start(), tokens.get(end - 1).end())
                        : claims.isTakenPastItsCountry(tokens, k, end))
                || lexicon.notOrganizations.contains(tokens.get(k).text())
                // "la chaîne de production du F-35": a model words away from the cue, no organization ("le groupe FX-35" is)
                || end - k == 1 && NameTokens.isModelDesignation(tokens.get(k).text()) && tokens.get(k - 1).start() > phraseStart
                // a person's name after a cue not part of the name: "le patron de la banque Jean Lemierre"
                || headStart < 0 && end - k >= 2 && lexicon.givenNames.contains(tokens.get(k).text())) {
            return k;
        }
        addName(text, headStart >= 0 ? headStart : tokens.get(k).start(), tokens.get(end - 1).end(), phraseStart, kind,
                country, claims, found);
        return end;
    }

    /**
     * "le groupe Gaz de France": a name goes on through "de" or "du" and a country's name right after it, on its
     * line; returns the token after the name.
     */
    private int pastItsCountry(NormalizedText text, List<Token> tokens, int end, OrganizationClaims claims) {
        if (end + 1 >= tokens.size() || !lexicon.placeLinks.contains(text.folded().substring(tokens.get(end).start(),
                tokens.get(end).end())) || Words.breaksALine(text.text(), tokens.get(end - 1).end(), tokens.get(end + 1).start())) {
            return end;
        }
        int country = NameTokens.capitalizedRun(text.text(), tokens, end + 1);
        return country > end + 1 && claims.isWholeCountry(tokens.get(end + 1).start(), tokens.get(country - 1).end())
                ? country : end;
    }

    private boolean isPlural(String cue) {
        return lexicon.pluralEndings.stream().anyMatch(cue::endsWith);
    }

    /** "le gestionnaire italien du réseau de transport d'électricité Terna": lower-case words and "de" links. */
    private boolean isDescriptor(String folded, Token token) {
        int s = token.start();
        int e = token.end();
        return token.isWord() && !token.isCapitalized()
                && (!lexicon.connectorWords.contains(folded, s, e) || lexicon.descriptorLinks.contains(folded, s, e))
                || isElision(token);
    }

    /**
     * "la société de construction et d'ingénierie CAMCE": "et" between a descriptor and a field after "d'" or in lower
     * case joins descriptors; before an article or a name it joins another party ("la société de construction et l'État").
     */
    private boolean joinsDescriptors(String folded, List<Token> tokens, int cue, int k) {
        if (k <= cue + 1 || k + 1 >= tokens.size() || !lexicon.coordinators.contains(TextNormalizer.fold(tokens.get(k).text()))) {
            return false;
        }
        Token next = tokens.get(k + 1);
        boolean field = isElision(next) ? lexicon.placeLinks.contains(TextNormalizer.fold(next.text()))
                : next.isWord() && !next.isCapitalized() && !lexicon.connectorWords.contains(folded, next.start(), next.end())
                        && !lexicon.determiners.contains(TextNormalizer.fold(next.text()));
        return field && isDescriptor(folded, tokens.get(k - 1));
    }

    /** "la compagnie d'Etat chinoise X": a capitalized state word after "d'" describes, it names nothing. */
    private boolean isStateAfterElision(String folded, List<Token> tokens, int k) {
        return k > 0 && isElision(tokens.get(k - 1))
                && lexicon.stateMarkerWords.contains(folded, tokens.get(k).start(), tokens.get(k).end());
    }

    private static boolean isElision(Token token) {
        return token.text().endsWith("'") && token.text().length() == 2 && Character.isLowerCase(token.text().charAt(0));
    }
}
