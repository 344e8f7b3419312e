package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.model.Party;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Words;

/**
 * Finds the agreements an article reports: a kind trigger, a status cue and at least two parties
 * in a sentence; later sentences that refer back ("Cet accord…") enrich it instead of adding one.
 */
public final class AgreementExtractor {
    /** Most sentences after a signing that one telling of the signing's place may follow ("La cérémonie a eu lieu à X"). */
    private static final int SIGNING_REACH = 6;
    /** The kind of a batch whose documents are of several kinds. */
    private static final String GENERIC_KIND = "agreement";

    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final DescribedBatches describedBatches;
    private final SignableMentions signable;
    private final DraftCompletion completion;
    private final DraftDetails details;
    private final TriggerNeighbours neighbours;
    private final BatchListing batchListing;
    private final TriggerStatus triggerStatus;
    private final DocumentSides documentSides;
    private final StatementDocuments statementDocuments;
    private final BackReferences backReferences;
    private final OwnSides ownSides;

    public AgreementExtractor(AgreementCues cues, DateResolver dateResolver, SectorClassifier sectorClassifier) {
        this.cues = cues;
        this.signable = new SignableMentions(cues);
        SidesExtent sidesExtent = new SidesExtent(cues, signable);
        this.partyFinder = new PartyFinder(cues, signable, sidesExtent);
        PlaceResolver placeResolver = new PlaceResolver(cues);
        SentenceDates dates = new SentenceDates(dateResolver);
        this.describedBatches = new DescribedBatches(cues, sectorClassifier);
        this.completion = new DraftCompletion(cues, placeResolver, dates, sectorClassifier);
        this.details = new DraftDetails(cues, placeResolver, dates, sectorClassifier);
        this.neighbours = new TriggerNeighbours(cues, sectorClassifier);
        this.ownSides = new OwnSides(cues, signable, sidesExtent);
        this.batchListing = new BatchListing(cues, partyFinder, sectorClassifier, describedBatches, ownSides);
        this.triggerStatus = new TriggerStatus(cues, dateResolver);
        this.documentSides = new DocumentSides(cues, partyFinder, ownSides, placeResolver, signable);
        this.statementDocuments = new StatementDocuments(cues, partyFinder, details);
        this.backReferences = new BackReferences(cues, partyFinder, details, statementDocuments);
    }

    public List<AgreementDraft> extract(ArticleContext context) {
        ArticleDrafts found = new ArticleDrafts();
        Sentence listIntro = null;
        Sentence previous = null;
        for (Sentence sentence : context.sentences()) {
            context.deadline().check();
            SentenceCues sentenceCues = SentenceCues.read(cues, context, sentence);
            if (listIntro == null && previous != null && ListLayout.isMarkedItem(context, sentence)
                    && ListLayout.endsItsLine(context, previous) && !ListLayout.isListItem(context, previous)
                    && batchListing.batchBefore(previous, found.drafts)) {
                // "Plusieurs accords ont été signés … Elles touchent …." then "– Accord-cadre sur …" a line each:
                // marked lines right after a batch's paragraph list its documents, no colon needed
                listIntro = previous;
            }
            previous = sentence;
            boolean item = listIntro != null && ListLayout.isListItem(context, sentence);
            boolean itemGoesOn = listIntro != null && listIntro != sentence && ListLayout.goesOnWithItsLine(context, sentence);
            if (!item && !itemGoesOn && !ListLayout.isAside(context, sentence, sentenceCues)) {
                listIntro = ListLayout.opensAList(context, sentence) ? sentence : null;
            }
            if (sentenceCues.kinds().isEmpty()) {
                readWithoutTrigger(context, sentenceCues, found);
            } else if (!batchListing.read(context, sentenceCues, item ? listIntro : null, found.drafts)) {
                readTriggers(context, sentenceCues, found);
            }
        }
        List<AgreementDraft> drafts = found.drafts;
        // "treize accords … Il s'agit de quatre mémorandums …": a counted batch listed in less than half stays, for the
        // documents not listed; one listed in most is all listed, the rest read in sentences of their own
        drafts.removeIf(d -> d.enumerated && (d.count == 0 || 2 * d.listedDocuments >= d.count));
        describedBatches.split(context, drafts, signable);
        splitEach(context, drafts);
        new AgreementMerger().merge(drafts, found.headlines, found.statements);
        completion.complete(context, drafts);
        return drafts;
    }

