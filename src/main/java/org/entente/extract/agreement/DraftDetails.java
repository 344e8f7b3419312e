package org.entente.extract.agreement;

import java.time.YearMonth;
import java.util.List;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Party;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/** The date, place and sectors a sentence gives a draft: a new one's, or more for one it refers back to. */
final class DraftDetails {
    private final AgreementCues cues;
    private final PlaceResolver placeResolver;
    private final SentenceDates dates;
    private final SectorClassifier sectorClassifier;

    DraftDetails(AgreementCues cues, PlaceResolver placeResolver, SentenceDates dates, SectorClassifier sectorClassifier) {
        this.cues = cues;
        this.placeResolver = placeResolver;
        this.dates = dates;
        this.sectorClassifier = sectorClassifier;
    }

    /** A new draft with the sectors, date and city of its sentence. */
    AgreementDraft newDraft(ArticleContext context, Sentence sentence, String kind, String status,
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

    void enrich(ArticleContext context, AgreementDraft draft, Sentence sentence) {
        enrich(context, draft, sentence, false);
    }

    /**
     * What a sentence referring back to a draft adds to it: what it is about, when stating an object; a date
     * when the draft has none, or the day of the month it has; a city when it has none. A sentence that
     * reports the signing itself ("L'accord a été signé le 25 avril à Ryad") gives its day and city outright.
     */
    void enrich(ArticleContext context, AgreementDraft draft, Sentence sentence, boolean tellsTheSigning) {
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

    /** A city named as a place in a sentence that tells of the signing is where the document was signed. */
    void saysWhereItWasSigned(ArticleContext context, AgreementDraft draft, Sentence sentence) {
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
    boolean hasWordOf(ArticleContext context, Sentence sentence, WordRole role) {
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            if (cues.is(role, context.foldedWord(tokens.get(t)))) {
                return true;
            }
        }
        return false;
    }
}
