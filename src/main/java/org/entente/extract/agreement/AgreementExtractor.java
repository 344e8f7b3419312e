package org.entente.extract.agreement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Finds the agreements an article reports: a kind trigger, a status cue and at least two parties
 * in a sentence; later sentences that refer back ("Cet accord…") enrich it instead of adding one.
 */
public final class AgreementExtractor {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final int BACKGROUND_REACH = 60;
    /** Most sentences between a batch ("plusieurs accords") and the sentence listing its documents. */
    private static final int ENUMERATION_REACH = 3;
    /** The marks that open a list's item on its line. */
    private static final String LIST_MARKS = "-–—•*·▪";
    /** Most words of a line between a list's items that does not end the list ("Photo : VNA/CVN"). */
    private static final int ASIDE_WORDS = 6;
    /** Most sentences after a signing that one telling of the signing's place may follow ("La cérémonie a eu lieu à X"). */
    private static final int SIGNING_REACH = 6;
    /** Most characters between a trigger, its copula and the trigger that says what it is. */
    private static final int COPULA_REACH = 40;
    /** The kind of a batch whose documents are of several kinds. */
    private static final String GENERIC_KIND = "agreement";

    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final OwnSides ownSides;
    private final PlaceResolver placeResolver;
    private final SentenceDates dates;
    private final SectorClassifier sectorClassifier;
    private final Pattern datedPast;
    private final DescribedBatches describedBatches;
    private final DraftCompletion completion;

    public AgreementExtractor(AgreementCues cues, DateResolver dateResolver, SectorClassifier sectorClassifier) {
        this.cues = cues;
        SignableMentions signable = new SignableMentions(cues);
        SidesExtent sidesExtent = new SidesExtent(cues, signable);
        this.partyFinder = new PartyFinder(cues, signable, sidesExtent);
        this.ownSides = new OwnSides(cues, signable, sidesExtent);
        this.placeResolver = new PlaceResolver(cues);
        this.dates = new SentenceDates(dateResolver);
        this.sectorClassifier = sectorClassifier;
        this.describedBatches = new DescribedBatches(cues, sectorClassifier);
        this.completion = new DraftCompletion(cues, placeResolver, dates, sectorClassifier);
        this.datedPast = Pattern.compile("\\b(" + dateResolver.yearLeads + ") ((?:19|20)\\d{2})\\b");
    }

    public List<AgreementDraft> extract(ArticleContext context) {
        List<AgreementDraft> drafts = new ArrayList<>();
        List<AgreementDraft> headlines = new ArrayList<>();
        List<AgreementDraft> statements = new ArrayList<>();
        Map<List<Object>, AgreementDraft> firstDraft = new HashMap<>();
        Map<List<Object>, AgreementDraft> firstHeadline = new HashMap<>();
        Sentence listIntro = null;
        for (Sentence sentence : context.sentences()) {
            context.deadline().check();
            SentenceCues sentenceCues = SentenceCues.read(cues, context, sentence);
            boolean item = listIntro != null && isListItem(context, sentence);
            if (!item && !isAside(context, sentence, sentenceCues)) {
                listIntro = opensAList(context, sentence) ? sentence : null;
            }
            if (sentenceCues.kinds().isEmpty()) {
                AgreementDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                if (last != null && last.batch && opensOnSignedDocuments(context, sentenceCues)) {
                    // "Les dix documents signés ont trait à la pêche …": what the batch reported before is about
                    enrich(context, last, sentence);
                    if (context.trace().isOn()) {
                        last.why.add("sectors also from sentence " + (sentence.index() + 1)
                                + ", which opens on the documents signed");
                    }
                    continue;
                }
                if (last != null && "signed".equals(last.status) && sentence.index() - last.sentence.index() <= SIGNING_REACH
                        && hasWordOf(context, sentence, WordRole.SIGNING_EVENT)) {
                    saysWhereItWasSigned(context, last, sentence); // "La cérémonie de signature a eu lieu à Pékin"
                }
                rememberStatement(context, sentence, sentenceCues, statements);
                continue;
            }
            AgreementDraft itemOf = item && sentenceCues.status() == null ? listedBatch(listIntro, drafts) : null;
            if (itemOf != null) {
                // "… ces documents, qui comprennent :" then "- Protocole d'accord entre A et B." a line each
                itemOf.enumerated |= enumerate(context, sentenceCues, itemOf,
                        partyFinder.find(context, sentence, sentence.end()), drafts) > 0;
                continue;
            }
            Listing listing = sentenceCues.status() == null || opensOnSignedDocuments(context, sentenceCues)
                    ? listing(context, sentence, drafts) : Listing.NONE;
            if (listing == Listing.WHOLE) {
                AgreementDraft batch = listedBatch(sentence, drafts);
                // "Le premier accord porte sur …" lists no document of its own: the batch stays
                batch.enumerated |= enumerate(context, sentenceCues, batch,
                        partyFinder.find(context, sentence, sentence.end()), drafts) > 0;
                continue;
            }
            if (listing == Listing.EXAMPLES) {
                // "Parmi ces textes figure un accord …": an example of a batch counted once, as the batch;
                // unless other parties sign it ("… figure un protocole entre la compagnie X et l'électricien Y"),
                // a document of its own beside the batch
                AgreementDraft batch = listedBatch(sentence, drafts);
                List<Party> own = partyFinder.find(context, sentence, sentence.end());
                if (own.size() >= 2 && !batch.sharesPartiesWith(new java.util.LinkedHashSet<>(own))) {
                    enumerate(context, sentenceCues, batch, own, drafts);
                    continue;
                }
                sentenceCues.kinds().forEach(t -> context.trace().dropped(t.phrase(), sentence.index(),
                        "an example of the batch of sentence " + (batch.sentence.index() + 1) + ", which stays one entry"));
                continue;
            }
            Map<String, PhraseMatcher.Match<String>> lastOfKind = new HashMap<>();
            Map<String, AgreementDraft> lastDraftOfKind = new HashMap<>();
            PhraseMatcher.Match<String> lastTrigger = null;
            AgreementDraft lastDraft = null;
            int describedUntil = -1;
            for (PhraseMatcher.Match<String> trigger : sentenceCues.kinds()) {
                context.deadline().check();
                if (sharesTheBatch(context, lastTrigger, trigger)) {
                    context.trace().dropped(trigger.phrase(), sentence.index(),
                            "listed with the plural before it, without a determiner: one batch of both kinds");
                    if (lastDraft != null && !lastDraft.kind.equals(trigger.values().get(0))) {
                        lastDraft.kind = GENERIC_KIND; // "26 conventions, protocoles, accords et mémorandums"
                    }
                    continue;
                }
                if (trigger.start() < describedUntil) {
                    context.trace().dropped(trigger.phrase(), sentence.index(),
                            "what the document reported before, named before the copula, is said to be");
                    continue;
                }
                if (namesTheNextTrigger(context, sentenceCues, trigger)) {
                    AgreementDraft known = sentenceCues.isAnother(trigger) ? null : reportedBefore(context, sentence, trigger, drafts);
                    if (known != null) {
                        // "le mémorandum signé constitue une feuille de route": the document reported before, described
                        describedUntil = nextTriggerEnd(sentenceCues, trigger);
                        enrich(context, known, sentence);
                        context.trace().dropped(trigger.phrase(), sentence.index(), "refers back to the agreement of sentence "
                                + (known.sentence.index() + 1) + ", which the copula describes");
                        continue;
                    }
                    context.trace().dropped(trigger.phrase(), sentence.index(),
                            "the subject of 'est': the same document as the trigger after it");
                    continue;
                }
                AgreementDraft draft = fromTrigger(context, sentence, sentenceCues, trigger, drafts, statements);
                if (draft != null) {
                    draft.batch = cues.isPluralTrigger(trigger);
                    draft.count = draft.batch ? describedBatches.countBefore(context, trigger.start()) : 0;
                    draft.triggerEnd = trigger.end();
                    draft.triggerPhrase = trigger.phrase();
                    boolean headline = AgreementMerger.isHeadline(context, sentence);
                    PhraseMatcher.Match<String> previous = lastOfKind.get(draft.kind);
                    boolean listed = isListedAfter(context, previous, trigger);
                    // "un accord sur l'énergie et un mémorandum sur la santé": documents of other kinds in a list
                    boolean listedWithOther = !listed && lastDraft != null && !lastDraft.kind.equals(draft.kind)
                            && isListedAfter(context, lastTrigger, trigger);
                    if (listed || listedWithOther) {
                        // The sentence names several documents: each is about its own object.
                        ownSectors(context, sentenceCues, trigger, draft);
                        ownSectors(context, sentenceCues, listed ? previous : lastTrigger,
                                listed ? lastDraftOfKind.get(draft.kind) : lastDraft);
                    }
                    if (listed) {
                        if (context.trace().isOn()) {
                            draft.why.add("listed after another " + draft.kind + " of the same sentence: a document "
                                    + "of its own, with the sectors of its own object");
                        }
                    }
                    draft.another = sentenceCues.isAnother(trigger) || listed || listedWithOther
                            || saysAlso(context, sentence, trigger);
                    // said to be another, or listed beside another document: one of its own, merged with none
                    addOrMerge(headline ? headlines : drafts, headline ? firstHeadline : firstDraft, draft, draft.another);
                    lastOfKind.put(draft.kind, trigger);
                    lastDraftOfKind.put(draft.kind, draft);
                    lastTrigger = trigger;
                    lastDraft = draft;
                }
            }
        }
        drafts.removeIf(d -> d.enumerated);
        describedBatches.split(context, drafts);
        new AgreementMerger().merge(drafts, headlines, statements);
        completion.complete(context, drafts);
        return drafts;
    }