    /** A sentence that names no document: what it tells of the last draft, or a statement to remember. */
    private void readWithoutTrigger(ArticleContext context, SentenceCues sentenceCues, ArticleDrafts found) {
        Sentence sentence = sentenceCues.sentence();
        List<AgreementDraft> drafts = found.drafts;
        AgreementDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (last != null && last.batch && batchListing.opensOnSignedDocuments(context, sentenceCues)) {
            // "Les dix documents signés ont trait à la pêche …": what the batch reported before is about
            details.enrich(context, last, sentence);
            if (context.trace().isOn()) {
                last.why.add("sectors also from sentence " + (sentence.index() + 1)
                        + ", which opens on the documents signed");
            }
            return;
        }
        if (last != null && "signed".equals(last.status) && sentence.index() - last.sentence.index() <= SIGNING_REACH
                && details.hasWordOf(context, sentence, WordRole.SIGNING_EVENT)) {
            details.saysWhereItWasSigned(context, last, sentence); // "La cérémonie de signature a eu lieu à Pékin"
        }
        statementDocuments.remember(context, sentenceCues, found.statements);
    }

    /** The documents a sentence has named so far, for the triggers after them. */
    private static final class SentenceDocuments {
        final Map<String, PhraseMatcher.Match<String>> lastOfKind = new HashMap<>();
        final Map<String, AgreementDraft> lastDraftOfKind = new HashMap<>();
        PhraseMatcher.Match<String> lastTrigger;
        AgreementDraft lastDraft;
        int describedUntil = -1;

        void add(PhraseMatcher.Match<String> trigger, AgreementDraft draft) {
            lastOfKind.put(draft.kind, trigger);
            lastDraftOfKind.put(draft.kind, draft);
            lastTrigger = trigger;
            lastDraft = draft;
        }
    }

    /** Each trigger of a sentence: a document of its own, or one named before, or by the trigger before or after it. */
    private void readTriggers(ArticleContext context, SentenceCues sentenceCues, ArticleDrafts found) {
        SentenceDocuments named = new SentenceDocuments();
        PhraseMatcher.Match<String> before = null;
        for (PhraseMatcher.Match<String> trigger : sentenceCues.kinds()) {
            context.deadline().check();
            // "Ces accords et mémorandums ont été signés": a plural right after one that named a document reported
            // before, with no determiner, is of the same batch, as after one that named a new document
            if (named.lastTrigger == null && neighbours.sharesTheBatch(context, before, trigger)) {
                context.trace().dropped(trigger.phrase(), sentenceCues.sentence().index(),
                        "listed with the plural before it, without a determiner: one batch of both kinds");
                before = trigger;
                continue;
            }
            before = trigger;
            if (namesNoNewDocument(context, sentenceCues, trigger, named, found.drafts)) {
                continue;
            }
            AgreementDraft draft = fromTrigger(context, sentenceCues, trigger, found);
            if (draft != null) {
                add(context, sentenceCues, trigger, draft, named, found);
            }
        }
    }

