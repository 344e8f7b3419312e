package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drafts of one article as its sentences are read: the body's, the headline's and the statements that
 * name no document; a draft reported again fills the first one instead of adding one.
 */
final class ArticleDrafts {
    /** Sentences of an article's lead, the title's included: what they report the body may report again. */
    private static final int LEAD_SENTENCES = 3;

    final List<AgreementDraft> drafts = new ArrayList<>();
    final List<AgreementDraft> headlines = new ArrayList<>();
    final List<AgreementDraft> statements = new ArrayList<>();
    private final Map<List<Object>, AgreementDraft> firstDraft = new HashMap<>();
    private final Map<List<Object>, AgreementDraft> firstHeadline = new HashMap<>();

    /** Adds a draft of the body, or of the headline when {@code headline}, or fills the one it reports again. */
    void addOrMerge(AgreementDraft draft, boolean headline) {
        addOrMerge(headline ? headlines : drafts, headline ? firstHeadline : firstDraft, draft, draft.another);
    }

    /**
     * Adds the draft, or fills the first one of the same kind, parties, status and batch-ness with it;
     * {@code first} finds that one by those four, in constant time however many drafts there are.
     */
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
                && !draft.sectors.isEmpty() && Collections.disjoint(existing.sectors, draft.sectors);
        if ((!another || leadAgain) && !otherFields && existing != null) {
            existing.fillFrom(draft);
            existing.lastReported = Math.max(existing.lastReported, draft.sentence.index());
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
