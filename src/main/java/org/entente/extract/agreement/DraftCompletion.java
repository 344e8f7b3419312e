package org.entente.extract.agreement;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.entente.extract.model.Party;
import org.entente.extract.text.Sentence;

/**
 * What an agreement's own sentences left unsaid, completed from the rest of the article once all
 * its agreements are found: a date, a place and sectors.
 */
final class DraftCompletion {
    /** Documents about the relation between the parties as a whole: a joint declaration, a partnership. */
    private static final Set<String> POLITICAL_KINDS = Set.of("joint_declaration", "partnership");
    private static final String DIPLOMACY = "diplomacy";

    /** How many sentences name a sector for it to be one the article keeps coming back to. */
    private static final int RECURRING = 2;

    private final AgreementCues cues;
    private final PlaceResolver placeResolver;
    private final SentenceDates dates;
    private final SectorClassifier sectorClassifier;

    DraftCompletion(AgreementCues cues, PlaceResolver placeResolver, SentenceDates dates, SectorClassifier sectorClassifier) {
        this.cues = cues;
        this.placeResolver = placeResolver;
        this.dates = dates;
        this.sectorClassifier = sectorClassifier;
    }

    /** Completes each agreement of an article with the date, place and sectors it lacks. */
    void complete(ArticleContext context, List<AgreementDraft> drafts) {
        ArticleFallbacks fallbacks = new ArticleFallbacks(context);
        // "quatre accords ont été signés à Pékin": where the article's documents were signed, said once
        PlaceResolver.Place signedAt = drafts.stream().filter(d -> "signed".equals(d.status)).map(d -> d.place)
                .filter(Objects::nonNull).findFirst().orElse(null);
        for (AgreementDraft draft : drafts) {
            completeDateAndPlace(context, draft, signedAt, fallbacks);
            completeSectors(context, draft, fallbacks);
        }
    }

    /**
     * "… ont signé sept documents. Les textes portent sur l'énergie…": without sectors of its own,
     * those of the next sentence; then the trade of each signing organization it knows ("Orano a signé
     * un accord de coopération stratégique avec l'Ouzbékistan": energy); still without, those the article
     * keeps coming back to.
     */
    private void completeSectors(ArticleContext context, AgreementDraft draft, ArticleFallbacks fallbacks) {
        if (draft.objectWithoutSector && draft.sectors.isEmpty()) {
            // about something in no sector: only a signing organization's trade says more
            draft.parties.stream().filter(p -> p.organization() != null).findFirst()
                    .ifPresent(p -> draft.addSectors(sectorClassifier.tradeOf(p.organization()).stream().limit(1).toList()));
            return;
        }
        if (draft.sectors.isEmpty() && sectorClassifier.namesOnlyOutsideFields(context, draft.sentence)) {
            return; // "un accord de coopération culturelle": about a field in no sector of the list
        }
        int next = draft.sentence.index() + 1;
        if (draft.sectors.isEmpty() && POLITICAL_KINDS.contains(draft.kind)) {
            // "une Déclaration relative au partenariat d'exception": the relation itself is its object,
            // and its fields follow it ("Ils veulent coopérer du commerce au climat"), unless the next
            // sentence reports a document of its own
            draft.addSectors(List.of(DIPLOMACY));
            if (next < context.sentences().size()
                    && SentenceCues.read(cues, context, context.sentences().get(next)).kinds().isEmpty()) {
                draft.addSectors(sectorClassifier.sectors(context, context.sentences().get(next)));
            }
        }
        // "Les ministres de la Défense des deux pays ont signé un protocole de coopération"; one of several documents
        // of its sentence, the offices of its own part only ("; la lettre d'intention entre les ministères de la Défense")
        draft.addSectors(draft.objectFrom < 0 ? sectorClassifier.officeSectors(context, draft.sentence)
                : sectorClassifier.officeSectors(context, draft.sentence, draft.objectFrom, draft.objectTo));
        if (draft.headline != null) { // "Les ministères de la Défense … signent un protocole", then the body's
            draft.addSectors(sectorClassifier.officeSectors(context, draft.headline));
        }
        if (draft.sectors.isEmpty() && next < context.sentences().size()) {
            Sentence sentence = context.sentences().get(next);
            draft.addSectors(sectorClassifier.sectors(context, sentence));
        }
        // A signing organization's trade says what a document is about when its sentence says little:
        // not beside two fields of its own ("la sidérurgie, avec la construction d'une aciérie")
        boolean saysLittle = draft.sectors.size() < 2;
        for (Party party : draft.parties) {
            if (party.organization() != null && saysLittle) {
                draft.addSectors(sectorClassifier.tradeOf(party.organization()).stream().limit(1).toList());
            }
        }
        if (draft.sectors.isEmpty()) {
            draft.addSectors(fallbacks.recurringSectors());
        }
    }