    /**
     * Whether a trigger names the batch of the trigger before it, or the document a copula describes (completing
     * one reported before when it is), rather than a document; the reason traced.
     */
    private boolean namesNoNewDocument(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                       SentenceDocuments named, List<AgreementDraft> drafts) {
        Sentence sentence = sentenceCues.sentence();
        if (neighbours.sharesTheBatch(context, named.lastTrigger, trigger)) {
            context.trace().dropped(trigger.phrase(), sentence.index(),
                    "listed with the plural before it, without a determiner: one batch of both kinds");
            if (named.lastDraft != null && !named.lastDraft.kind.equals(trigger.values().get(0))) {
                named.lastDraft.kind = GENERIC_KIND; // "26 conventions, protocoles, accords et mémorandums"
            }
            return true;
        }
        if (named.lastTrigger != null && TriggerNeighbours.namesTheObjectOf(cues, context, named.lastTrigger, trigger)) {
            context.trace().dropped(trigger.phrase(), sentence.index(),
                    "named in the name of the document before it, as what that one amends, completes or applies");
            return true;
        }
        if (trigger.start() < named.describedUntil) {
            context.trace().dropped(trigger.phrase(), sentence.index(),
                    "what the document reported before, named before the copula, is said to be");
            return true;
        }
        if (!neighbours.namesTheNextTrigger(context, sentenceCues, trigger)) {
            return false;
        }
        AgreementDraft batch = pickedBatch(context, sentence, trigger, drafts);
        if (batch != null) {
            batch.listedDocuments++;
            // "Le cinquième accord signé est un protocole de …": one of the batch's documents, which the copula describes
            named.describedUntil = TriggerNeighbours.nextTriggerEnd(sentenceCues, trigger);
            context.trace().dropped(trigger.phrase(), sentence.index(), "an ordinal picks a document of the batch of "
                    + "sentence " + (batch.sentence.index() + 1) + ", which the copula describes");
            return true;
        }
        AgreementDraft known = sentenceCues.isAnother(trigger) ? null : backReferences.reportedBefore(context, sentence, trigger, drafts);
        if (known != null) {
            // "le mémorandum signé constitue une feuille de route": the document reported before, described
            named.describedUntil = TriggerNeighbours.nextTriggerEnd(sentenceCues, trigger);
            details.enrich(context, known, sentence);
            context.trace().dropped(trigger.phrase(), sentence.index(), "refers back to the agreement of sentence "
                    + (known.sentence.index() + 1) + ", which the copula describes");
            return true;
        }
        context.trace().dropped(trigger.phrase(), sentence.index(),
                "the subject of 'est': the same document as the trigger after it");
        return true;
    }

    /**
     * The counted batch of a sentence or a few before whose document the trigger picks by an ordinal after a definite
     * article ("Le cinquième accord signé est …"), the ordinal within its count; or null.
     */
    private AgreementDraft pickedBatch(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                                       List<AgreementDraft> drafts) {
        String folded = context.folded();
        int ordinalStart = Words.previousWordStart(folded, trigger.start());
        int ordinal = cues.ordinal(Words.wordBefore(folded, trigger.start()));
        if (ordinal < 2 || !cues.is(WordRole.DEFINITE_ARTICLE, Words.wordBefore(folded, ordinalStart))) {
            return null;
        }
        for (int i = drafts.size() - 1; i >= 0; i--) {
            AgreementDraft d = drafts.get(i);
            if (sentence.index() - d.lastReportedIndex() > DescribedBatches.REACH) {
                return null;
            }
            if (d.batch && d.count >= ordinal && d.count <= DescribedBatches.MOST_DOCUMENTS) {
                return d;
            }
        }
        return null;
    }

