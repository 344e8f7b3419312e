package org.entente.extract.agreement;

import java.util.List;
import org.entente.extract.model.Party;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Words;

/**
 * Triggers that name again what was reported before ("Cet accord", "objet du cinquième accord", "La signature
 * des contrats"): they complete that agreement, or name the document a statement made, instead of adding one.
 */
final class BackReferences {
    /**
     * A trigger read as naming again what was reported before: {@code document} is the document a statement
     * made, or null when the trigger completes an agreement already reported ({@link #COMPLETED}).
     */
    record NamedAgain(AgreementDraft document) {
        static final NamedAgain COMPLETED = new NamedAgain(null);
    }

    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final DraftDetails details;
    private final StatementDocuments statementDocuments;

    BackReferences(AgreementCues cues, PartyFinder partyFinder, DraftDetails details,
                   StatementDocuments statementDocuments) {
        this.cues = cues;
        this.partyFinder = partyFinder;
        this.details = details;
        this.statementDocuments = statementDocuments;
    }

    /**
     * What a trigger names again by its rank, an anaphor or as what a statement made; null when it names no
     * agreement or statement reported before.
     */
    NamedAgain namedBefore(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                           List<AgreementDraft> drafts, List<AgreementDraft> statements) {
        Sentence sentence = sentenceCues.sentence();
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
            details.enrich(context, ranked, sentence);
            context.trace().dropped(trigger.phrase(), sentence.index(), "names by its rank the agreement of sentence "
                    + (ranked.sentence.index() + 1) + ", which it completes");
            return NamedAgain.COMPLETED;
        }
        String anaphor = anotherOfRank ? null : sentenceCues.anaphorBefore(trigger);
        NamedAgain named = anaphor == null ? null
                : namedByAnaphor(context, sentenceCues, trigger, anaphor, drafts, statements);
        if (named != null) {
            return named;
        }
        if (anaphor == null && !anotherOfRank && sentenceCues.isBareObjectOfItsVerb(trigger)
                && signedAgain(context, sentenceCues, trigger, drafts)) {
            return NamedAgain.COMPLETED;
        }
        AgreementDraft restated = statementDocuments.restatedBy(context, sentenceCues, trigger, statements);
        return restated == null ? null : new NamedAgain(restated);
    }

    /**
     * "Haïti a signé un accord … Les ministres chilien, argentin … et l'ambassadeur de l'OEA ont paraphé l'accord": the
     * definite object of a signing names the last document again when it is of its kind and the two share their sides,
     * one holding the other's; the signatories it adds join it. Whether it did.
     */
    private boolean signedAgain(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                List<AgreementDraft> drafts) {
        AgreementDraft last = lastDocument(drafts);
        if (last == null || !last.kind.equals(trigger.values().get(0)) || last.sentence == sentenceCues.sentence()) {
            return false;
        }
        Sentence sentence = sentenceCues.sentence();
        List<Party> named = partyFinder.find(context, sentence, sentenceCues.verbStart());
        if (named.size() < 2 || !named.containsAll(last.parties) && !last.parties.containsAll(named)) {
            return false;
        }
        last.parties.addAll(named);
        details.enrich(context, last, sentence);
        context.trace().dropped(trigger.phrase(), sentence.index(), "names again, as what its verb signs, the agreement "
                + "of sentence " + (last.sentence.index() + 1) + ", whose sides it shares");
        return true;
    }

    /**
     * After an anaphor ("Cet accord", "Le protocole"): the last document, which the sentence completes, or
     * with a demonstrative, the document a recent statement made; null when it names neither.
     */
    private NamedAgain namedByAnaphor(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                      String anaphor, List<AgreementDraft> drafts, List<AgreementDraft> statements) {
        Sentence sentence = sentenceCues.sentence();
        String kind = trigger.values().get(0);
        AgreementDraft last = lastDocument(drafts); // "signé un protocole … pour renforcer leur coopération. Le protocole …"
        boolean demonstrative = cues.is(WordRole.DEMONSTRATIVE, anaphor);
        List<Party> named = last == null ? List.of() : partyFinder.find(context, sentence, sentenceCues.verbStart());
        // "La convention signée traduit …": the document whose signing was just reported, named again as signed
        boolean saidSignedAgain = last != null && isSigningParticipleAfter(context, sentenceCues, trigger)
                && last.parties.containsAll(named);
        if (last != null && !(titlesADocument(context, sentenceCues, trigger) && !sameHead(trigger.phrase(), last.triggerPhrase))
                && (demonstrative || last.kind.equals(kind) || saidSignedAgain || namesNoOtherParty(named, trigger, last))) {
            // "L'accord a été signé le 25 avril lors de la visite à Ryad": when and where, said of the signing
            details.enrich(context, last, sentence, "signed".equals(sentenceCues.status()) && !sentenceCues.negative());
            if (sentenceCues.status() != null && !sentenceCues.negative()) {
                // "Cet accord va profiter aux constructeurs japonais, comme Suzuki": beneficiaries, no signatories
                namesItsSignatories(context, last, sentence, named);
            }
            context.trace().dropped(trigger.phrase(), sentence.index(), "refers back ('" + anaphor
                    + "') to the agreement of sentence " + (last.sentence.index() + 1) + ", which it completes");
            return NamedAgain.COMPLETED;
        }
        AgreementDraft statement = StatementDocuments.recent(statements, sentence);
        if (statement != null && demonstrative) {
            return new NamedAgain(StatementDocuments.documentOf(statement, kind, context.trace(), "trigger '" + trigger.phrase()
                    + "' (" + kind + ") in sentence " + (sentence.index() + 1) + " names, with '" + anaphor
                    + "', what sentence " + (statement.sentence.index() + 1) + " says was " + statement.status
                    + " without naming a document"));
        }
        return null;
    }

    /**
     * "Le Protocole de la 7e réunion … a été signé par … Le Mémorandum d'accord sur la signature électronique … a été
     * signé par …": a sentence opening on a document named by its title, in capitals after a definite article, that
     * says it signed is one of a list of documents; unless its noun is the last one's, not that one named again.
     */
    boolean titlesADocument(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        int article = Words.previousWordStart(context.folded(), trigger.start());
        return article == sentenceCues.sentence().start()
                && cues.is(WordRole.DEFINITE_ARTICLE, Words.wordBefore(context.folded(), trigger.start()))
                && Character.isUpperCase(context.text().text().charAt(trigger.start()))
                && "signed".equals(sentenceCues.status()) && !sentenceCues.negative();
    }

    /** Whether two triggers' phrases open on the same noun: "protocole" and "protocole d'accord". */
    private static boolean sameHead(String phrase, String other) {
        return phrase.split("[ ']")[0].equals(other.split("[ ']")[0]);
    }

    /**
     * "La signature des contrats a eu lieu à Doha", "la signature de leurs accords confirme": a trigger naming no
     * party after a determiner or a possessive is the documents named before, not new ones; a partnership agreed
     * before is no document, and the merger folds it into this one. Whether it completed the last document.
     */
    boolean completesTheLast(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                             String determiner, List<AgreementDraft> drafts) {
        AgreementDraft last = lastDocument(drafts);
        if (last == null || last.isPartnership()
                || !cues.is(WordRole.DETERMINER, determiner) && !cues.is(WordRole.POSSESSIVE, determiner)) {
            return false;
        }
        details.enrich(context, last, sentence);
        context.trace().dropped(trigger.phrase(), sentence.index(), "names no party and, with '" + determiner
                + "', refers back to the agreement of sentence " + (last.sentence.index() + 1) + ", which it completes");
        return true;
    }

    /**
     * The agreement of an earlier sentence that a singular trigger after a definite or demonstrative
     * determiner names again ("Le mémorandum signé constitue …"): the last of its kind; or null.
     */
    AgreementDraft reportedBefore(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
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

    /** Whether the sentence's status verb is the participle right after the trigger: "la convention signée", "Le pacte, signé lundi". */
    private static boolean isSigningParticipleAfter(ArticleContext context, SentenceCues sentenceCues,
                                                    PhraseMatcher.Match<String> trigger) {
        int next = context.firstTokenFrom(trigger.end());
        if (next < context.tokens().size() && context.tokens().get(next).text().equals(",")) {
            next++;
        }
        return "signed".equals(sentenceCues.status()) && next < context.tokens().size()
                && context.tokens().get(next).start() == sentenceCues.verbStart();
    }

    /**
     * Whether the parties named in a sentence whose definite trigger opens it are none, or only the last
     * agreement's, the trigger being a word of that agreement's name ("… ont signé un protocole d'accord.
     * L'accord, qui permet à l'Éthiopie et au Kenya de …").
     */
    private static boolean namesNoOtherParty(List<Party> parties, PhraseMatcher.Match<String> trigger, AgreementDraft last) {
        boolean wordOfItsName = !trigger.phrase().contains(" ")
                && List.of(last.triggerPhrase.split("[ ']")).contains(trigger.phrase());
        return parties.isEmpty() || wordOfItsName && last.parties.containsAll(parties);
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

    /**
     * The draft reported last; a document when the partnerships after it share its sentence ("ont signé
     * 15 accords pour renforcer leur partenariat": the documents are what was signed); or null.
     */
    private static AgreementDraft lastDocument(List<AgreementDraft> drafts) {
        int n = drafts.size();
        if (n == 0) {
            return null;
        }
        // "le mémorandum portant sur l'établissement d'un partenariat … pour jeter les bases d'un partenariat …":
        // the partnerships its own sentence names after it are what the document is about
        int sentence = drafts.get(n - 1).sentence.index();
        for (int i = n - 1; i >= 0 && drafts.get(i).sentence.index() == sentence; i--) {
            if (!drafts.get(i).isPartnership()) {
                return drafts.get(i);
            }
        }
        return drafts.get(n - 1);
    }

    /** The document reported in that rank, a batch listed since counting as its documents; or null. */
    private static AgreementDraft documentOfRank(List<AgreementDraft> drafts, int rank) {
        // "des accords de partenariat … Le mémorandum … ; un mémorandum … Quant au 3ème accord": a batch given no count
        // before documents of their own is those documents, no rank of its own
        boolean documentsAfterABatch = drafts.stream().anyMatch(d -> !d.batch && !d.enumerated)
                && drafts.stream().anyMatch(d -> d.batch && d.count == 0);
        int seen = 0;
        for (AgreementDraft draft : drafts) {
            if (!draft.enumerated && !(documentsAfterABatch && draft.batch && draft.count == 0) && ++seen == rank) {
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
}