    /** Without a date or place of its own, an agreement takes the article's first ones, then the month of publication. */
    private void completeDateAndPlace(ArticleContext context, AgreementDraft draft, PlaceResolver.Place signedAt,
                                      ArticleFallbacks fallbacks) {
        String dateRule = draft.date == null ? null : "date: in its sentence";
        if (draft.date == null && fallbacks.firstDate() != null && fallbacks.firstDateSentence() <= draft.sentence.index() + 1) {
            // a date further on dates what the article tells next ("En janvier 2022, les exportations …")
            draft.date = fallbacks.firstDate();
            dateRule = "date: the article's first date";
        }
        if (draft.date == null) {
            draft.date = DateResolver.publicationMonth(context.published());
            dateRule = "date: the month of publication";
        }
        String placeRule = draft.place == null ? null : "place: a city named in its sentence";
        if (draft.place == null && !"planned".equals(draft.status)) {
            draft.place = signedAt; // a document to come is not said to be signed where the others were
            placeRule = "place: where the article's signed documents were signed";
        }
        if (draft.place == null) {
            // a town up to its sentence; else the article's first place, a town or a country after a locative
            PlaceResolver.Town first = fallbacks.firstTown();
            PlaceResolver.Place town = first != null && first.end() <= draft.sentence.end() ? first.place() : null;
            draft.place = town != null ? town : fallbacks.firstPlaceNamed();
            placeRule = town != null ? "place: the article's first town named as a place, up to its sentence"
                    : "place: the article's first place, a town or a country after 'en', 'au'...";
        }
        if (draft.place == null) {
            draft.place = placeResolver.find(context, draft.sentence.start(), draft.sentence.end());
            placeRule = "place: a country after 'en', 'au'... in its sentence";
        }
        if (draft.place == null) {
            draft.place = fallbacks.firstPlace();
            placeRule = "place: the article's first country after 'en', 'au'...";
        }
        if (draft.place == null && fallbacks.hosting() != null) {
            Set<String> countries = new LinkedHashSet<>();
            draft.parties.stream().filter(p -> p.countryIso2() != null).forEach(p -> countries.add(p.countryIso2()));
            draft.place = placeResolver.hostCountry(context, fallbacks.hosting(), countries);
            placeRule = "place: the host of the visit the article reports";
        }
        if (context.trace().isOn()) {
            draft.why.add(draft.date == null ? "date: none found" : dateRule + " (" + draft.date.date() + ")");
            draft.why.add(draft.place == null ? "place: none found" : placeRule + " (" + draft.place.name() + ")");
        }
    }

    /** A value computed when first asked for, then kept; null is a value too. */
    private static final class Once<T> {
        private final Supplier<T> compute;
        private T value;
        private boolean done;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            if (!done) {
                value = compute.get();
                done = true;
            }
            return value;
        }
    }

    /** A date and the index of the sentence that gives it. */
    private record DatedSentence(ResolvedDate date, int sentence) {
    }

    /** The article's first date, town, place and visit, each sought once for all its agreements and only when one needs it. */
    private final class ArticleFallbacks {
        private final Once<DatedSentence> firstDate;
        private final Once<PlaceResolver.Town> firstTown;
        private final Once<PlaceResolver.Place> firstPlaceNamed;
        private final Once<PlaceResolver.Place> firstPlace;
        private final Once<PlaceResolver.Hosting> hosting;
        private final Once<List<String>> recurringSectors;

        ArticleFallbacks(ArticleContext context) {
            int length = context.text().text().length();
            firstDate = new Once<>(() -> firstDateOf(context));
            firstTown = new Once<>(() -> placeResolver.firstTown(context));
            firstPlaceNamed = new Once<>(() -> placeResolver.firstPlaceIn(context, 0, length));
            firstPlace = new Once<>(() -> placeResolver.find(context, 0, length));
            hosting = new Once<>(() -> placeResolver.hosting(context));
            recurringSectors = new Once<>(() -> recurringSectorsOf(context));
        }

        /** The sectors named in at least {@link #RECURRING} sentences, most often named first, at most two. */
        List<String> recurringSectors() {
            return recurringSectors.get();
        }

        /** The first date expression of the article that resolves and is not history (long before publication); or null. */
        ResolvedDate firstDate() {
            return firstDate.get() == null ? null : firstDate.get().date();
        }

        /** The index of the sentence that holds {@link #firstDate()}, when there is one. */
        int firstDateSentence() {
            return firstDate.get() == null ? -1 : firstDate.get().sentence();
        }

        /** The article's first town named as a place, no dateline; or null. */
        PlaceResolver.Town firstTown() {
            return firstTown.get();
        }

        /** The article's first place named, a town or a country after a locative; or null. */
        PlaceResolver.Place firstPlaceNamed() {
            return firstPlaceNamed.get();
        }

        /** The article's first reported visit whose guest is named; or null. */
        PlaceResolver.Hosting hosting() {
            return hosting.get();
        }

        /** The article's first city named as a place, else the first country after "en", "au"…; or null. */
        PlaceResolver.Place firstPlace() {
            return firstPlace.get();
        }
    }

    private DatedSentence firstDateOf(ArticleContext context) {
        for (int s = 0; s < context.sentences().size(); s++) {
            ResolvedDate date = dates.in(context, context.sentences().get(s));
            // history, or what is to come ("des vols lancés dès le 16 mars 2018"), is no date of this news
            if (date != null && !SentenceDates.isLongBefore(context, date) && !SentenceDates.isAfterPublication(context, date)) {
                return new DatedSentence(date, s);
            }
        }
        return null;
    }

    private List<String> recurringSectorsOf(ArticleContext context) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence sentence : context.sentences()) {
            sectorClassifier.sectors(context, sentence).forEach(sector -> counts.merge(sector, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= RECURRING)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
    }
}
