package org.entente.extract.organization;

import java.util.List;
import java.util.Set;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Reads how far the name goes that a cue capitalized inside a sentence opens, in sentence case
 * ("l'Académie des sciences de Mongolie") or in title case ("l'Agence Nationale de Promotion des Investissements").
 */
final class CapitalizedCueNames {
    /** Most tokens of a name in sentence case after its cue: "Université mongole des sciences et technologies". */
    private static final int MAX_SENTENCE_CASE_TOKENS = 10;
    /** Most lower-case words in a row, no link between, in a name in sentence case: "sciences appliquées". */
    private static final int MAX_WORDS_IN_A_ROW = 2;
    /**
     * The kinds of cue whose names are written in sentence case: institutions ("l'Agence nationale de
     * l'aviation civile"), not companies ("le Groupe de travail mixte" names none).
     */
    private static final Set<String> SENTENCE_CASE_KINDS = Set.of("academic", "state_agency", "financial", "ngo");
    private final OrganizationLexicon lexicon;

    CapitalizedCueNames(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The token after the name that the cue at {@code cue} opens, capitalized inside a sentence: in sentence
     * case when its kind writes names so, else in title case, then past a name after its demonym; -1 if none.
     */
    int end(NormalizedText text, List<Token> tokens, int cue, String cueKind, String cueWord, OrganizationClaims claims) {
        boolean opensSentenceCase = cueKind != null
                && (SENTENCE_CASE_KINDS.contains(cueKind) || lexicon.sentenceCaseCompanies.contains(cueWord));
        int sentenceCase = opensSentenceCase ? sentenceCaseEnd(text.folded(), tokens, cue, claims) : -1;
        if (lexicon.regionHeads.contains(cueWord) && cue + 1 < tokens.size()
                && lexicon.placeLinks.contains(text.folded().substring(tokens.get(cue + 1).start(), tokens.get(cue + 1).end()))) {
            return -1; // "le Centre du Vietnam": a part of the country
        }
        if (sentenceCase < 0 && cueKind != null) {
            sentenceCase = titleCaseEnd(text, tokens, cue, claims);
        }
        return sentenceCase > 0 ? pastNameAfterDemonym(text, tokens, sentenceCase, claims) : sentenceCase;
    }

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
        int most = MAX_SENTENCE_CASE_TOKENS;
        while (k < tokens.size() && k - cue <= most) {
            Token token = tokens.get(k);
            String word = folded.substring(token.start(), token.end());
            if (!place && words && token.text().equals(",") && enumeratesOn(folded, tokens, k)) {
                k++; // "l'Institut de recherche, de la pêche et de l'irrigation": the name enumerates its fields
                inARow = 0;
                most += ENUMERATION_TOKENS;
                continue;
            }
            if (!token.isWord() || !token.isCapitalized() && endsBefore(folded, tokens, k, word, place)) {
                ended = true;
                break;
            }
            if (token.isCapitalized() && afterPurposeArticle(folded, tokens, k) && !claims.isCountry(token.start(), token.end())
                    && !claims.isOrganization(token.start(), token.end())) {
                // "le Fonds asiatique pour le Développement": a noun of the name capitalized, read as in sentence case
                k++;
                inARow = 1;
                end = k;
                words = true;
                continue;
            }
            if (words && isAcronymOfAThing(tokens, k, folded, claims)) {
                k++; // "l'Autorité égyptienne pour le développement des PME": the last field an acronym, the name ends
                end = k;
                place = true;
                continue;
            }
            if (token.isCapitalized()) {
                int run = placeEnd(folded, tokens, k, claims);
                if (run < 0) {
                    ended = true;
                    break;
                }
                k = run;
                end = k;
                place = true;
                continue;
            }
            k++;
            // "l'Institut de recherche de l'industrie pétrolière iranienne": a demonym closing a complement adds no word
            boolean demonym = inARow > 0 && claims.demonymAt(token.start(), token.end()) != null;
            inARow = lexicon.nameLinks.contains(word) ? 0 : demonym ? inARow : inARow + 1;
            if (inARow > MAX_WORDS_IN_A_ROW) {
                return -1; // "l'Agence nationale publie chaque année": a sentence goes on
            }
            end = inARow > 0 ? k : end;
            words |= inARow > 0;
        }
        ended |= k >= tokens.size() || place;
        if (!place && end > cue + 4 && claims.demonymAt(tokens.get(end - 1).start(), tokens.get(end - 1).end()) != null
                && lexicon.descriptorLinks.contains(folded, tokens.get(end - 3).start(), tokens.get(end - 3).end())) {
            end--; // "l'Autorité nationale des tunnels égyptienne": a demonym after the name's complement is its nationality
        }
        return (words || place) && end > cue + 1 && ended ? end : -1;
    }

    /**
     * The token after the place a capitalized word at {@code k} names in a name in sentence case ("de Mongolie",
     * "du Vietnam de Hanoï"); -1 when the word ends the name instead.
     */
    private int placeEnd(String folded, List<Token> tokens, int k, OrganizationClaims claims) {
        Token token = tokens.get(k);
        if (!afterPlaceLink(folded, tokens, k) || claims.isOrganization(token.start(), token.end())
                || lexicon.officeHeads.contains(folded.substring(token.start(), token.end()))) {
            return -1; // "… technologies du Vietnam et l'Académie": another name; "… du Ministère des affaires": its parent
        }
        int run = NameTokens.capitalizedRun(folded, tokens, k);
        return run == k ? -1 : run; // "D'": an elision in capitals runs no name, and reading it again would never end
    }

    /** Most letters of the acronym of a common thing in a name: "PME", "TIC", "BTP". */
    private static final int THING_ACRONYM_LETTERS = 5;