    /** Adds a trigger's draft to the article's, or to the one it reports again, as one of the sentence's documents. */
    private void add(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                     AgreementDraft draft, SentenceDocuments named, ArticleDrafts found) {
        Sentence sentence = sentenceCues.sentence();
        draft.batch = cues.isPluralTrigger(trigger);
        draft.count = draft.batch ? describedBatches.countBefore(context, trigger.start()) : 0;
        draft.triggerEnd = trigger.end();
        draft.triggerPhrase = trigger.phrase();
        boolean headline = AgreementMerger.isHeadline(context, sentence);
        PhraseMatcher.Match<String> previous = named.lastOfKind.get(draft.kind);
        boolean listed = neighbours.isListedAfter(context, previous, trigger);
        // "un accord sur l'énergie et un mémorandum sur la santé": documents of other kinds in a list
        boolean listedWithOther = !listed && named.lastDraft != null && !named.lastDraft.kind.equals(draft.kind)
                && neighbours.isListedAfter(context, named.lastTrigger, trigger);
        if (listed || listedWithOther) {
            // The sentence names several documents: each is about its own object.
            neighbours.ownSectors(context, sentenceCues, trigger, draft);
            neighbours.ownSectors(context, sentenceCues, listed ? previous : named.lastTrigger,
                    listed ? named.lastDraftOfKind.get(draft.kind) : named.lastDraft);
        }
        if (listed && context.trace().isOn()) {
            draft.why.add("listed after another " + draft.kind + " of the same sentence: a document "
                    + "of its own, with the sectors of its own object");
        }
        draft.another = sentenceCues.isAnother(trigger) || listed || listedWithOther
                || neighbours.saysAlso(context, sentence, trigger) || backReferences.titlesADocument(context, sentenceCues, trigger);
        // said to be another, listed beside another document or named by its title: one of its own, merged with none
        found.addOrMerge(draft, headline);
        named.add(trigger, draft);
    }

    /**
     * The draft a trigger reports: the document a statement made, or a new one with its status and parties;
     * null when it completes one reported before or reports none, the reason traced.
     */
    private AgreementDraft fromTrigger(ArticleContext context, SentenceCues sentenceCues,
                                       PhraseMatcher.Match<String> trigger, ArticleDrafts found) {
        BackReferences.NamedAgain again = backReferences.namedBefore(context, sentenceCues, trigger, found.drafts,
                found.statements);
        if (again != null) {
            return again.document();
        }
        boolean quoting = triggerStatus.isQuotedDeclaration(context, sentenceCues, trigger);
        String status = triggerStatus.of(context, sentenceCues, trigger, quoting);
        if (status == null) {
            return null;
        }
        return withParties(context, sentenceCues, trigger, status, quoting, found);
    }

    /**
     * The draft of a trigger with a status: the document a statement made, or a new one when its sentence names
     * at least two parties; null when it completes one reported before or reports none, the reason traced.
     */
    private AgreementDraft withParties(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                       String status, boolean quoting, ArticleDrafts found) {
        Sentence sentence = sentenceCues.sentence();
        Trace trace = context.trace();
        List<String> how = new ArrayList<>();
        List<Party> parties = partyFinder.find(context, sentence, sentenceCues.verbStart(), trace.isOn() ? how : null);
        String determiner = Words.wordBefore(context.folded(), trigger.start());
        documentSides.addNamedBeside(context, sentenceCues, trigger, determiner, quoting, parties, how);
        if (parties.isEmpty() && backReferences.completesTheLast(context, sentence, trigger, determiner, found.drafts)) {
            return null;
        }
        if (namesTheLastAgain(trigger, determiner, sentenceCues, parties, found.drafts)) {
            // "… ont signé un protocole d'accord … Les deux parties sont convenues de former une équipe pour exécuter les
            // activités décrites dans le protocole d'accord": the same document, by its name and a definite article
            details.enrich(context, found.drafts.get(found.drafts.size() - 1), sentence);
            trace.dropped(trigger.phrase(), sentence.index(), "names the last document again, by its name after '"
                    + determiner + "'");
            return null;
        }
        boolean definite = isDefiniteCount(context, trigger);
        if ((parties.isEmpty() || definite) && countedAgain(context, sentenceCues, trigger, found.drafts, definite)) {
            return null;
        }
        if (parties.isEmpty() && "planned".equals(status) && sentenceCues.isAnother(trigger)) {
            // "L'émir devrait signer d'autres accords dans les domaines …": whom further documents to come
            // bind is not said; "Cette visite sera l'occasion de signer un protocole" is the visit's parties'
            trace.dropped(trigger.phrase(), sentence.index(), "other documents to come, and no party named in its sentence");
            return null;
        }
        AgreementDraft madeBy = statementDocuments.madeBy(context, sentenceCues, trigger, status, determiner, parties,
                found.statements);
        if (madeBy != null) {
            return madeBy;
        }
        if (parties.isEmpty() && cues.is(WordRole.ANAPHORIC_DETERMINER, determiner)) {
            // "Cette entente pourrait rapporter …": it points back to a document no sentence before reported as made
            trace.dropped(trigger.phrase(), sentence.index(), "points back ('" + determiner + "') to a document not "
                    + "reported as made, and names no party");
            return null;
        }
        if (parties.isEmpty()) {
            addSidesOfTheDocumentPointedBack(context, sentenceCues, trigger, found.drafts, parties, how);
        }
        if (parties.isEmpty()) {
            addSidesOfTheLastDocumentOfItsName(sentenceCues, trigger, found.drafts, parties, how);
        }
        if (parties.isEmpty() && found.drafts.isEmpty() && namedAgainBelow(context, sentence, trigger, determiner)) {
            // "Le traité a été paraphé à l'Hôtel de Ville de Nancy." over the body that reports it: a caption
            trace.dropped(trigger.phrase(), sentence.index(), "a definite document before any reported, named again "
                    + "below: the one the article goes on to report");
            return null;
        }
        documentSides.addImplied(context, sentenceCues, trigger, parties, how);
        if (parties.size() == 1 && cues.isPluralTrigger(trigger)) {
            AgreementDraft picked = pickedOneByOne(context, sentenceCues, trigger, status, parties, how);
            if (picked != null) {
                return picked;
            }
        }
        if (parties.size() < 2) {
            trace.dropped(trigger.phrase(), sentence.index(), "fewer than two parties " + Trace.label(parties));
            return null;
        }
        List<Party> each = eachWithCounterparts(context, sentenceCues, parties, how);
        AgreementDraft draft = newDraft(context, sentenceCues, trigger, status, parties, how);
        draft.each = each;
        return draft;
    }

