package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.country.CountryGazetteer;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Words;

/**
 * The agreement cues of one sentence: its kind triggers, the status of its first verb cue and
 * where that verb starts, whether a negation, negotiation or background cue voids it, and whether
 * that status comes only from a weak cue ("ont annoncé").
 */
record SentenceCues(ArticleContext context, AgreementCues cues, Sentence sentence,
                    List<PhraseMatcher.Match<String>> kinds, String status, int verbStart, boolean negative,
                    boolean weak) {

    static SentenceCues read(AgreementCues cues, ArticleContext context, Sentence sentence) {
        String part = context.folded().substring(sentence.start(), sentence.end());
        List<PhraseMatcher.Match<String>> kinds = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : context.phrasesIn(cues.kinds, sentence)) {
            if (!m.values().get(0).equals(AgreementCues.NO_KIND) && !cues.isUnaccentedHomograph(context.text().text(), m.start())) {
                if (isComplementOf(context.folded(), kinds, m)) {
                    continue; // "des conventions de jumelage": one document, named by its head
                }
                if (isAbbreviationOf(context.folded(), kinds, m)) {
                    continue; // "un mémorandum d'entente (MoU) avec": the same document, abbreviated
                }
                if (isTextOf(cues, context.folded(), kinds, m)) {
                    // "ont conclu un accord …, selon un mémorandum d'entente signé": one document, named by its text
                    kinds.remove(kinds.size() - 1);
                }
                if (isObjectOf(cues, context.folded(), kinds, m)) {
                    continue; // "une entente de principe relativement à un traité": what the document is about
                }
                PhraseMatcher.Match<String> head = headFirst(cues, context.folded(), m);
                // "mémorandum d'entente de coopération": the head noun found alone is part of the longer document
                kinds.removeIf(k -> k.start() >= head.start() && k.end() <= head.end());
                kinds.add(head);
            }
        }
        String status = null;
        String weak = null;
        int verbStart = sentence.end();
        int weakStart = sentence.end();
        boolean negative = false;
        List<PhraseMatcher.Match<String>> negatives = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : context.phrasesIn(cues.statuses, sentence)) {
            String value = m.values().get(0);
            if (endsAnEvent(cues, context, sentence, m)) {
                continue; // "ont conclu mardi une visite de deux jours": no document
            }
            if (value.equals(AgreementCues.PLUPERFECT) && !cues.isReported(part, m.start() - sentence.start())) {
                negatives.add(m);
            } else if (value.equals(AgreementCues.PLUPERFECT)) {
                if (status == null) {
                    status = "signed"; // "la présidence a indiqué que le pays avait signé une douzaine d'accords"
                    verbStart = m.start();
                }
            } else if (value.equals(AgreementCues.NEGATIVE)) {
                negatives.add(m);
            } else if (value.equals(AgreementCues.WEAK)) {
                if (weak == null) {
                    weak = "signed";
                    weakStart = m.start();
                }
            } else if (status == null) {
                status = value;
                verbStart = m.start();
            }
        }
        int verb = verbStart;
        for (PhraseMatcher.Match<String> m : negatives) {
            // "ont signé un protocole pour la mise en œuvre de l'accord de 1998": after the verb, a cue that
            // holds a document's noun recalls that document only; the one signed stands
            boolean recallsItsOwnDocument = status != null && m.start() > verb
                    && kinds.removeIf(k -> k.start() >= m.start() && k.end() <= m.end());
            if (recallsItsOwnDocument && examplesFollow(cues, context.folded(), m.end(), sentence.end())) {
                // "revisiter tous les accords existants, dont l'accord sur … et l'accord transfrontalier": its examples too
                int examplesEnd = m.end();
                while (examplesEnd < sentence.end() && context.folded().charAt(examplesEnd) != ';') {
                    examplesEnd++; // the sentence's characters only, never the rest of the page
                }
                int clauseEnd = examplesEnd;
                kinds.removeIf(k -> k.start() >= m.end() && k.start() < clauseEnd);
            }
            // "ont signé la déclaration pour le lancement des négociations sur un accord": the verb's own
            // document, named before the cue, stands; the documents after it are the ones in talks
            boolean followsTheVerbsDocument = !recallsItsOwnDocument && status != null && m.start() > verb
                    && kinds.stream().anyMatch(k -> k.start() > verb && k.end() <= m.start());
            if (followsTheVerbsDocument) {
                kinds.removeIf(k -> k.start() >= m.start());
            }
            negative |= !recallsItsOwnDocument && !followsTheVerbsDocument;
        }
        negative |= cues.negatedVerb.in(part);
        boolean onlyWeak = status == null && weak != null;
        if (onlyWeak) {
            status = weak;
            verbStart = weakStart;
        }
        return new SentenceCues(context, cues, sentence, kinds, status, verbStart, negative, onlyWeak);
    }

    /**
     * "protocole d'accord de coopération": a longer trigger ("accord de coopération") that starts
     * after "d'" and a noun with which its first word names a document ("protocole d'accord") is that
     * document; French puts the head noun first.
     */
    private static PhraseMatcher.Match<String> headFirst(AgreementCues cues, String folded, PhraseMatcher.Match<String> m) {
        int elision = m.start() - 2;
        if (elision < 2 || !folded.startsWith(" d'", elision - 1)) {
            return m;
        }
        int headStart = elision - 1;
        while (headStart > 0 && Character.isLetter(folded.charAt(headStart - 1))) {
            headStart--;
        }
        int space = m.phrase().indexOf(' ');
        if (space < 0 || headStart == elision - 1) {
            return m;
        }
        String head = folded.substring(headStart, m.start() + space);
        List<PhraseMatcher.Match<String>> found = cues.kinds.findLongest(head);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != head.length()
                || found.get(0).values().get(0).equals(AgreementCues.NO_KIND)) {
            return m;
        }
        return new PhraseMatcher.Match<>(headStart, m.end(), folded.substring(headStart, m.end()), found.get(0).values());
    }

    /** Most words between a closing verb and the event it ends: "conclu mardi une visite". */
    private static final int EVENT_REACH = 3;

    /** Whether a status cue ends on a closing verb whose object, a few words on, is an event: "a conclu sa visite". */
    private static boolean endsAnEvent(AgreementCues cues, ArticleContext context, Sentence sentence,
                                       PhraseMatcher.Match<String> cue) {
        if (!cues.is(WordRole.CLOSING_VERB, Words.wordBefore(context.folded(), cue.end()))) {
            return false;
        }
        List<Token> tokens = context.tokens();
        int next = context.firstTokenFrom(cue.end());
        for (int k = next; k < tokens.size() && k <= next + EVENT_REACH && tokens.get(k).start() < sentence.end(); k++) {
            String word = context.foldedWord(tokens.get(k));
            if (cues.is(WordRole.EVENT_NOUN, word)) {
                return true;
            }
            if (!Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a trigger follows another one and "de" ("conventions de jumelage"): it is what the document is of. */
    private static boolean isComplementOf(String folded, List<PhraseMatcher.Match<String>> kinds,
                                          PhraseMatcher.Match<String> m) {
        if (kinds.isEmpty()) {
            return false;
        }
        int end = kinds.get(kinds.size() - 1).end();
        return m.start() - end == COMPLEMENT_LINK.length() && folded.startsWith(COMPLEMENT_LINK, end);
    }

    /** Whether a trigger stands in brackets right after another one ("mémorandum d'entente (MoU)"): its abbreviation. */
    private static boolean isAbbreviationOf(String folded, List<PhraseMatcher.Match<String>> kinds,
                                            PhraseMatcher.Match<String> m) {
        if (kinds.isEmpty()) {
            return false;
        }
        int end = kinds.get(kinds.size() - 1).end();
        return m.start() - end == ABBREVIATION_OPENING.length() && folded.startsWith(ABBREVIATION_OPENING, end)
                && m.end() < folded.length() && folded.charAt(m.end()) == ')';
    }

    /** Whether a word giving examples ("dont", "notamment") follows {@code at}, a comma allowed between. */
    private static boolean examplesFollow(AgreementCues cues, String folded, int at, int end) {
        int from = at;
        while (from < end && (folded.charAt(from) == ' ' || folded.charAt(from) == ',')) {
            from++;
        }
        return from < end && cues.is(PartyCue.EXAMPLE, Words.wordAfter(folded, from));
    }

    /** Whether a trigger follows "selon" and an article, after another trigger of its sentence: that one's text. */
    private static boolean isTextOf(AgreementCues cues, String folded, List<PhraseMatcher.Match<String>> kinds,
                                    PhraseMatcher.Match<String> m) {
        if (kinds.isEmpty()) {
            return false;
        }
        List<String> before = Words.wordsBefore(folded, m.start(), 2, kinds.get(kinds.size() - 1).end());
        return before.size() == 2 && cues.is(WordRole.SOURCE, before.get(1))
                && (cues.is(WordRole.INDEFINITE, before.get(0)) || cues.is(WordRole.DEFINITE_ARTICLE, before.get(0)));
    }

    /** Kept in code: what opens the abbreviation of the noun before it. */
    private static final String ABBREVIATION_OPENING = " (";

    /** Most words between a trigger and another it is about: "relativement à un". */
    private static final int OBJECT_LINK_WORDS = 4;

    /**
     * Whether a trigger follows the one before it after a word saying what that one is about or for and an article
     * ("une entente de principe relativement à un traité", "un protocole concernant l'accord", "le mémorandum sur le
     * partenariat stratégique", "une convention pour une ligne de crédit"): it is that document's object, no document
     * of its own.
     */
    private static boolean isObjectOf(AgreementCues cues, String folded, List<PhraseMatcher.Match<String>> kinds,
                                      PhraseMatcher.Match<String> m) {
        if (kinds.isEmpty() || kinds.get(kinds.size() - 1).end() >= m.start()) {
            return false;
        }
        String between = folded.substring(kinds.get(kinds.size() - 1).end(), m.start());
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) {
            return false;
        }
        List<String> words = List.of(between.strip().replace("'", "' ").split(" +"));
        String last = words.get(words.size() - 1);
        String first = words.get(0);
        // "une convention de financement pour une ligne de crédit": what it is for is what it is about
        boolean about = cues.is(WordRole.OBJECT_CUE, first) || cues.is(WordRole.PURPOSE, first)
                || cues.is(WordRole.DESCRIBING, first) && !cues.is(PartyCue.COPULA, first);
        return words.size() >= 2 && words.size() <= OBJECT_LINK_WORDS && about
                && (cues.is(WordRole.DEFINITE_ARTICLE, last) || cues.is(WordRole.INDEFINITE, last));
    }

    /** Kept in code: the preposition that makes a noun the complement of the one before it. */
    private static final String COMPLEMENT_LINK = " de ";

    /** The anaphoric determiner ("cet", "ce", "l'") opening the sentence just before this trigger, or null. */
    String anaphorBefore(PhraseMatcher.Match<String> trigger) {
        int determinerStart = Words.previousWordStart(context.folded(), trigger.start());
        if (determinerStart < sentence.start() || trigger.start() > sentence.end()) {
            return null; // the trigger opens its sentence: the word before belongs to the previous one
        }
        String before = Words.wordBefore(context.folded(), trigger.start());
        if (cues.ordinal(before) >= 2 && determinerStart > sentence.start()) {
            // "ce troisième contrat": the determiner stands before the ordinal
            before = Words.wordBefore(context.folded(), determinerStart);
            determinerStart = Words.previousWordStart(context.folded(), determinerStart);
        }
        boolean opensSentence = wordsBetween(context.folded(), sentence.start(), determinerStart) <= 1;
        // "Selon Sonatrach, ce contrat …": a demonstrative refers back wherever it stands
        boolean demonstrative = cues.is(WordRole.DEMONSTRATIVE, before);
        return (opensSentence || demonstrative || saidSigned(trigger) || afterOpeningParticiple(determinerStart))
                && cues.is(PartyCue.ANAPHOR, before) ? before : null;
    }

    /**
     * "Paraphé par le ministre …, le mémorandum vise …": the sentence opens on its status verb, a participle, and the
     * determiner follows the comma that closes it; the trigger is the subject, said to be signed.
     */
    private boolean afterOpeningParticiple(int determinerStart) {
        return status != null && !weak && verbStart == sentence.start()
                && context.folded().substring(sentence.start(), determinerStart).stripTrailing().endsWith(",");
    }

    /**
     * "Les ministres … ont paraphé l'accord ainsi que …": a one-word trigger after a definite article, right after the
     * sentence's status verb and with no complement of its own ("l'accord de pêche", "l'accord sur …"), is its object.
     */
    boolean isBareObjectOfItsVerb(PhraseMatcher.Match<String> trigger) {
        String folded = context.folded();
        if (status == null || weak || trigger.phrase().contains(" ") || trigger.start() <= verbStart
                || !cues.is(WordRole.DEFINITE_ARTICLE, Words.wordBefore(folded, trigger.start()))) {
            return false;
        }
        int determinerStart = Words.previousWordStart(folded, trigger.start());
        boolean rightAfterTheVerb = context.phrasesIn(cues.statuses, sentence).stream()
                .anyMatch(m -> m.start() == verbStart && folded.substring(m.end(), determinerStart).isBlank());
        String after = Words.wordAfter(folded, trigger.end());
        boolean complement = cues.is(WordRole.OF, after) || folded.startsWith(" d'", trigger.end())
                || cues.is(WordRole.DESCRIBING, after) || cues.is(PartyCue.BETWEEN, after);
        return rightAfterTheVerb && !complement;
    }

    /** "… que l'accord a été signé": the trigger is the subject of a passive, its auxiliary and "été" right after it. */
    private boolean saidSigned(PhraseMatcher.Match<String> trigger) {
        List<Token> tokens = context.tokens();
        int next = context.firstTokenFrom(trigger.end());
        return next + 1 < tokens.size() && tokens.get(next + 1).start() < sentence.end()
                && cues.is(WordRole.PASSIVE_AUXILIARY, context.foldedWord(tokens.get(next)))
                && cues.is(WordRole.PASSIVE_PARTICIPLE, context.foldedWord(tokens.get(next + 1)));
    }

    /** The determiner that opens the sentence right before the trigger ("Un accord qui …"), or null. */
    String openingDeterminer(PhraseMatcher.Match<String> trigger) {
        int determinerStart = Words.previousWordStart(context.folded(), trigger.start());
        if (determinerStart < sentence.start() || trigger.start() > sentence.end()
                || wordsBetween(context.folded(), sentence.start(), determinerStart) > 0) {
            return null;
        }
        return Words.wordBefore(context.folded(), trigger.start());
    }

    /** Words (runs without space or comma) in {@code text[start, end)}, counted up to 2: enough to tell one from many. */
    private static int wordsBetween(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end && words < 2; i++) {
            boolean separator = text.charAt(i) == ' ' || text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i));
            words += !separator && !inWord ? 1 : 0;
            inWord = !separator;
        }
        return words;
    }

    /** "Un autre accord", "un second protocole", "un troisième texte": a trigger that announces a further agreement. */
    boolean isAnother(PhraseMatcher.Match<String> trigger) {
        int wordStart = Words.previousWordStart(context.folded(), trigger.start());
        String firstWord = TextNormalizer.fold(trigger.phrase()).split(" ")[0];
        return cues.is(PartyCue.ANOTHER, firstWord) || wordStart >= sentence.start()
                && cues.is(PartyCue.ANOTHER, Words.wordBefore(context.folded(), trigger.start()));
    }

    /**
     * "dans le cadre du partenariat stratégique", "dans le cadre du 3e contrat de désendettement": the trigger names
     * an existing frame, an ordinal between, not a new agreement.
     */
    boolean isFramed(PhraseMatcher.Match<String> trigger) {
        int at = trigger.start();
        if (cues.ordinal(Words.wordBefore(context.folded(), at)) > 0) {
            at = Words.previousWordStart(context.folded(), at);
        }
        String before = context.folded().substring(Math.max(sentence.start(), at - 40), at).stripTrailing();
        for (int cut = before.length() - 1; cut >= 0; cut--) {
            // from a word's start, an elided article's included: "l'exécution du contrat"
            if ((cut == 0 || before.charAt(cut - 1) == ' ' || before.charAt(cut - 1) == '\'')
                    && cues.is(PartyCue.FRAME, before.substring(cut))) {
                // "ont annoncé l'établissement du partenariat stratégique": a partnership founded, not recalled
                return !(cues.is(PartyCue.FOUNDING, before.substring(cut)) && "partnership".equals(trigger.values().get(0)));
            }
        }
        return false;
    }
}