    /**
     * Whether the token at {@code k} is a short word in capitals after a name link, no organization or country: the
     * acronym of a common thing closing a name in sentence case ("des PME", "des TIC").
     */
    private boolean isAcronymOfAThing(List<Token> tokens, int k, String folded, OrganizationClaims claims) {
        Token token = tokens.get(k);
        String word = token.text();
        Token link = tokens.get(k - 1);
        return word.length() >= 2 && word.length() <= THING_ACRONYM_LETTERS && word.chars().allMatch(Character::isUpperCase)
                && lexicon.nameLinks.contains(folded.substring(link.start(), link.end()))
                && !claims.isOrganization(token.start(), token.end()) && !claims.isCountry(token.start(), token.end());
    }

    /** Whether the token at {@code k} follows "pour" and a definite article: "pour le Développement". */
    private boolean afterPurposeArticle(String folded, List<Token> tokens, int k) {
        if (k < 2) {
            return false;
        }
        String article = folded.substring(tokens.get(k - 1).start(), tokens.get(k - 1).end());
        String purpose = folded.substring(tokens.get(k - 2).start(), tokens.get(k - 2).end());
        return PURPOSE.equals(purpose) && lexicon.definiteArticles.contains(article);
    }

    /** Kept in code: "pour" and a verb in the infinitive open a purpose, not the rest of a name. */
    private static final String PURPOSE = "pour";

    /** Most tokens from a comma inside a name to the "et" of the enumeration it opens: ", de la pêche et". */
    private static final int ENUMERATION_TOKENS = 6;

    /**
     * Whether the comma at {@code comma} goes on with the name's own enumeration: words in lower case (or their
     * links) up to an "et" that is not the first of them, no other mark between ("…aux micro, petites et moyennes
     * entreprises", "…des sols, de l'irrigation et du drainage"), and a word after the "et".
     */
    private boolean enumeratesOn(String folded, List<Token> tokens, int comma) {
        for (int k = comma + 1; k < tokens.size() && k - comma <= ENUMERATION_TOKENS; k++) {
            Token token = tokens.get(k);
            if (!token.isWord() || token.isCapitalized()) {
                return false;
            }
            String word = folded.substring(token.start(), token.end());
            if (lexicon.coordinators.contains(word)) {
                return k > comma + 1 && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                        && !lexicon.nameStops.contains(folded.substring(tokens.get(k + 1).start(), tokens.get(k + 1).end()))
                        && !lexicon.definiteArticles.contains(folded.substring(tokens.get(k + 1).start(), tokens.get(k + 1).end()));
            }
            if (lexicon.nameStops.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the lower-case word at {@code k} ends a name in sentence case before it, after a place or not. */
    private boolean endsBefore(String folded, List<Token> tokens, int k, String word, boolean place) {
        if (place && !lexicon.nameLinks.contains(word) || lexicon.nameStops.contains(word)) {
            return true; // "de Mongolie a signé", "des sciences qui", "des sciences signe"
        }
        if (k + 1 < tokens.size() && lexicon.nameLinks.contains(word)
                && lexicon.officeHeads.contains(folded.substring(tokens.get(k + 1).start(), tokens.get(k + 1).end()))) {
            return true; // "l'Institut diplomatique … au ministère des Affaires étrangères": the ministry it belongs to
        }
        if (word.equals(PURPOSE) && k + 1 < tokens.size() && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized()) {
            String next = folded.substring(tokens.get(k + 1).start(), tokens.get(k + 1).end());
            if (next.length() > 3 && (next.endsWith("er") || next.endsWith("ir"))) {
                return true; // "les efforts du Fonds pour élargir ses partenariats": a purpose, no more of the name
            }
        }
        // "la Banque chinoise de développement et l'organisme X": "et" and an article open another name
        return lexicon.coordinators.contains(word) && opensAnotherName(folded, tokens, k + 1);
    }

    /** Most tokens from an article after "et" to the capitalized name it describes: "l'organisme d'expertise comptable X". */
    private static final int DESCRIBED_NAME_REACH = 6;

    /**
     * Whether the token at {@code k} is a definite article opening a description of another name: "et l'organisme
     * d'expertise comptable Pricewaterhouse", not "pour la promotion culturelle et l'amitié".
     */
    private boolean opensAnotherName(String folded, List<Token> tokens, int k) {
        if (k >= tokens.size() || !lexicon.definiteArticles.contains(folded.substring(tokens.get(k).start(), tokens.get(k).end()))) {
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
                && !claims.isTaken(head.start(), head.end()) && !lexicon.notOrganizations.contains(head.text());
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
        return lexicon.placeLinks.contains(before) || before.equals("d'");
    }

    /**
     * "l'Institut mexicain Mateas-Romero", "l'Agence de presse mexicaine Notimex": a name in sentence case that
     * ends on a demonym goes on through the capitalized words right after it on its line, when no given name
     * opens them and they name no country; returns the token after the name.
     */
    private int pastNameAfterDemonym(NormalizedText text, List<Token> tokens, int end, OrganizationClaims claims) {
        if (end >= tokens.size() || claims.demonymWithin(tokens.get(end - 1).start(), tokens.get(end - 1).end()) == null) {
            return end;
        }
        Token next = tokens.get(end);
        if (!next.isCapitalized() || lexicon.givenNames.contains(next.text()) || lexicon.notOrganizations.contains(next.text())
                || Words.breaksALine(text.text(), tokens.get(end - 1).end(), next.start())) {
            return end;
        }
        int run = NameTokens.capitalizedRun(text.text(), tokens, end);
        if (run == end || claims.isTaken(next.start(), tokens.get(run - 1).end())
                || claims.namedCountryWithin(next.start(), tokens.get(run - 1).end()) != null) {
            return end;
        }
        return run;
    }
}