    /**
     * "Saudia et Riyadh Air ont signé un accord avec Boeing … chacune": when a distributive word says each side of the
     * subject signs on its own, the counterparts after "avec" join the parties; the subject's sides, each to sign
     * apart, or empty.
     */
    private List<Party> eachWithCounterparts(ArticleContext context, SentenceCues sentenceCues, List<Party> parties,
                                             List<String> how) {
        Sentence sentence = sentenceCues.sentence();
        if (parties.size() < 2 || !details.hasWordOf(context, sentence, WordRole.DISTRIBUTIVE)) {
            return List.of();
        }
        List<Party> counterparts = ownSides.counterparts(context, sentence, sentenceCues.verbStart(), sentence.end());
        if (counterparts.isEmpty() || parties.stream().anyMatch(counterparts::contains)) {
            return List.of();
        }
        List<Party> subject = List.copyOf(parties);
        parties.addAll(counterparts);
        how.add(Trace.label(counterparts) + " after 'avec', with each of " + Trace.label(subject) + " on its own ('chacune')");
        return subject;
    }

    /** Each draft whose subject's sides sign on their own becomes one draft a side, with the counterparts. */
    private static void splitEach(ArticleContext context, List<AgreementDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            AgreementDraft draft = drafts.get(i);
            if (draft.each.size() < 2) {
                continue;
            }
            List<Party> counterparts = new ArrayList<>(draft.parties);
            counterparts.removeAll(draft.each);
            List<AgreementDraft> apart = new ArrayList<>();
            for (Party side : draft.each) {
                List<Party> parties = new ArrayList<>(List.of(side));
                parties.addAll(counterparts);
                apart.add(DescribedBatches.documentOf(context, draft, parties, draft.sectors,
                        "the one " + Trace.label(List.of(side)) + " signs on its own ('chacune')"));
            }
            drafts.remove(i);
            drafts.addAll(i, apart);
            i += apart.size() - 1;
        }
    }

    /**
     * "Ce mémorandum devrait être complété par des accords …": a document naming no party, in a sentence that points
     * back to another ("ce", "cette"), binds that one's sides.
     */
    private void addSidesOfTheDocumentPointedBack(ArticleContext context, SentenceCues sentenceCues,
                                                  PhraseMatcher.Match<String> trigger, List<AgreementDraft> drafts,
                                                  List<Party> parties, List<String> how) {
        for (PhraseMatcher.Match<String> other : sentenceCues.kinds()) {
            if (other.start() == trigger.start()
                    || !cues.is(WordRole.DEMONSTRATIVE, Words.wordBefore(context.folded(), other.start()))) {
                continue;
            }
            AgreementDraft pointed = backReferences.reportedBefore(context, sentenceCues.sentence(), other, drafts);
            if (pointed != null && pointed.parties.size() >= 2) {
                parties.addAll(pointed.parties);
                how.add(Trace.label(parties) + ": no party named, the sides of the document its sentence points back to ('"
                        + other.phrase() + "' of sentence " + (pointed.sentence.index() + 1) + ")");
                return;
            }
        }
    }

    /**
     * Whether a singular trigger after a definite article, not said to be another, bears the name of the last document
     * reported and names no party that one lacks: that document named again.
     */
    private boolean namesTheLastAgain(PhraseMatcher.Match<String> trigger, String determiner, SentenceCues sentenceCues,
                                      List<Party> parties, List<AgreementDraft> drafts) {
        AgreementDraft last = lastOfItsName(sentenceCues, trigger, drafts);
        return last != null && cues.is(WordRole.DEFINITE_ARTICLE, determiner) && last.sentence != sentenceCues.sentence()
                && last.parties.containsAll(parties) && !hasAComplement(sentenceCues, trigger);
    }

    /**
     * The last document reported, a single one, when the trigger is a single document of the same name not said to be
     * another ("un accord de financement … la signature d'un accord de financement"); or null.
     */
    private AgreementDraft lastOfItsName(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger, List<AgreementDraft> drafts) {
        AgreementDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        return last != null && !last.batch && !cues.isPluralTrigger(trigger) && !sentenceCues.isAnother(trigger)
                && last.triggerPhrase.equals(trigger.phrase()) ? last : null;
    }

    /** Whether a complement follows the trigger ("l'accord de pêche", "l'accord sur la police"): a name of its own. */
    private boolean hasAComplement(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        List<String> next = Words.wordsAfter(sentenceCues.context().folded(), trigger.end(), 1, sentenceCues.sentence().end());
        return !next.isEmpty() && (cues.is(WordRole.OF, next.get(0)) || cues.is(WordRole.OBJECT_CUE, next.get(0))
                || cues.is(WordRole.DESCRIBING, next.get(0)));
    }

    /**
     * Whether a singular trigger after a definite article, naming no party, is named again after its sentence: "Le
     * traité a été paraphé à Nancy." opening a page whose body says who signed "un traité d'amitié".
     */
    private boolean namedAgainBelow(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                                    String determiner) {
        if (!cues.is(WordRole.DEFINITE_ARTICLE, determiner) || cues.isPluralTrigger(trigger)) {
            return false;
        }
        // read a caption's reach only, not the rest of a long page for every such trigger
        String folded = context.folded();
        int last = Math.min(folded.length(), sentence.end() + CAPTION_REACH) - trigger.phrase().length();
        for (int at = sentence.end(); at <= last; at++) {
            if (folded.startsWith(trigger.phrase(), at)) {
                return true;
            }
        }
        return false;
    }

    /** Most characters after a caption in which the body names its document again. */
    private static final int CAPTION_REACH = 3000;

    /**
     * "Le Togo et la Banque mondiale ont signé un accord de financement … Leurs échanges ont été suivis de la signature
     * d'un accord de financement de 120 millions de dollars": a single document naming no party, of the same name as the
     * last one reported and not said to be another, is that one told again: its sides.
     */
    private void addSidesOfTheLastDocumentOfItsName(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                                    List<AgreementDraft> drafts, List<Party> parties, List<String> how) {
        AgreementDraft last = lastOfItsName(sentenceCues, trigger, drafts);
        if (last == null || last.parties.size() < 2) {
            return;
        }
        parties.addAll(last.parties);
        how.add(Trace.label(parties) + ": no party named, a document of the name of the last one reported ('"
                + trigger.phrase() + "' of sentence " + (last.sentence.index() + 1) + "): its sides");
    }

    /**
     * "… ont signé trois conventions de financement. … Ce à travers la signature de trois conventions de financement":
     * a counted batch, no side named, of the kind and count of a batch reported before is that batch again, which it
     * completes; so is one after a definite article whatever its noun and the sides its sentence names ("trois accords
     * de financement … Les trois conventions que nous venons de signer … entre nos deux pays"); whether it was, traced.
     */
    private boolean countedAgain(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                 List<AgreementDraft> drafts, boolean definite) {
        if (!cues.isPluralTrigger(trigger)) {
            return false;
        }
        int count = describedBatches.countBefore(context, trigger.start());
        String kind = trigger.values().get(0);
        for (AgreementDraft earlier : drafts) {
            if (count >= 2 && earlier.batch && earlier.count == count && (definite || earlier.kind.equals(kind))) {
                details.enrich(context, earlier, sentenceCues.sentence());
                earlier.lastReported = Math.max(earlier.lastReported, sentenceCues.sentence().index());
                context.trace().dropped(trigger.phrase(), sentenceCues.sentence().index(), "no side named, the count and "
                        + "kind of the batch of sentence " + (earlier.sentence.index() + 1) + ": that batch again");
                return true;
            }
        }
        return false;
    }

    /** "Les trois conventions": a count after a definite article, which points back to a batch of that count. */
    private boolean isDefiniteCount(ArticleContext context, PhraseMatcher.Match<String> trigger) {
        String folded = context.folded();
        int countStart = Words.previousWordStart(folded, trigger.start());
        return countStart > 0 && cues.count(Words.wordBefore(folded, trigger.start())) >= 2
                && cues.is(WordRole.DEFINITE_ARTICLE, Words.wordBefore(folded, countStart));
    }

    /**
     * "X a signé trois accords. Le premier, avec A …": a counted batch of one side whose documents the next
     * sentences pick by ordinal, each with its counterpart; the batch with its counterparts, or null when it is not so.
     */
    private AgreementDraft pickedOneByOne(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                          String status, List<Party> parties, List<String> how) {
        int count = describedBatches.countBefore(context, trigger.start());
        if (count < 2 || count > DescribedBatches.MOST_DOCUMENTS) {
            return null; // no count to pick documents of: no draft built, dates and sectors read, for nothing
        }
        AgreementDraft batch = newDraft(context, sentenceCues, trigger, status, parties, how);
        batch.batch = true;
        batch.count = count;
        batch.triggerEnd = trigger.end();
        Map<Integer, List<Party>> counterparts = describedBatches.counterpartsByOrdinal(context, batch, parties.get(0), signable);
        if (counterparts.isEmpty()) {
            return null;
        }
        batch.counterparts = counterparts;
        counterparts.values().forEach(batch.parties::addAll);
        return batch;
    }

    /** A new draft of the trigger's kind with its status and parties; when traced, how each was found. */
    private AgreementDraft newDraft(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                    String status, List<Party> parties, List<String> how) {
        Sentence sentence = sentenceCues.sentence();
        String kind = trigger.values().get(0);
        AgreementDraft draft = details.newDraft(context, sentence, kind, status, parties, sentenceCues.verbStart());
        if (context.trace().isOn()) {
            draft.why.add("trigger '" + trigger.phrase() + "' (" + kind + ") in sentence " + (sentence.index() + 1)
                    + ", status " + status + " from its verb");
            how.forEach(h -> draft.why.add("parties: " + h));
        }
        return draft;
    }
}
