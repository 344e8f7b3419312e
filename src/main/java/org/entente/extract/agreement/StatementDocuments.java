package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;

/**
 * Sentences that say parties agreed without naming a document ("X et Y ont convenu de …"), remembered to explain
 * a later trigger that names the document they made ("Cet accord", "Un accord qui permettra …").
 */
final class StatementDocuments {
    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final DraftDetails details;

    StatementDocuments(AgreementCues cues, PartyFinder partyFinder, DraftDetails details) {
        this.cues = cues;
        this.partyFinder = partyFinder;
        this.details = details;
    }

    /** "X et Y ont convenu de …" without a named document: kept to explain a later "Cet accord". */
    void remember(ArticleContext context, SentenceCues sentenceCues, List<AgreementDraft> statements) {
        Sentence sentence = sentenceCues.sentence();
        String status = sentenceCues.status();
        if (status == null || sentenceCues.negative() || status.equals("planned")) {
            return;
        }
        List<String> how = new ArrayList<>();
        List<Party> parties = partyFinder.find(context, sentence, sentenceCues.verbStart(),
                context.trace().isOn() ? how : null);
        if (parties.size() >= 2) {
            AgreementDraft statement = details.newDraft(context, sentence, "statement", status, parties, sentenceCues.verbStart());
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

    /** The last statement, when it is at most two sentences before this one; or null. */
    static AgreementDraft recent(List<AgreementDraft> statements, Sentence sentence) {
        if (statements.isEmpty()) {
            return null;
        }
        AgreementDraft last = statements.get(statements.size() - 1);
        return sentence.index() - last.sentence.index() <= 2 ? last : null;
    }

    /** The document a statement made ("X et Y ont convenu de …"), named by a later trigger of this kind. */
    static AgreementDraft documentOf(AgreementDraft statement, String kind, Trace trace, String why) {
        return documentOf(statement, kind, statement.status, trace, why);
    }

    /** As {@link #documentOf(AgreementDraft, String, Trace, String)}, with the status its own sentence gives. */
    static AgreementDraft documentOf(AgreementDraft statement, String kind, String status, Trace trace, String why) {
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

    /**
     * "X s'est accordé avec Y pour … . Un accord qui permettra …": a trigger after the determiner that opens a
     * sentence without a status verb, right after a statement, names the document the statement made; or null.
     */
    AgreementDraft restatedBy(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                              List<AgreementDraft> statements) {
        Sentence sentence = sentenceCues.sentence();
        String kind = trigger.values().get(0);
        AgreementDraft restated = sentenceCues.status() == null && !sentenceCues.negative()
                && cues.is(PartyCue.ITEM, sentenceCues.openingDeterminer(trigger))
                ? recent(statements, sentence) : null;
        if (restated != null && restated.sentence.index() == sentence.index() - 1) {
            return documentOf(restated, kind, context.trace(), "trigger '" + trigger.phrase() + "' (" + kind
                    + ") opens sentence " + (sentence.index() + 1) + " and names what sentence "
                    + (restated.sentence.index() + 1) + " says was " + restated.status + " without naming a document");
        }
        return null;
    }

    /**
     * "X et Y ont convenu jeudi de coopérer … . Signé lors d'une visite du ministre allemand, le protocole
     * d'accord prévoit …": a singular trigger after a definite article, with fewer than two parties of its own,
     * names the document the statement made, by its parties, signed as its own sentence says; or null.
     */
    AgreementDraft madeBy(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                          String status, String determiner, List<Party> parties, List<AgreementDraft> statements) {
        Sentence sentence = sentenceCues.sentence();
        String kind = trigger.values().get(0);
        AgreementDraft madeBy = parties.size() < 2 && cues.is(WordRole.DEFINITE_ARTICLE, determiner)
                && !cues.isPluralTrigger(trigger) ? recent(statements, sentence) : null;
        if (madeBy != null && madeBy.parties.size() >= 2) {
            return documentOf(madeBy, kind, status, context.trace(), "trigger '" + trigger.phrase() + "' (" + kind
                    + ") in sentence " + (sentence.index() + 1) + " names, with '" + determiner + "', what sentence "
                    + (madeBy.sentence.index() + 1) + " says was " + madeBy.status + " without naming a document");
        }
        return null;
    }
}
