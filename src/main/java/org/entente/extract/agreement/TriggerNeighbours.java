package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * How a trigger stands to the other triggers of its sentence: the same batch by a second noun, the same
 * document after a copula, another document of a list, and where its own object ends.
 */
final class TriggerNeighbours {
    /** Most characters between a trigger, its copula and the trigger that says what it is. */
    private static final int COPULA_REACH = 40;
    /** Most words of a document's name between its trigger and the document it amends ("de modification n°1 du"). */
    private static final int NAME_WORDS_BETWEEN = 3;
    /** Fewest words, list words aside, that make a description of a document's own object. */
    private static final int OBJECT_WORDS = 2;
    /** Characters after a trigger an additive word may stand in: "un protocole d'accord supplémentaire". */
    private static final int ADDITIVE_AFTER_TRIGGER = 16;

    private final AgreementCues cues;
    private final SectorClassifier sectorClassifier;

    TriggerNeighbours(AgreementCues cues, SectorClassifier sectorClassifier) {
        this.cues = cues;
        this.sectorClassifier = sectorClassifier;
    }

    /** The first trigger after {@code trigger} in its sentence; or null. */
    private static PhraseMatcher.Match<String> nextTrigger(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        for (PhraseMatcher.Match<String> other : sentenceCues.kinds()) {
            if (other.start() >= trigger.end()) {
                return other;
            }
        }
        return null;
    }

    /** The end of the first trigger after {@code trigger} in its sentence. */
    static int nextTriggerEnd(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        PhraseMatcher.Match<String> next = nextTrigger(sentenceCues, trigger);
        return next == null ? trigger.end() : next.end();
    }

    /**
     * "quinze mémorandums d'entente et accords", "13 accords bilatéraux et conventions": a plural trigger joined
     * by "et" to the plural one right before it, with no determiner of its own, is the same batch, given by two nouns.
     */
    boolean sharesTheBatch(ArticleContext context, PhraseMatcher.Match<String> previous,
                           PhraseMatcher.Match<String> trigger) {
        if (previous == null || previous.end() > trigger.start()) {
            return false;
        }
        String between = context.folded().substring(previous.end(), trigger.start()).strip();
        return (cues.is(WordRole.LIST_JOINER, between) || isBareList(between) || isQualifiedThenJoined(between))
                && cues.isPluralTrigger(previous) && cues.isPluralTrigger(trigger);
    }

    /** "13 accords bilatéraux et conventions": one word qualifying the first noun, then "et". */
    private boolean isQualifiedThenJoined(String between) {
        String[] words = between.split(" ");
        return words.length == 2 && cues.is(WordRole.LIST_JOINER, words[1]) && !words[0].contains(",")
                && !cues.is(WordRole.DETERMINER, words[0]) && !cues.is(WordRole.OF, words[0]);
    }