    /**
     * "Les six documents signés sont le mémorandum …, l'accord …": a sentence whose status word is a
     * participle of its subject, a document's noun in the plural after "les" (and a number), speaks of
     * documents already reported; it may list them as a sentence without a status verb would.
     */
    private boolean opensOnSignedDocuments(ArticleContext context, SentenceCues sentenceCues) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(sentenceCues.sentence().start());
        int verb = context.firstTokenFrom(sentenceCues.verbStart());
        if (verb - first < 2 || verb - first > 3 || verb >= tokens.size()
                || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(first)))) {
            return false;
        }
        // a document's noun, in the plural ("documents", "accords"); "Les deux parties ont signé" reports a signing
        String noun = context.foldedWord(tokens.get(verb - 1));
        return cues.isPlural(noun) && cues.is(WordRole.DESCRIBING, noun.substring(0, noun.length() - 1));
    }

    /** Whether a sentence ends on a colon, before the items of a list ("… qui comprennent :"). */
    private static boolean opensAList(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int end = sentence.end();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > sentence.start() && text.charAt(end - 1) == ':';
    }

    /**
     * Whether a sentence is an item of a list: the first sentence of a line that opens with a dash,
     * a bullet or a number ("1.", "2)"), after that mark; or a line in lower case that ends on a
     * semicolon or follows a line that does ("l'accord sur la pêche ;" then "et enfin, l'accord sur …").
     */
    private static boolean isListItem(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int line = sentence.start();
        while (line > 0 && text.charAt(line - 1) != '\n') {
            line--;
        }
        int mark = skipSpaces(text, line, sentence.end());
        if (mark == sentence.start() && Character.isLowerCase(text.charAt(mark))) {
            return endsOn(text, sentence.end(), ';') || line > 0 && endsOn(text, line - 1, ';');
        }
        int digits = mark;
        while (digits < sentence.end() && digits - mark < 3 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        int markEnd = digits > mark ? digits : mark;
        if (markEnd >= text.length() || (digits > mark ? ".)" : LIST_MARKS).indexOf(text.charAt(markEnd)) < 0
                || markEnd + 1 >= text.length() || !Character.isWhitespace(text.charAt(markEnd + 1))) {
            return false;
        }
        return sentence.start() <= skipSpaces(text, markEnd + 1, text.length());
    }

    /** Whether the text before {@code end}, blanks aside, is the mark. */
    private static boolean endsOn(String text, int end, char mark) {
        int at = end;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at > 0 && text.charAt(at - 1) == mark;
    }

    private static int skipSpaces(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A short line between a list's items that names no document ("Photo : VNA"): the list goes on. */
    private boolean isAside(ArticleContext context, Sentence sentence, SentenceCues sentenceCues) {
        return sentenceCues.kinds().isEmpty() && sentenceCues.status() == null
                && context.firstTokenFrom(sentence.end()) - context.firstTokenFrom(sentence.start()) <= ASIDE_WORDS;
    }

    /** How a sentence without a status verb refers to a batch named just before it. */
    private enum Listing { NONE, WHOLE, EXAMPLES }

    /**
     * "Le Cambodge et la Chine ont signé plusieurs accords. Les documents comprennent un protocole
     * d'accord sur … et un autre sur …": a sentence without a status verb that lists documents
     * shortly after a batch names that batch's documents: all of them ("comprennent", "incluent"),
     * which replace it, or some as examples ("parmi", "notamment"), when the batch stays one entry.
     */
    private Listing listing(ArticleContext context, Sentence sentence, List<AgreementDraft> drafts) {
        if (listedBatch(sentence, drafts) == null) {
            return Listing.NONE;
        }
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            String word = TextNormalizer.fold(tokens.get(t).text());
            if (cues.is(PartyCue.EXAMPLE, word)) {
                return Listing.EXAMPLES;
            }
            // an ordinal lists only where it picks a document: "Le premier accord est …", not "Au troisième jour"
            if (cues.is(PartyCue.ENUMERATION, word) && (cues.ordinal(word) < 0 || describedBatches.picksADocument(context, tokens, t))) {
                // the first cue says it: "Il s'agit de A, de B et de quatre mémorandums, dont l'un …" lists them all
                return Listing.WHOLE;
            }
        }
        return Listing.NONE;
    }

    /**
     * The batch a listing sentence may detail: the last batch of the article, a few sentences back at
     * most, whatever documents have been listed from it since ("Le premier accord est …. Le second …").
     */
    private static AgreementDraft listedBatch(Sentence sentence, List<AgreementDraft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            AgreementDraft d = drafts.get(i);
            if (sentence.index() - d.sentence.index() > ENUMERATION_REACH) {
                return null;
            }
            if (d.batch) {
                return d;
            }
        }
        return null;
    }

    /**
     * One agreement for each document the sentence lists, with the batch's status, date and place,
     * and its parties unless the sentence names two of its own; how many it added.
     */
    private int enumerate(ArticleContext context, SentenceCues sentenceCues, AgreementDraft batch, List<Party> own,
                           List<AgreementDraft> drafts) {
        Sentence sentence = sentenceCues.sentence();
        List<Party> parties = own.size() >= 2 ? own : List.copyOf(batch.parties);
        int listed = listingCueEnd(context, sentence);
        int added = 0;
        Set<AgreementDraft> named = new HashSet<>();
        for (PhraseMatcher.Match<String> trigger : sentenceCues.kinds()) {
            if (trigger.start() < listed) {
                continue; // "Les documents comprennent …", "Le premier accord est …": the batch itself, not a document
            }
            if (trigger.values().get(0).equals("partnership")) {
                continue; // "Le premier concerne un partenariat de défense": what a document is about, no document
            }
            int objectEnd = objectEnd(context, sentenceCues, trigger);
            // "un protocole sur l'investissement et un autre sur la route maritime": the same kind again, its head left out
            int elided = elidedDocument(context, trigger.end(), objectEnd);
            List<int[]> objects = elided < 0 ? List.of(new int[] {trigger.start(), objectEnd})
                    : List.of(new int[] {trigger.start(), elided}, new int[] {elided, objectEnd});
            for (int[] object : objects) {
                List<String> sectors = sectorClassifier.sectors(context, sentence, object[0], object[1]);
                AgreementDraft single = reportedBeside(batch, trigger.values().get(0), parties, drafts, named);
                if (single != null) {
                    // "Un accord et deux mémorandums ont été signés. Il s'agit d'un accord sur …, d'un mémorandum …":
                    // the accord listed is the one reported beside the batch, now with its own object
                    named.add(single);
                    if (!sectors.isEmpty()) {
                        single.sectors = new ArrayList<>(sectors);
                    }
                    if (context.trace().isOn()) {
                        single.why.add("listed again in sentence " + (sentence.index() + 1) + ", with its own object");
                    }
                    continue;
                }
                AgreementDraft draft = new AgreementDraft(trigger.values().get(0), batch.status, parties, sentence, sectors);
                draft.date = batch.date;
                draft.place = batch.place;
                if (context.trace().isOn()) {
                    draft.why.add("trigger '" + trigger.phrase() + "' in sentence " + (sentence.index() + 1)
                            + (object[0] == trigger.start() ? "" : ", then 'un autre' after it")
                            + ": one of the documents of the batch of sentence "
                            + (batch.sentence.index() + 1) + ", whose status, date and place it takes; parties "
                            + (own.size() >= 2 ? "named in its sentence" : "of the batch"));
                }
                drafts.add(draft);
                added++;
            }
        }
        return added;
    }

    /**
     * The single document of this kind and parties that the batch's own sentence reported beside it
     * ("un accord de coopération et deux mémorandums"), not yet named again; or null.
     */
    private static AgreementDraft reportedBeside(AgreementDraft batch, String kind, List<Party> parties,
                                                 List<AgreementDraft> drafts, Set<AgreementDraft> named) {
        // from the last draft back to the batch's sentence only: a long article's earlier drafts are not walked
        for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentence.index() >= batch.sentence.index(); i--) {
            AgreementDraft d = drafts.get(i);
            if (d != batch && !d.batch && d.sentence.index() == batch.sentence.index() && d.kind.equals(kind)
                    && d.parties.equals(new LinkedHashSet<>(parties)) && !named.contains(d)) {
                return d;
            }
        }
        return null;
    }

    /**
     * Where "et un autre", "et une autre" starts in [from, to): a further document of the same kind
     * whose noun is left out; -1 when there is none.
     */
    private int elidedDocument(ArticleContext context, int from, int to) {
        String folded = context.folded();
        for (int at = Words.indexWithin(folded, " et ", from, to); at >= 0; at = Words.indexWithin(folded, " et ", at + 1, to)) {
            int first = at + 4;
            int second = folded.indexOf(' ', first);
            if (second < 0 || second >= to) {
                return -1;
            }
            int third = folded.indexOf(' ', second + 1);
            String another = folded.substring(second + 1, third < 0 || third > to ? to : third);
            if (cues.is(PartyCue.ITEM, folded.substring(first, second)) && cues.is(PartyCue.ANOTHER, another)) {
                return first;
            }
        }
        return -1;
    }

    /**
     * Where the words naming the batch end in a listing sentence: after the listing word, and after
     * the one word that follows it ("Le premier accord", "Le 1er texte"); 0 when the listing word
     * comes after the subject ("Les documents comprennent").
     */
    private int listingCueEnd(ArticleContext context, Sentence sentence) {
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            String word = TextNormalizer.fold(tokens.get(t).text());
            if (cues.is(PartyCue.ENUMERATION, word) || cues.is(PartyCue.EXAMPLE, word)) {
                return t + 1 < tokens.size() ? tokens.get(t + 1).end() : tokens.get(t).end();
            }
        }
        return 0;
    }

    /**
     * The agreement of an earlier sentence that a singular trigger after a definite or demonstrative
     * determiner names again ("Le mémorandum signé constitue …"): the last of its kind; or null.
     */
    private AgreementDraft reportedBefore(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                                          List<AgreementDraft> drafts) {
        String determiner = Words.wordBefore(context.folded(), trigger.start());
        if (!cues.is(WordRole.DEFINITE_ARTICLE, determiner) && !cues.is(WordRole.DEMONSTRATIVE, determiner)
                || cues.isPluralTrigger(trigger)) {
            return null;
        }
        for (int i = drafts.size() - 1; i >= 0; i--) {
            AgreementDraft d = drafts.get(i);
            if (d.sentence.index() < sentence.index() && d.kind.equals(trigger.values().get(0))) {
                return d;
            }
        }
        return null;
    }

    /** The end of the first trigger after {@code trigger} in its sentence. */
    private static int nextTriggerEnd(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        for (PhraseMatcher.Match<String> other : sentenceCues.kinds()) {
            if (other.start() >= trigger.end()) {
                return other.end();
            }
        }
        return trigger.end();
    }

    /**
     * "quinze mémorandums d'entente et accords": a plural trigger joined by "et" to the plural one
     * right before it, with no determiner of its own, is the same batch, given by two nouns.
     */
    private boolean sharesTheBatch(ArticleContext context, PhraseMatcher.Match<String> previous,
                                   PhraseMatcher.Match<String> trigger) {
        if (previous == null || previous.end() > trigger.start()) {
            return false;
        }
        String between = context.folded().substring(previous.end(), trigger.start()).strip();
        return (cues.is(WordRole.LIST_JOINER, between) || isBareList(between))
                && cues.isPluralTrigger(previous) && cues.isPluralTrigger(trigger);
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
    private boolean namesTheNextTrigger(ArticleContext context, SentenceCues sentenceCues,
                                        PhraseMatcher.Match<String> trigger) {
        PhraseMatcher.Match<String> next = null;
        for (PhraseMatcher.Match<String> other : sentenceCues.kinds()) {
            if (other.start() >= trigger.end()) {
                next = other;
                break;
            }
        }
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
    private void ownSectors(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                            AgreementDraft draft) {
        int end = objectEnd(context, sentenceCues, trigger);
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

    /** Fewest words, list words aside, that make a description of a document's own object. */
    private static final int OBJECT_WORDS = 2;

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
     * Where the object of a document ends ("un protocole sur l'énergie ; un accord sur ..."): at the
     * next trigger of its sentence or the next semicolon, else at the sentence's end.
     */
    private static int objectEnd(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        int end = sentenceCues.sentence().end();
        for (PhraseMatcher.Match<String> other : sentenceCues.kinds()) {
            if (other.start() >= trigger.end()) {
                end = Math.min(end, other.start());
                break;
            }
        }
        int semicolon = Words.indexWithin(context.folded(), ";", trigger.end(), end);
        return semicolon < 0 ? end : semicolon;
    }

    /**
     * "ont signé le protocole d'accord relatif à Taza ; le protocole d'accord relatif au centre de
     * recherche": a trigger of the same kind as an earlier one of its sentence, after a list
     * separator and with a determiner of its own, names another document.
     */
    private boolean isListedAfter(ArticleContext context, PhraseMatcher.Match<String> previous,
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
     * Whether the parties named in a sentence whose definite trigger opens it are none, or only the last
     * agreement's, the trigger being a word of that agreement's name ("… ont signé un protocole d'accord.
     * L'accord, qui permet à l'Éthiopie et au Kenya de …").
     */
    /** Whether the sentence's status verb is the participle right after the trigger: "la convention signée". */
    private static boolean isSigningParticipleAfter(ArticleContext context, SentenceCues sentenceCues,
                                                    PhraseMatcher.Match<String> trigger) {
        int next = context.firstTokenFrom(trigger.end());
        return "signed".equals(sentenceCues.status()) && next < context.tokens().size()
                && context.tokens().get(next).start() == sentenceCues.verbStart();
    }

    private static boolean namesNoOtherParty(List<Party> parties, PhraseMatcher.Match<String> trigger, AgreementDraft last) {
        boolean wordOfItsName = !trigger.phrase().contains(" ")
                && List.of(last.triggerPhrase.split("[ ']")).contains(trigger.phrase());
        return parties.isEmpty() || wordOfItsName && last.parties.containsAll(parties);
    }

    /** "X et Y ont convenu de …" without a named document: kept to explain a later "Cet accord". */
    private void rememberStatement(ArticleContext context, Sentence sentence, SentenceCues sentenceCues,
                                   List<AgreementDraft> statements) {
        String status = sentenceCues.status();
        if (status == null || sentenceCues.negative() || status.equals("planned")) {
            return;
        }
        List<String> how = new ArrayList<>();
        List<Party> parties = partyFinder.find(context, sentence, sentenceCues.verbStart(),
                context.trace().isOn() ? how : null);
        if (parties.size() >= 2) {
            AgreementDraft statement = newDraft(context, sentence, "statement", status, parties, sentenceCues.verbStart());
            if (SentenceDates.isLongBefore(context, statement.date)) {
                return; // "ont établi leurs relations diplomatiques en 1998": history, no statement of this news
            }
            if (SentenceDates.isAfterPublication(context, statement.date)) {
                statement.date = null; // "des vols seront lancés dès le 16 mars 2018": what is to come, not when
            }
            how.forEach(h -> statement.why.add("parties: " + h));
            statements.add(statement);
        }
    }

    /** The document a statement made ("X et Y ont convenu de …"), named by a later trigger of this kind. */
    private static AgreementDraft documentOf(AgreementDraft statement, String kind, Trace trace, String why) {
        return documentOf(statement, kind, statement.status, trace, why);
    }

    /** As {@link #documentOf(AgreementDraft, String, Trace, String)}, with the status its own sentence gives. */
    private static AgreementDraft documentOf(AgreementDraft statement, String kind, String status, Trace trace, String why) {
        AgreementDraft draft = new AgreementDraft(kind, status, List.copyOf(statement.parties),
                statement.sentence, statement.sectors);
        draft.date = statement.date;
        draft.place = statement.place;
        if (trace.isOn()) {
            draft.why.add(why);
            draft.why.addAll(statement.why);
        }
        return draft;
    }

    private AgreementDraft fromTrigger(ArticleContext context, Sentence sentence, SentenceCues sentenceCues,
                                       PhraseMatcher.Match<String> trigger, List<AgreementDraft> drafts,
                                       List<AgreementDraft> statements) {
        String kind = trigger.values().get(0);
        Trace trace = context.trace();
        int rank = cues.ordinal(Words.wordBefore(context.folded(), trigger.start()));
        boolean definiteRank = rank >= 2 && cues.is(WordRole.DEFINITE_ARTICLE, determinerOf(context, trigger));
        List<Party> namedWithRank = definiteRank ? partyFinder.find(context, sentence, sentenceCues.verbStart()) : List.of();
        // "Le deuxième mémorandum a été signé par A et B avec C", after the first with D: a document of its own,
        // whose sides no document reported before holds ("Ce second contrat" is the one reported)
        boolean anotherOfRank = namedWithRank.size() >= 2
                && drafts.stream().noneMatch(d -> d.parties.containsAll(namedWithRank));
        AgreementDraft ranked = definiteRank && !anotherOfRank ? documentOfRank(drafts, rank) : null;
        if (ranked != null) {
            // "objet du cinquième accord signé hier", after five listed: the document of that rank, named again
            enrich(context, ranked, sentence);
            trace.dropped(trigger.phrase(), sentence.index(), "names by its rank the agreement of sentence "
                    + (ranked.sentence.index() + 1) + ", which it completes");
            return null;
        }
        String anaphor = anotherOfRank ? null : sentenceCues.anaphorBefore(trigger);
        if (anaphor != null) {
            AgreementDraft last = lastDocument(drafts); // "signé un protocole … pour renforcer leur coopération. Le protocole …"
            boolean demonstrative = cues.is(WordRole.DEMONSTRATIVE, anaphor);
            List<Party> named = last == null ? List.of() : partyFinder.find(context, sentence, sentenceCues.verbStart());
            // "La convention signée traduit …": the document whose signing was just reported, named again as signed
            boolean saidSignedAgain = last != null && isSigningParticipleAfter(context, sentenceCues, trigger)
                    && last.parties.containsAll(named);
            if (last != null && (demonstrative || last.kind.equals(kind) || saidSignedAgain
                    || namesNoOtherParty(named, trigger, last))) {
                // "L'accord a été signé le 25 avril lors de la visite à Ryad": when and where, said of the signing
                enrich(context, last, sentence, "signed".equals(sentenceCues.status()) && !sentenceCues.negative());
                namesItsSignatories(context, last, sentence, named);
                trace.dropped(trigger.phrase(), sentence.index(), "refers back ('" + anaphor
                        + "') to the agreement of sentence " + (last.sentence.index() + 1) + ", which it completes");
                return null;
            }
            AgreementDraft statement = recentStatement(statements, sentence);
            if (statement != null && demonstrative) {
                return documentOf(statement, kind, trace, "trigger '" + trigger.phrase() + "' (" + kind
                        + ") in sentence " + (sentence.index() + 1) + " names, with '" + anaphor + "', what sentence "
                        + (statement.sentence.index() + 1) + " says was " + statement.status + " without naming a document");
            }
        }
        AgreementDraft restated = sentenceCues.status() == null && !sentenceCues.negative()
                && cues.is(PartyCue.ITEM, sentenceCues.openingDeterminer(trigger))
                ? recentStatement(statements, sentence) : null;
        if (restated != null && restated.sentence.index() == sentence.index() - 1) {
            // "X s'est accordé avec Y pour … . Un accord qui permettra …": the document the statement made
            return documentOf(restated, kind, trace, "trigger '" + trigger.phrase() + "' (" + kind + ") opens sentence "
                    + (sentence.index() + 1) + " and names what sentence " + (restated.sentence.index() + 1)
                    + " says was " + restated.status + " without naming a document");
        }
        // "une déclaration conjointe des deux pays stipule que … va apporter": issued, whatever its content says will be
        // ("La Déclaration indique également que …" quotes one reported before)
        // "« … », indique un communiqué conjoint publié", "ont affirmé les deux présidents dans une déclaration
        // conjointe": a new one that says what is quoted is issued too
        boolean declaration = "joint_declaration".equals(kind) && !sentenceCues.negative();
        boolean quoting = declaration && sentenceCues.status() == null && isNew(context, trigger)
                && saysWhatIsQuoted(context.folded(), trigger, sentence.start());
        String status = declaration && (sentenceCues.status() == null || sentenceCues.verbStart() > trigger.end())
                && (cues.is(WordRole.INDEFINITE, Words.wordBefore(context.folded(), trigger.start()))
                        && isSubjectOfContentVerb(context.folded(), trigger, sentence.end()) || quoting)
                ? "signed" : sentenceCues.status();
        String rejected = sentenceCues.negative()
                ? "negated, recalled or still in talks (n'a pas été signé, avaient signé, depuis la signature, en négociation...)"
                : status == null ? "no status verb (signé, conclu, convenu, signeront...) in the sentence"
                : sentenceCues.isFramed(trigger) ? "framed as talks, a project or a proposal, not a document"
                : isBackground(context, sentence, trigger) ? "background: a year before publication dates it"
                : isExhortation(context, sentenceCues, kind) ? "an exhortation ('devraient renforcer leur coopération'), "
                        + "no partnership decided" : null;
        if (rejected != null) {
            trace.dropped(trigger.phrase(), sentence.index(), rejected);
            return null;
        }
        if (kind.equals("partnership") && sentenceCues.weak()) {
            status = "agreed"; // "ont annoncé l'établissement du partenariat stratégique": decided, no document signed
        }
        List<String> how = new ArrayList<>();
        List<Party> parties = partyFinder.find(context, sentence, sentenceCues.verbStart(), trace.isOn() ? how : null);
        List<Party> own = ownSides.of(context, sentence, trigger.end(), objectEnd(context, sentenceCues, trigger));
        if (!own.isEmpty() && !Set.copyOf(own).equals(Set.copyOf(parties))) {
            // "les deux pays ont signé …, un accord de partenariat entre le fonds X et le groupe Y": its own sides
            parties.clear();
            parties.addAll(own);
            how.add(Trace.label(own) + " after the document's own 'entre', before the next document of its sentence");
        }
        String determiner = Words.wordBefore(context.folded(), trigger.start());
        Party other = cues.is(WordRole.INDEFINITE, determiner) ? partyFinder.otherPrincipalNamedIn(context, sentence, parties) : null;
        if (other != null) {
            // a new document ("un contrat signé") with one side in a party's place: the other principal country
            // the sentence names elsewhere is its other side
            parties.add(other);
            how.add(Trace.label(List.of(other)) + " the article's other principal country, named elsewhere in the "
                    + "sentence of a document introduced as new ('" + determiner + "')");
        }
        if (parties.size() == 1 && quoting && parties.get(0).organization() == null
                && context.principalCountries(2).contains(parties.get(0).countryIso2())) {
            // "…, indique un communiqué conjoint publié à la fin de la visite de Modi": a joint text quoted, so the
            // article's other principal country beside the one named (a leader said to sign one alone is not enough)
            String home = context.principalCountryBut(parties.get(0).countryIso2());
            if (home != null) {
                parties.add(Party.country(home));
                how.add(home + ": a joint declaration names one side, the article's other principal country");
            }
        }
        AgreementDraft last = lastDocument(drafts);
        if (parties.isEmpty() && last != null && !last.isPartnership()
                && (cues.is(WordRole.DETERMINER, determiner) || cues.is(WordRole.POSSESSIVE, determiner))) {
            // "La signature des contrats a eu lieu à Doha", "la signature de leurs accords confirme": the
            // documents named before, not new ones; a partnership agreed before is no document, and the
            // merger folds it into this one
            enrich(context, last, sentence);
            trace.dropped(trigger.phrase(), sentence.index(), "names no party and, with '" + determiner
                    + "', refers back to the agreement of sentence " + (last.sentence.index() + 1) + ", which it completes");
            return null;
        }
        if (parties.isEmpty() && "planned".equals(status) && sentenceCues.isAnother(trigger)) {
            // "L'émir devrait signer d'autres accords dans les domaines …": whom further documents to come
            // bind is not said; "Cette visite sera l'occasion de signer un protocole" is the visit's parties'
            trace.dropped(trigger.phrase(), sentence.index(), "other documents to come, and no party named in its sentence");
            return null;
        }
        AgreementDraft madeBy = parties.size() < 2 && cues.is(WordRole.DEFINITE_ARTICLE, determiner)
                && !cues.isPluralTrigger(trigger) ? recentStatement(statements, sentence) : null;
        if (madeBy != null && madeBy.parties.size() >= 2) {
            // "X et Y ont convenu jeudi de coopérer … . Signé lors d'une visite du ministre allemand, le protocole
            // d'accord prévoit …": the document the statement made, by its parties, signed as its own sentence says
            return documentOf(madeBy, kind, status, trace, "trigger '" + trigger.phrase() + "' (" + kind
                    + ") in sentence " + (sentence.index() + 1) + " names, with '" + determiner + "', what sentence "
                    + (madeBy.sentence.index() + 1) + " says was " + madeBy.status + " without naming a document");
        }
        if (parties.isEmpty()) {
            context.principalCountries().forEach(iso2 -> parties.add(Party.country(iso2)));
            how.add(Trace.label(parties) + ": no party named in the sentence, the article's principal countries");
        }
        if (parties.size() < 3 && cues.is(WordRole.TRILATERAL, Words.wordAfter(context.folded(), trigger.end()))
                && context.principalCountries(3).size() == 3) {
            // "Une déclaration conjointe tripartite a été signée": the article's three principal countries
            for (String iso2 : context.principalCountries(3)) {
                if (parties.size() < 3 && !parties.contains(Party.country(iso2))) {
                    parties.add(Party.country(iso2));
                }
            }
            how.add(Trace.label(parties) + ": a trilateral document, the article's three principal countries");
        }
        if (parties.size() == 1 && parties.get(0).organization() != null
                && ("contract".equals(kind) || parties.get(0).organization().countryIso2() != null)) {
            // "TotalEnergies signe un contrat de 23 milliards en Irak", "X a signé un protocole d'accord pour la mine
            // de Y en Mongolie": an organization's document in another country than its own, no other side named,
            // is with it; a contract, whoever signs it
            String client = placeResolver.countryAfterLocative(context, sentence.start(), sentence.end());
            if (client != null && !client.equals(parties.get(0).organization().countryIso2())) {
                parties.add(Party.country(client));
                how.add(client + ": the country after 'en', 'au'… where the organization's document is");
            }
        }
        if (parties.size() == 1 && isLender(parties.get(0)) && isFunding(context.folded(), trigger)) {
            // "la BEI signera un contrat de financement pour moderniser le corridor": a bank's loan or grant,
            // with no borrower named, is to the article's principal country (not the bank's own)
            addPrincipalBesideOrganization(context, parties, how, "a lender's financing with no borrower named");
        }
        // "Ce contrat a été signé le 6 mars avec Summa": the document is the subject, signed "avec" someone
        boolean subjectSignedWith = parties.size() == 1 && parties.get(0).organization() != null
                && trigger.end() <= sentenceCues.verbStart() && signedWithNoAgent(context, sentence, sentenceCues.verbStart());
        Organization principal = subjectSignedWith ? context.principalOrganizationBut(parties.get(0).organization()) : null;
        if (principal != null) {
            // "l'accord signé avec X renouvelle le précédent, a précisé Y": the document is the subject, signed with
            // X by the organization the article is about
            parties.add(Party.organization(principal));
            how.add(Trace.label(List.of(parties.get(1))) + ": the document is the subject, signed with an organization: "
                    + "the article's principal organization");
        }
        if (parties.size() == 1 && subjectSignedWith && isCompany(parties.get(0))) {
            // "Ce contrat a été signé le 6 mars avec Summa": the document is the subject, and who signed
            // with the company is the article's principal country (an international body's partner is not;
            // "signé par M. X et le groupe Y" names its signatories, and one of them is unknown)
            addPrincipalBesideOrganization(context, parties, how, "the document is the subject, signed with a company");
        }
        if (parties.size() < 2) {
            trace.dropped(trigger.phrase(), sentence.index(), "fewer than two parties " + Trace.label(parties));
            return null;
        }
        AgreementDraft draft = newDraft(context, sentence, kind, status, parties, sentenceCues.verbStart());
        if (trace.isOn()) {
            draft.why.add("trigger '" + trigger.phrase() + "' (" + kind + ") in sentence " + (sentence.index() + 1)
                    + ", status " + status + " from its verb");
            how.forEach(h -> draft.why.add("parties: " + h));
        }
        return draft;
    }

    /** Most words after the verb read for "avec" and "par": a clause's, not a long sentence's. */
    private static final int AFTER_VERB_WORDS = 30;

    /** Whether the words after the verb hold "avec" and no agent ("par"): "a été signé avec Summa". */
    private boolean signedWithNoAgent(ArticleContext context, Sentence sentence, int verbStart) {
        boolean with = false;
        int first = context.firstTokenFrom(verbStart);
        for (int t = first; t < context.tokens().size() && t - first < AFTER_VERB_WORDS
                && context.tokens().get(t).start() < sentence.end(); t++) {
            String word = context.foldedWord(context.tokens().get(t));
            if (cues.is(PartyCue.AGENT, word)) {
                return false;
            }
            with |= cues.is(PartyCue.WITH, word);
        }
        return with;
    }

    /** Adds the article's first principal country that is not the one organization's own, saying why. */
    private static void addPrincipalBesideOrganization(ArticleContext context, List<Party> parties, List<String> how,
                                                       String reason) {
        String iso2 = context.principalCountryBut(parties.get(0).organization().countryIso2());
        if (iso2 != null) {
            parties.add(Party.country(iso2));
            how.add(iso2 + ": " + reason + ": the article's principal country");
        }
    }

    /** Most words between a declaration's trigger and the verb saying what it says ("des deux pays stipule"). */
    private static final int CONTENT_VERB_REACH = 6;

    /** "Une déclaration conjointe des deux pays stipule que …": a content verb in the present soon after the trigger. */
    private boolean isSubjectOfContentVerb(String folded, PhraseMatcher.Match<String> trigger, int sentenceEnd) {
        return Words.wordsAfter(folded, trigger.end(), CONTENT_VERB_REACH, sentenceEnd).stream()
                .anyMatch(word -> cues.is(WordRole.CONTENT_VERB, word));
    }

    /** Most words between a reporting verb and the declaration after it: "ont affirmé les deux présidents dans une". */
    private static final int QUOTING_REACH = 6;

    /** Whether a reporting or content verb stands a few words before the trigger: "…, indique un communiqué conjoint". */
    private boolean saysWhatIsQuoted(String folded, PhraseMatcher.Match<String> trigger, int sentenceStart) {
        return Words.wordsBefore(folded, trigger.start(), QUOTING_REACH, sentenceStart).stream()
                .anyMatch(word -> cues.is(WordRole.CONTENT_VERB, word) || cues.is(WordRole.REPORTING_VERB, word));
    }

    /** Whether a trigger is introduced as new: an indefinite article before it or opening it ("dans une déclaration"). */
    private boolean isNew(ArticleContext context, PhraseMatcher.Match<String> trigger) {
        if (cues.is(WordRole.INDEFINITE, Words.wordBefore(context.folded(), trigger.start()))) {
            return true;
        }
        for (String word : context.folded().substring(trigger.start(), trigger.end()).split(" ")) {
            if (cues.is(WordRole.INDEFINITE, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLender(Party party) {
        return party.organization() != null && "financial".equals(party.organization().kind());
    }

    /** "accord de prêt", "contrat de financement": a funding word in the trigger or the two words after it. */
    private boolean isFunding(String folded, PhraseMatcher.Match<String> trigger) {
        List<String> words = new ArrayList<>(List.of(folded.substring(trigger.start(), trigger.end()).split("[^\\p{L}]+")));
        words.addAll(Words.wordsAfter(folded, trigger.end(), 2, folded.length()));
        return words.stream().anyMatch(word -> cues.is(WordRole.FUNDING, word));
    }

    private static boolean isCompany(Party party) {
        return party.organization() != null && party.organization().isCompany();
    }

    /**
     * The draft reported last; a document when the partnership after it shares its sentence ("ont signé
     * 15 accords pour renforcer leur partenariat": the documents are what was signed); or null.
     */
    private static AgreementDraft lastDocument(List<AgreementDraft> drafts) {
        int n = drafts.size();
        if (n >= 2 && drafts.get(n - 1).isPartnership() && !drafts.get(n - 2).isPartnership()
                && drafts.get(n - 2).sentence.index() == drafts.get(n - 1).sentence.index()) {
            return drafts.get(n - 2);
        }
        return n == 0 ? null : drafts.get(n - 1);
    }

    /** The document reported in that rank, a batch listed since counting as its documents; or null. */
    private static AgreementDraft documentOfRank(List<AgreementDraft> drafts, int rank) {
        int seen = 0;
        for (AgreementDraft draft : drafts) {
            if (!draft.enumerated && ++seen == rank) {
                return draft;
            }
        }
        return null;
    }

    /** The word before a trigger's ordinal, "du" read as "le": "du cinquième accord", not "un troisième accord". */
    private String determinerOf(ArticleContext context, PhraseMatcher.Match<String> trigger) {
        String word = Words.wordBefore(context.folded(), Words.previousWordStart(context.folded(), trigger.start()));
        return cues.is(WordRole.CONTRACTED_ARTICLE, word) ? "le" : word;
    }

    /**
     * "La Chine et la Thaïlande devraient intensifier leur coopération, a déclaré le président": a
     * partnership with no document, under a bare "devraient" or "doivent", is what a leader says the
     * countries should do; "devraient signer un partenariat" names a document to come and stays planned.
     */
    private boolean isExhortation(ArticleContext context, SentenceCues sentenceCues, String kind) {
        if (!kind.equals("partnership") || !"planned".equals(sentenceCues.status())) {
            return false;
        }
        List<Token> tokens = context.tokens();
        int modal = context.firstTokenFrom(sentenceCues.verbStart());
        int next = modal + 1;
        while (next < tokens.size() && !tokens.get(next).isWord()) {
            next++;
        }
        return next < tokens.size() && cues.is(WordRole.OBLIGATION_MODAL, context.foldedWord(tokens.get(modal)))
                && !cues.is(WordRole.SIGNING_VERB, context.foldedWord(tokens.get(next)));
    }

    private AgreementDraft newDraft(ArticleContext context, Sentence sentence, String kind, String status,
                                    List<Party> parties, int verbStart) {
        AgreementDraft draft = new AgreementDraft(kind, status, parties, sentence,
                sectorClassifier.sectors(context, sentence));
        if (status.equals("planned") && verbStart < sentence.end()) {
            // "devraient signer en novembre …, a annoncé jeudi le ministre": the date after the verb
            draft.date = dates.planned(context, verbStart, sentence);
        }
        if (draft.date == null) {
            // "ont signé en février": a month alone dates the agreement its sentence reports as done; "ont signé un
            // accord sur une mission prévue en janvier 2018", in 2017: a signing reported is no later than its article
            ResolvedDate date = dates.in(context, sentence, !status.equals("planned"));
            draft.date = "signed".equals(status) && SentenceDates.isAfterPublication(context, date) ? null : date;
        }
        draft.place = placeResolver.cityIn(context, sentence.start(), sentence.end());
        return draft;
    }

    /**
     * "Les deux pays ont également signé un protocole …", "Un protocole supplémentaire a été signé": the sentence
     * adds a document to those reported before it (a word of role additive before the trigger's end).
     */
    private boolean saysAlso(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger) {
        List<Token> tokens = context.tokens();
        int end = Math.min(sentence.end(), trigger.end() + ADDITIVE_AFTER_TRIGGER);
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < end; t++) {
            if (tokens.get(t).isWord() && cues.is(WordRole.ADDITIVE, context.foldedWord(tokens.get(t)))) {
                return true;
            }
        }
        return false;
    }

    /** Characters after a trigger an additive word may stand in: "un protocole d'accord supplémentaire". */
    private static final int ADDITIVE_AFTER_TRIGGER = 16;

    private static AgreementDraft recentStatement(List<AgreementDraft> statements, Sentence sentence) {
        if (statements.isEmpty()) {
            return null;
        }
        AgreementDraft last = statements.get(statements.size() - 1);
        return sentence.index() - last.sentence.index() <= 2 ? last : null;
    }

    private void enrich(ArticleContext context, AgreementDraft draft, Sentence sentence) {
        enrich(context, draft, sentence, false);
    }

    /**
     * What a sentence referring back to a draft adds to it: what it is about, when stating an object; a date
     * when the draft has none, or the day of the month it has; a city when it has none. A sentence that
     * reports the signing itself ("L'accord a été signé le 25 avril à Ryad") gives its day and city outright.
     */
    private void enrich(ArticleContext context, AgreementDraft draft, Sentence sentence, boolean tellsTheSigning) {
        if (draft.sectors.isEmpty() || hasWordOf(context, sentence, WordRole.OBJECT_CUE)) {
            // "Les documents signés ont trait à la pêche et au gaz": what the document is about, said again or said more
            draft.addSectors(sectorClassifier.sectors(context, sentence));
        }
        boolean monthOnly = draft.date != null && draft.date.precision() == DatePrecision.MONTH;
        ResolvedDate said = draft.date == null || monthOnly || tellsTheSigning ? dates.in(context, sentence) : null;
        // "ont signé lundi à Bruxelles l'accord … L'accord paraphé le 24 juillet dernier à Rabat": another month
        // than its own sentence's tells another step, neither when nor where it was signed
        boolean anotherStep = tellsTheSigning && draft.date != null && said != null
                && !YearMonth.from(said.date()).equals(YearMonth.from(draft.date.date()));
        boolean signing = tellsTheSigning && !anotherStep;
        ResolvedDate date = anotherStep ? null : said;
        if (date != null && !SentenceDates.isLongBefore(context, date) && (draft.date == null || date.precision() == DatePrecision.DAY
                && (signing ? !SentenceDates.isAfterPublication(context, date)
                        : YearMonth.from(date.date()).equals(YearMonth.from(draft.date.date()))))) {
            // "Le contrat vient entériner l'accord trouvé en novembre 2015": that year dates the older accord;
            // "Le contrat a été paraphé le 13 août": the day of a month said before
            draft.date = date;
        }
        if (signing) {
            // the document itself said signed: "L'accord, signé dimanche à Chato, dans le nord-ouest de la Tanzanie"
            saysWhereItWasSigned(context, draft, sentence, placeResolver.find(context, sentence.start(), sentence.end()));
        } else if (draft.place == null) {
            draft.place = placeResolver.cityIn(context, sentence.start(), sentence.end());
        }
    }

    /**
     * "… a signé un contrat avec une société publique chinoise. Le contrat a été paraphé par le ministre guinéen et
     * la société X": a sentence referring back that names as many signatories, sharing one, names who signed
     * for the countries it does not share: the organizations replace them.
     */
    private static void namesItsSignatories(ArticleContext context, AgreementDraft draft, Sentence sentence,
                                            List<Party> named) {
        List<Party> added = named.stream().filter(p -> !draft.parties.contains(p)).toList();
        List<Party> replaced = draft.parties.stream().filter(p -> !named.contains(p)).toList();
        if (named.size() != draft.parties.size() || added.isEmpty() || added.size() == named.size()
                || added.stream().anyMatch(p -> p.organization() == null)
                || replaced.stream().anyMatch(p -> p.countryIso2() == null || p.organization() != null)) {
            return;
        }
        draft.parties.removeAll(replaced);
        draft.parties.addAll(added);
        if (context.trace().isOn()) {
            draft.why.add("parties: " + Trace.label(added) + " named as signatories in sentence " + (sentence.index() + 1)
                    + ", for " + Trace.label(replaced));
        }
    }

    /** A city named as a place in a sentence that tells of the signing is where the document was signed. */
    private void saysWhereItWasSigned(ArticleContext context, AgreementDraft draft, Sentence sentence) {
        saysWhereItWasSigned(context, draft, sentence, placeResolver.cityIn(context, sentence.start(), sentence.end()));
    }

    private void saysWhereItWasSigned(ArticleContext context, AgreementDraft draft, Sentence sentence, PlaceResolver.Place city) {
        if (city != null && !city.equals(draft.place)) {
            draft.place = city;
            if (context.trace().isOn()) {
                draft.why.add("place: sentence " + (sentence.index() + 1) + " tells where it was signed (" + city.name() + ")");
            }
        }
    }

    /**
     * Whether a sentence holds a word of a role: one saying what something is about ("porte sur", "ont trait à"),
     * one naming the signing ("la cérémonie de signature").
     */
    private boolean hasWordOf(ArticleContext context, Sentence sentence, WordRole role) {
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            if (cues.is(role, context.foldedWord(tokens.get(t)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "l'accord signé en 2015", "le traité de 1992", "En 2019, les deux pays ont signé…": a year
     * before publication right after the trigger in its clause, or after "en" before the trigger.
     */
    private boolean isBackground(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger) {
        if (context.published() == null) {
            return false;
        }
        int year = context.published().getYear();
        int end = clauseEnd(context.folded(), trigger.end(), Math.min(sentence.end(), trigger.end() + BACKGROUND_REACH));
        String folded = context.folded();
        // both patterns need a year's digits: most ranges have none and skip the copy and the regex
        if (DateResolver.hasDigit(folded, trigger.start(), end)
                && hasYearBefore(YEAR.matcher(folded.substring(trigger.start(), end)), 0, year)) {
            return true;
        }
        if (!DateResolver.hasDigit(folded, sentence.start(), trigger.start())) {
            return false;
        }
        String before = folded.substring(sentence.start(), trigger.start());
        Matcher m = datedPast.matcher(before);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) < year && !inRelativeClause(before, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "L'Éthiopie et le Somaliland, qui a proclamé son indépendance en 1991, ont signé": whether a relative
     * pronoun opens the clause of {@code at} (since the last comma before it) and a comma closes that clause
     * later: the year dates what the clause says of a party.
     */
    private boolean inRelativeClause(String text, int at) {
        int clauseStart = text.lastIndexOf(',', at) + 1;
        if (text.indexOf(',', at) < 0) {
            return false;
        }
        for (String word : text.substring(clauseStart, at).split("[^\\p{L}']+")) {
            if (cues.is(WordRole.RELATIVE_PRONOUN, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the group of some match of {@code m} is a year before {@code year}. */
    private static boolean hasYearBefore(Matcher m, int group, int year) {
        while (m.find()) {
            if (Integer.parseInt(m.group(group)) < year) {
                return true;
            }
        }
        return false;
    }

    /** "la déclaration commune …, le premier sommet depuis 2019": a year past the next comma dates something else. */
    private static int clauseEnd(String folded, int from, int end) {
        int comma = Words.indexWithin(folded, ",", from + 3, end);
        return comma >= 0 ? comma : end;
    }

    /**
     * Adds the draft, or fills the first one of the same kind, parties, status and batch-ness with it;
     * {@code first} finds that one by those four, in constant time however many drafts there are.
     */
    /** Sentences of an article's lead, the title's included: what they report the body may report again. */
    private static final int LEAD_SENTENCES = 3;

    private static void addOrMerge(List<AgreementDraft> drafts, Map<List<Object>, AgreementDraft> first,
                                   AgreementDraft draft, boolean another) {
        List<Object> identity = List.of(draft.kind, draft.parties, draft.status, draft.batch);
        AgreementDraft existing = first.get(identity);
        // "un protocole sur la santé. … un protocole sur l'eau": documents about different fields are two
        // but a batch of the same count again is the same batch ("15 accords" twice), whatever each sentence says of
        // it; so is an uncounted batch of the lead reported again below ("plusieurs accords", "également" or not)
        boolean sameCount = existing != null && draft.batch && draft.count > 0 && draft.count == existing.count;
        boolean leadAgain = existing != null && draft.batch && existing.batch && draft.count == 0 && existing.count == 0
                && existing.sentence.index() < LEAD_SENTENCES;
        boolean otherFields = existing != null && !sameCount && !leadAgain && !existing.sectors.isEmpty()
                && !draft.sectors.isEmpty() && java.util.Collections.disjoint(existing.sectors, draft.sectors);
        if ((!another || leadAgain) && !otherFields && existing != null) {
            existing.fillFrom(draft);
            if (!draft.why.isEmpty()) {
                existing.why.add("also reported in sentence " + (draft.sentence.index() + 1)
                        + " (same kind, parties and status: one agreement)");
            }
            return;
        }
        first.putIfAbsent(identity, draft);
        drafts.add(draft);
    }
}
