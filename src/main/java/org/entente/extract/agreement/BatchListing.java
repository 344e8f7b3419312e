package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Sentences that list the documents of a batch reported just before ("Les documents comprennent un
 * protocole … et un autre …"): each document listed becomes an agreement of its own, or stays an example.
 */
final class BatchListing {
    /** Most sentences between a batch ("plusieurs accords") and the sentence listing its documents. */
    private static final int ENUMERATION_REACH = 3;

    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final SectorClassifier sectorClassifier;
    private final DescribedBatches describedBatches;
    private final OwnSides ownSides;

    BatchListing(AgreementCues cues, PartyFinder partyFinder, SectorClassifier sectorClassifier,
                 DescribedBatches describedBatches, OwnSides ownSides) {
        this.cues = cues;
        this.partyFinder = partyFinder;
        this.sectorClassifier = sectorClassifier;
        this.describedBatches = describedBatches;
        this.ownSides = ownSides;
    }

    /**
     * Reads a sentence with triggers as the listing of the batch before it when it is one: an item of the
     * list {@code listIntro} opened (null when it is no item), or a sentence without a status verb that
     * lists the batch's documents; whether it was one.
     */
    boolean read(ArticleContext context, SentenceCues sentenceCues, Sentence listIntro, List<AgreementDraft> drafts) {
        Sentence sentence = sentenceCues.sentence();
        AgreementDraft itemOf = listIntro != null && sentenceCues.status() == null ? listedBatch(listIntro, drafts) : null;
        if (itemOf != null) {
            // "… ces documents, qui comprennent :" then "- Protocole d'accord entre A et B." a line each
            itemOf.enumerated |= enumerate(context, sentenceCues, itemOf,
                    partyFinder.find(context, sentence, sentence.end()), drafts) > 0;
            return true;
        }
        Listing listing = sentenceCues.status() == null || opensOnSignedDocuments(context, sentenceCues)
                || opensOnEnumeration(context, sentenceCues) ? listing(context, sentence, drafts) : Listing.NONE;
        if (listing == Listing.WHOLE) {
            AgreementDraft batch = listedBatch(sentence, drafts);
            // "Le premier accord porte sur …" lists no document of its own: the batch stays
            batch.enumerated |= enumerate(context, sentenceCues, batch,
                    partyFinder.find(context, sentence, sentence.end()), drafts) > 0;
            return true;
        }
        if (listing == Listing.EXAMPLES) {
            readExamples(context, sentenceCues, drafts);
            return true;
        }
        AgreementDraft signed = listing == Listing.NONE && sentenceCues.status() == null ? signedJustBefore(sentence, drafts) : null;
        if (signed != null && addsToTheSigned(context, sentence)) {
            // "… ont signé un accord sur A et un accord sur B. Il s'agit aussi d'une convention sur C, d'un mémorandum …":
            // more documents of that signing, the documents before stay
            enumerate(context, sentenceCues, signed, partyFinder.find(context, sentence, sentence.end()), drafts);
            return true;
        }
        return false;
    }

    /** The last document signed, reported in the sentence just before; or null. */
    private static AgreementDraft signedJustBefore(Sentence sentence, List<AgreementDraft> drafts) {
        AgreementDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        return last != null && !last.batch && "signed".equals(last.status)
                && last.lastReportedIndex() == sentence.index() - 1 ? last : null;
    }

    /** Whether a sentence opens on a word listing documents and an additive ("Il s'agit aussi de …", "Il s'agit également"). */
    private boolean addsToTheSigned(ArticleContext context, Sentence sentence) {
        List<Token> tokens = context.tokens();
        boolean listing = false;
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end()
                && t - context.firstTokenFrom(sentence.start()) < OPENING_CUE_TOKENS + 1; t++) {
            String word = context.foldedWord(tokens.get(t));
            if (listing && cues.is(WordRole.ADDITIVE, word)) {
                return true;
            }
            listing |= cues.isListingWord(word);
        }
        return false;
    }

    /**
     * "Parmi ces textes figure un accord …": an example of a batch counted once, as the batch;
     * unless other parties sign it ("… figure un protocole entre la compagnie X et l'électricien Y"),
     * a document of its own beside the batch. A batch given no count whose examples are several documents
     * ("des documents de coopération. Parmi ces documents figurent un protocole …, un protocole … et un
     * accord …") is known by them alone: each is an entry, and they replace it.
     */
    private void readExamples(ArticleContext context, SentenceCues sentenceCues, List<AgreementDraft> drafts) {
        Sentence sentence = sentenceCues.sentence();
        AgreementDraft batch = listedBatch(sentence, drafts);
        List<Party> own = partyFinder.find(context, sentence, sentence.end());
        if (own.size() >= 2 && !batch.sharesPartiesWith(new LinkedHashSet<>(own))) {
            enumerate(context, sentenceCues, batch, own, drafts);
            return;
        }
        if (batch.count == 0 && examples(context, sentenceCues) >= 2) {
            batch.enumerated |= enumerate(context, sentenceCues, batch, own, drafts) > 0;
            return;
        }
        sentenceCues.kinds().forEach(t -> context.trace().dropped(t.phrase(), sentence.index(),
                "an example of the batch of sentence " + (batch.sentence.index() + 1) + ", which stays one entry"));
    }

    /** How many documents a sentence gives as examples: "Parmi ces accords figurait un contrat" gives one. */
    private int examples(ArticleContext context, SentenceCues sentenceCues) {
        List<Listed> listed = listedDocuments(context, sentenceCues);
        // the batch named again after the cue ("ces accords") is none of its examples
        boolean batchAgain = !listed.isEmpty()
                && cues.is(PartyCue.ANAPHOR, Words.wordBefore(context.folded(), listed.get(0).trigger().start()));
        return listed.size() - (batchAgain ? 1 : 0);
    }

    /**
     * "Les six documents signés sont le mémorandum …, l'accord …": a sentence whose status word is a
     * participle of its subject, a document's noun in the plural after "les" (and a number), speaks of
     * documents already reported; it may list them as a sentence without a status verb would.
     */
    boolean opensOnSignedDocuments(ArticleContext context, SentenceCues sentenceCues) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(sentenceCues.sentence().start());
        int verb = context.firstTokenFrom(sentenceCues.verbStart());
        if (verb - first < 2 || verb - first > 5 || verb >= tokens.size()
                || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(first)))) {
            return false;
        }
        // a document's noun, in the plural ("documents", "accords"); "Les deux parties ont signé" reports a signing
        if (cues.isDocumentsNoun(context.foldedWord(tokens.get(verb - 1)))) {
            return true;
        }
        // "Les documents de coopération signés": the noun and one word after "de"
        return verb - first >= 4 && cues.is(WordRole.OF, context.foldedWord(tokens.get(verb - 2)))
                && cues.isDocumentsNoun(context.foldedWord(tokens.get(verb - 3)));
    }

    /** Most tokens before the enumeration cue that opens a listing sentence: "Il s'agit", "Parmi ces textes figurent". */
    private static final int OPENING_CUE_TOKENS = 4;

    /**
     * "Il s'agit d'un accord entre A et B, signé par …, ainsi que d'un mémorandum …": a sentence that opens on a cue
     * listing documents, before its first document, lists the batch before it though a status verb follows (each
     * item's own signing).
     */
    private boolean opensOnEnumeration(ArticleContext context, SentenceCues sentenceCues) {
        int firstTrigger = sentenceCues.kinds().isEmpty() ? sentenceCues.sentence().end() : sentenceCues.kinds().get(0).start();
        return describedBatches.opensOnEnumeration(context, sentenceCues.sentence(), firstTrigger);
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
        AgreementDraft batch = listedBatch(sentence, drafts);
        if (batch == null) {
            return Listing.NONE;
        }
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            String word = TextNormalizer.fold(tokens.get(t).text());
            if (cues.is(PartyCue.EXAMPLE, word)) {
                return Listing.EXAMPLES;
            }
            // "Il s'y ajoute le mémorandum …, l'accord …": more documents of the batch, each its own
            if (cues.is(PartyCue.ADDITION, word) && t > 0 && cues.is(WordRole.CLITIC, context.foldedWord(tokens.get(t - 1)))) {
                return Listing.WHOLE;
            }
            // an ordinal lists only where it picks a document: "Le premier accord est …", not "Au troisième jour"
            // a counted batch's documents picked by their ranks, no other kind named ("Le premier accord pose …; le
            // second s'intéresse …"), are split by their descriptions, each at its rank
            if (cues.ordinal(word) >= 0 && batch.count >= 2 && onlyOfKind(context, sentence, batch.kind)) {
                return Listing.NONE;
            }
            if (cues.is(PartyCue.ENUMERATION, word) && (cues.ordinal(word) < 0 || describedBatches.picksADocument(context, tokens, t))) {
                // the first cue says it: "Il s'agit de A, de B et de quatre mémorandums, dont l'un …" lists them all
                return Listing.WHOLE;
            }
        }
        return Listing.NONE;
    }

    /** Whether every document the sentence names is of that kind, partnerships aside (what a document sets up). */
    private boolean onlyOfKind(ArticleContext context, Sentence sentence, String kind) {
        return context.phrasesIn(cues.kinds, sentence).stream()
                .allMatch(trigger -> trigger.values().contains(kind) || trigger.values().contains("partnership"));
    }

    /**
     * The batch a listing sentence may detail: the last batch of the article, reported a few sentences back at
     * most, whatever documents have been listed from it since ("Le premier accord est …. Le second …").
     */
    /** Whether a batch was reported at most a few sentences before this one, or in it. */
    boolean batchBefore(Sentence sentence, List<AgreementDraft> drafts) {
        return listedBatch(sentence, drafts) != null;
    }

    private static AgreementDraft listedBatch(Sentence sentence, List<AgreementDraft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            AgreementDraft d = drafts.get(i);
            if (sentence.index() - d.lastReportedIndex() > ENUMERATION_REACH) {
                return null;
            }
            if (d.batch) {
                return d;
            }
        }
        return null;
    }

    /**
     * One agreement for each document the sentence lists, with the batch's status, date and place, and its
     * own sides ("un protocole sur la santé entre X et Y"); the others take the sentence's parties when it
     * names two and no document has sides of its own, else the batch's; how many it added.
     */
    private int enumerate(ArticleContext context, SentenceCues sentenceCues, AgreementDraft batch, List<Party> own,
                          List<AgreementDraft> drafts) {
        Sentence sentence = sentenceCues.sentence();
        List<Listed> listed = listedDocuments(context, sentenceCues);
        boolean sidesOfTheirOwn = listed.stream().anyMatch(document -> !document.sides().isEmpty());
        boolean sentenceParties = own.size() >= 2 && !sidesOfTheirOwn;
        List<Party> parties = sentenceParties ? own : List.copyOf(batch.parties);
        int added = 0;
        Set<AgreementDraft> named = new HashSet<>();
        for (Listed document : listed) {
            PhraseMatcher.Match<String> trigger = document.trigger();
            int objectEnd = document.objectEnd();
            List<Party> documentParties = document.sides().isEmpty() ? parties : document.sides();
            String kind = document.about() ? batch.kind : trigger.values().get(0);
            String whose = !document.sides().isEmpty() ? "named by its own 'entre'"
                    : sentenceParties ? "named in its sentence" : "of the batch";
            // "un protocole sur l'investissement et un autre sur la route maritime": the same kind again, its head left out
            int elided = elidedDocument(context, trigger.end(), objectEnd);
            List<int[]> objects = elided < 0 ? List.of(new int[] {trigger.start(), objectEnd})
                    : List.of(new int[] {trigger.start(), elided}, new int[] {elided, objectEnd});
            // "Il s'agit de quatre mémorandums d'entente …": a listed batch gives its count of documents
            int documents = objects.size() == 1 && cues.isPluralTrigger(trigger)
                    ? Math.max(1, describedBatches.countBefore(context, trigger.start())) : 1;
            for (int[] object : objects) {
                batch.listedDocuments += documents;
                List<String> sectors = sectorClassifier.sectors(context, sentence, object[0], object[1]);
                AgreementDraft single = reportedBeside(batch, kind, documentParties, drafts, named);
                if (single != null) {
                    namedAgain(context, sentence, single, sectors, named);
                    continue;
                }
                drafts.add(listedDocument(context, sentence, trigger, kind, object, batch, whose, documentParties, sectors));
                added++;
            }
        }
        return added;
    }

    /**
     * A document a listing sentence names: its trigger, where its object ends and the sides its own "entre" gives;
     * {@code about} when the trigger only says what a document the sentence picks is about ("Le premier porte sur le
     * jumelage de …"), which is then of the batch's kind.
     */
    private record Listed(PhraseMatcher.Match<String> trigger, int objectEnd, List<Party> sides, boolean about) {
    }

    /** Most words between a word saying what a document is about and the trigger it introduces: "porte sur le". */
    private static final int ABOUT_REACH = 3;

    /** Whether a word saying what a document is about ("porte", "concerne", "relatif") comes just before the trigger. */
    private boolean isAbout(ArticleContext context, PhraseMatcher.Match<String> trigger) {
        String folded = context.folded();
        int at = trigger.start();
        for (int i = 0; i < ABOUT_REACH && at > 0; i++) {
            if (cues.is(WordRole.OBJECT_CUE, Words.wordBefore(folded, at))) {
                return true;
            }
            at = Words.previousWordStart(folded, at);
        }
        return false;
    }

    /**
     * The documents a listing sentence names after its cue, in order, each with the sides its own "entre" gives
     * (empty when none): not the batch the cue names, nor a partnership a document is about.
     */
    private List<Listed> listedDocuments(ArticleContext context, SentenceCues sentenceCues) {
        int listed = listingCueEnd(context, sentenceCues.sentence());
        List<Listed> documents = new ArrayList<>();
        for (PhraseMatcher.Match<String> trigger : sentenceCues.kinds()) {
            // "Les documents comprennent …": the batch itself; "Le premier concerne un partenariat": what it is about
            if (trigger.start() >= listed && !trigger.values().get(0).equals("partnership")) {
                if (!documents.isEmpty() && TriggerNeighbours.namesTheObjectOf(cues, context, documents.get(documents.size() - 1).trigger(), trigger)) {
                    context.trace().dropped(trigger.phrase(), sentenceCues.sentence().index(),
                            "named in the name of the document before it, as what that one amends or applies");
                    continue;
                }
                int objectEnd = TriggerNeighbours.objectEnd(context, sentenceCues, trigger);
                documents.add(new Listed(trigger, objectEnd,
                        ownSides.anyOf(context, sentenceCues.sentence(), trigger.end(), objectEnd), isAbout(context, trigger)));
            }
        }
        return documents;
    }

    /**
     * "Un accord et deux mémorandums ont été signés. Il s'agit d'un accord sur …, d'un mémorandum …":
     * the accord listed is the one reported beside the batch, now with its own object.
     */
    private static void namedAgain(ArticleContext context, Sentence sentence, AgreementDraft single, List<String> sectors,
                                   Set<AgreementDraft> named) {
        named.add(single);
        if (!sectors.isEmpty()) {
            single.sectors = new ArrayList<>(sectors);
        }
        if (context.trace().isOn()) {
            single.why.add("listed again in sentence " + (sentence.index() + 1) + ", with its own object");
        }
    }

    /**
     * One of the batch's documents, listed in its sentence from {@code objectStart}: the batch's status, date and
     * place; {@code whose} says where its parties come from.
     */
    private static AgreementDraft listedDocument(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                                                 String kind, int[] object, AgreementDraft batch, String whose,
                                                 List<Party> parties, List<String> sectors) {
        int objectStart = object[0];
        int objectEnd = object[1];
        AgreementDraft draft = new AgreementDraft(kind, batch.status, parties, sentence, sectors);
        draft.objectFrom = objectStart;
        draft.objectTo = objectEnd;
        draft.date = batch.date;
        draft.place = batch.place;
        if (context.trace().isOn()) {
            draft.why.add("trigger '" + trigger.phrase() + "' in sentence " + (sentence.index() + 1)
                    + (objectStart == trigger.start() ? "" : ", then 'un autre' after it")
                    + ": one of the documents of the batch of sentence "
                    + (batch.sentence.index() + 1) + ", whose status, date and place it takes; parties " + whose);
        }
        return draft;
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
}
