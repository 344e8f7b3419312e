package org.entente.extract;

import java.util.Iterator;
import java.util.List;

/**
 * Folds partnership talk into the named document between the same parties: "ont décidé de
 * renforcer leur coopération … Cette ambition figure dans la déclaration commune" is one agreement.
 */
final class AgreementMerger {

    /** Drops partnerships that a document between the same parties covers, moving their sectors over. */
    void merge(List<AgreementDraft> drafts, List<AgreementDraft> statements) {
        Iterator<AgreementDraft> it = drafts.iterator();
        while (it.hasNext()) {
            AgreementDraft partnership = it.next();
            if (!partnership.isPartnership()) {
                continue;
            }
            AgreementDraft document = documentFor(drafts, partnership);
            if (document != null) {
                absorb(document, partnership);
                it.remove();
            }
        }
        for (AgreementDraft statement : statements) {
            AgreementDraft document = documentFor(drafts, statement);
            if (document != null && statement.sentence.index() < document.sentence.index()) {
                absorb(document, statement);
            }
        }
    }

    private static AgreementDraft documentFor(List<AgreementDraft> drafts, AgreementDraft talk) {
        for (AgreementDraft draft : drafts) {
            if (!draft.isPartnership() && draft.sharesPartiesWith(talk.parties)) {
                return draft;
            }
        }
        return null;
    }

    /** Talk before the document describes its content; talk after only fills what is missing. */
    private static void absorb(AgreementDraft document, AgreementDraft talk) {
        if (talk.sentence.index() <= document.sentence.index() || document.sectors.isEmpty()) {
            document.addSectors(talk.sectors);
        }
        if (document.date == null) {
            document.date = talk.date;
        }
        if (document.place == null) {
            document.place = talk.place;
        }
    }
}
