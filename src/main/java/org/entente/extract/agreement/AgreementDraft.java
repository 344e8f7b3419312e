package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.model.Party;
import org.entente.extract.text.Sentence;

/** An agreement being assembled from one or more sentences of an article. */
public final class AgreementDraft {
    /** Its kind; a batch naming documents of several kinds ("des conventions et des accords") is an agreement. */
    public String kind;
    public final String status;
    public final Set<Party> parties;
    public final Sentence sentence;
    public List<String> sectors;
    public ResolvedDate date;
    public PlaceResolver.Place place;
    /** Named by a plural trigger ("une dizaine d'accords"): a batch, distinct from any single agreement. */
    boolean batch;
    /** A batch whose documents a later sentence lists, each an agreement of its own: the batch then goes. */
    boolean enumerated;
    /** How many of a batch's documents the sentences listing it gave ("quatre mémorandums" gives four). */
    int listedDocuments;
    /** A batch's count ("quatre accords": 4), 0 when none is given. */
    int count;
    /**
     * A counted batch of one side whose documents later sentences pick by ordinal, each with its counterpart
     * ("Le premier, avec A …"): the counterparts by position; empty for any other draft.
     */
    java.util.Map<Integer, List<Party>> counterparts = java.util.Map.of();
    /** The subject's sides that each sign on their own with the others ("… chacune"); empty for any other draft. */
    List<Party> each = List.of();
    /** Where the trigger that named the draft ends. */
    int triggerEnd;
    /** The index of the last sentence that reported it, its own or a later one that reported it again. */
    int lastReported = -1;
    /** The trigger that named the draft, folded ("protocole d'accord"); empty for a document a statement made. */
    String triggerPhrase = "";
    /** Said to be another document ("un autre accord") or listed beside one: never a restatement. */
    boolean another;
    /** Listed with an object of its own that names no sector: it borrows none from its sentence or the article. */
    boolean objectWithoutSector;
    /** Where its own object lies in its sentence, one of several documents there: [objectFrom, objectTo); -1 if not so. */
    int objectFrom = -1;
    int objectTo = -1;
    /** The headline that reported it too ("Les ministères de la Défense … signent un protocole"); or null. */
    Sentence headline;
    /** How each part was found, when the article is explained ({@link Trace}); empty otherwise. */
    public final List<String> why = new ArrayList<>();

    AgreementDraft(String kind, String status, List<Party> parties, Sentence sentence, List<String> sectors) {
        this.kind = kind;
        this.status = status;
        this.parties = new LinkedHashSet<>(parties);
        this.sentence = sentence;
        this.sectors = new ArrayList<>(sectors);
    }

    boolean isPartnership() {
        return kind.equals("partnership");
    }

    /** Same parties by the scorer's measure: Jaccard at least one half and two shared. */
    boolean sharesPartiesWith(Set<Party> others) {
        Set<Party> shared = new LinkedHashSet<>(parties);
        shared.retainAll(others);
        Set<Party> union = new LinkedHashSet<>(parties);
        union.addAll(others);
        return shared.size() >= 2 && shared.size() * 2 >= union.size();
    }

    void addSectors(List<String> more) {
        sectors = SectorClassifier.merge(sectors, more);
    }

    void fillFrom(AgreementDraft other) {
        addSectors(other.sectors);
        if (batch && count == 0 && other.batch) {
            count = other.count; // "ont signé des accords … Tous deux ont signé deux accords"
        }
        if (date == null) {
            date = other.date;
        }
        if (place == null) {
            place = other.place;
        }
    }

    /** The index of the last sentence that reported it: its own, or a later one that reported it again. */
    int lastReportedIndex() {
        return Math.max(sentence.index(), lastReported);
    }
}
