package org.entente.extract;

import java.util.Iterator;
import java.util.List;

/**
 * Folds partnership talk into the named document between the same parties: "ont décidé de
 * renforcer leur coopération … Cette ambition figure dans la déclaration commune" is one agreement.
 */
final class AgreementMerger {

    /**
     * Drops partnerships that a document between the same parties covers, moving their sectors
     * over, and headline agreements that the body reports again.
     */
    void merge(ArticleContext context, List<AgreementDraft> drafts, List<AgreementDraft> statements) {
        mergeHeadlines(context, drafts);
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

    /** "Tachkent et Bichkek scellent un accord" in the title is the treaty the first paragraph details. */
    private static void mergeHeadlines(ArticleContext context, List<AgreementDraft> drafts) {
        Iterator<AgreementDraft> it = drafts.iterator();
        while (it.hasNext()) {
            AgreementDraft headline = it.next();
            if (!isHeadline(context, headline.sentence)) {
                continue;
            }
            for (AgreementDraft body : drafts) {
                if (body != headline && !isHeadline(context, body.sentence) && body.sharesPartiesWith(headline.parties)) {
                    body.fillFrom(headline);
                    it.remove();
                    break;
                }
            }
        }
    }

    /** A first line without a closing full stop. */
    private static boolean isHeadline(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        boolean ownLine = sentence.end() >= text.length() || text.charAt(sentence.end()) == '\n';
        return sentence.index() == 0 && ownLine && text.charAt(sentence.end() - 1) != '.';
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