    /**
     * "26 conventions, protocoles, accords et mémorandums": commas, and between them single words with no
     * determiner, the last one maybe joined by "et": the nouns of one batch.
     */
    private boolean isBareList(String between) {
        if (!between.startsWith(",")) {
            return false;
        }
        String[] pieces = between.split(",", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            int last = piece.lastIndexOf(' ');
            if (i == pieces.length - 1 && cues.is(WordRole.LIST_JOINER, piece.substring(last + 1))) {
                piece = piece.substring(0, Math.max(last, 0)).strip(); // "…, accords et" before the last noun
            }
            if (!piece.isEmpty() && (piece.contains(" ") || cues.is(WordRole.DETERMINER, piece))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Le second document signé est un protocole d'accord …": a trigger that the copula joins to the
     * next trigger of its sentence, a few words on, names the same document; the next one says its kind.
     */
    boolean namesTheNextTrigger(ArticleContext context, SentenceCues sentenceCues,
                                PhraseMatcher.Match<String> trigger) {
        PhraseMatcher.Match<String> next = nextTrigger(sentenceCues, trigger);
        if (next == null || next.start() - trigger.end() > COPULA_REACH) {
            return false;
        }
        for (String word : context.folded().substring(trigger.end(), next.start()).split("[\\s,]+")) {
            if (cues.is(PartyCue.COPULA, word)) {
                return true;
            }
        }
        return false;
    }

    /** A listed document's sectors: those of its object when it names any, else the sentence's. */
    void ownSectors(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                    AgreementDraft draft) {
        int end = objectEnd(context, sentenceCues, trigger);
        if (draft != null) {
            draft.objectFrom = trigger.start();
            draft.objectTo = end;
        }
        List<String> about = sectorClassifier.sectors(context, sentenceCues.sentence(), trigger.end(), end);
        if (draft != null && !about.isEmpty()) {
            draft.sectors = new ArrayList<>(SectorClassifier.merge(about, List.of()));
        } else if (draft != null && hasObjectOfItsOwn(context, trigger.end(), end)) {
            // "un traité d'extradition et un accord pour la reconnaissance des permis de conduire": the
            // accord is about something in no sector, and borrows none from its neighbours
            draft.sectors = new ArrayList<>();
            draft.objectWithoutSector = true;
        }
    }

    /**
     * Whether a listed document has words of its own after its trigger ("concernant les archives"),
     * beyond those that join the list ("d'extradition, ainsi qu'un"): at least {@link #OBJECT_WORDS}, and
     * its parties ("entre X et Y") are none.
     */
    private boolean hasObjectOfItsOwn(ArticleContext context, int from, int to) {
        int words = 0;
        for (int t = context.firstTokenFrom(from); t < context.tokens().size() && context.tokens().get(t).start() < to; t++) {
            Token token = context.tokens().get(t);
            String word = context.foldedWord(token);
            if (words == 0 && (cues.is(PartyCue.BETWEEN, word) || cues.is(PartyCue.WITH, word))) {
                return false; // "le protocole entre CMA-CGM et Tanger": its parties, not its object
            }
            if (token.isWord() && word.length() > 1 && !cues.is(WordRole.LIST_WORD, word) && ++words >= OBJECT_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger names what the document named just before it amends, completes or applies ("le protocole de
     * modification du protocole d'application", "un accord complémentaire au mémorandum", "des avenants à sa convention"):
     * "de", "du", "au" or "à", an article or a possessive between, joins them, and neither a comma nor a list's word ("et", "ainsi
     * que") stands between the two; one document.
     */
    static boolean namesTheObjectOf(AgreementCues cues, ArticleContext context, PhraseMatcher.Match<String> previous,
                                    PhraseMatcher.Match<String> trigger) {
        String folded = context.folded();
        int at = trigger.start();
        String word = Words.wordBefore(folded, at);
        boolean article = cues.is(WordRole.DEFINITE_ARTICLE, word) || cues.is(WordRole.POSSESSIVE, word);
        if (article) {
            at = Words.previousWordStart(folded, at);
            word = Words.wordBefore(folded, at);
        }
        if (!(cues.is(WordRole.OF, word) || cues.is(WordRole.CONTRACTED_ARTICLE, word) || article && cues.is(WordRole.TO, word))) {
            return false;
        }
        int joint = Words.previousWordStart(folded, at);
        if (joint <= previous.end() || "partnership".equals(trigger.values().get(0))
                || cues.is(WordRole.LIST_WORD, Words.wordBefore(folded, joint))) {
            return false; // "une déclaration relative au partenariat": a partnership the declaration founds
        }
        int words = 0;
        for (int i = previous.end(); i < joint; i++) {
            char c = folded.charAt(i);
            if (c == ',' || c == ';' || c == '.') {
                return false;
            }
            words += c == ' ' && i + 1 < joint && folded.charAt(i + 1) != ' ' ? 1 : 0;
        }
        return words <= NAME_WORDS_BETWEEN;
    }

    /**
     * Where the object of a document ends ("un protocole sur l'énergie ; un accord sur ..."): at the
     * next trigger of its sentence or the next semicolon, else at the sentence's end.
     */
    static int objectEnd(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        int end = sentenceCues.sentence().end();
        PhraseMatcher.Match<String> next = nextTrigger(sentenceCues, trigger);
        if (next != null) {
            end = Math.min(end, next.start());
        }
        int semicolon = Words.indexWithin(context.folded(), ";", trigger.end(), end);
        return semicolon < 0 ? end : semicolon;
    }

    /**
     * "ont signé le protocole d'accord relatif à Taza ; le protocole d'accord relatif au centre de
     * recherche": a trigger of the same kind as an earlier one of its sentence, after a list
     * separator and with a determiner of its own, names another document.
     */
    boolean isListedAfter(ArticleContext context, PhraseMatcher.Match<String> previous,
                          PhraseMatcher.Match<String> trigger) {
        if (previous == null || previous.end() > trigger.start()) {
            return false;
        }
        String between = context.folded().substring(previous.end(), trigger.start());
        // Kept in code: ";", "," and " et " are the punctuation of a list, as SignableMentions and SidesExtent read them too.
        boolean separated = between.contains(";") || between.contains(",") || between.contains(" et ");
        if (!separated || !cues.is(PartyCue.ITEM, Words.wordBefore(context.folded(), trigger.start()))) {
            return false;
        }
        // Two documents of a list say what each is about, and not the same thing.
        String object = objectOf(context.folded(), trigger.end(), context.sentenceAt(trigger.start()).end());
        return !object.isEmpty() && !object.equals(objectOf(context.folded(), previous.end(), trigger.start()));
    }

    /** The words right after a trigger, up to the first list separator: what the document is about. */
    private static String objectOf(String folded, int from, int to) {
        int end = to;
        for (String separator : List.of(";", ",", " et ")) {
            int at = Words.indexWithin(folded, separator, from, end);
            end = at < 0 ? end : at;
        }
        return folded.substring(from, Math.max(from, end)).strip();
    }

    /**
     * "Les deux pays ont également signé un protocole …", "Un protocole supplémentaire a été signé": the sentence
     * adds a document to those reported before it (a word of role additive before the trigger's end).
     */
    boolean saysAlso(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger) {
        List<Token> tokens = context.tokens();
        int end = Math.min(sentence.end(), trigger.end() + ADDITIVE_AFTER_TRIGGER);
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < end; t++) {
            if (tokens.get(t).isWord() && cues.is(WordRole.ADDITIVE, context.foldedWord(tokens.get(t)))
                    && !describesAName(tokens, t)) {
                return true;
            }
        }
        return false;
    }

    /** "Le président Xi Jinping, également secrétaire général du Parti, et …": the additive of an apposition to a name. */
    private static boolean describesAName(List<Token> tokens, int additive) {
        return additive >= 2 && tokens.get(additive - 1).text().equals(",") && tokens.get(additive - 2).isCapitalized();
    }
}
