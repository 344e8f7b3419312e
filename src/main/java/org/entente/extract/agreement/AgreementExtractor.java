package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.PlausibleDates;
import org.entente.extract.model.Party;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.TextNormalizer;

/**
 * Finds the agreements an article reports: a kind trigger, a status cue and at least two parties
 * in a sentence; later sentences that refer back ("Cet accord…") enrich it instead of adding one.
 */
public final class AgreementExtractor {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    // Kept in code: "en 2019", the one preposition of a bare year, part of a year pattern.
    private static final Pattern DATED_PAST = Pattern.compile("\\b(en) ((?:19|20)\\d{2})\\b");
    private static final int BACKGROUND_REACH = 60;

    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final PlaceResolver placeResolver;
    private final DateResolver dateResolver;
    private final SectorClassifier sectorClassifier;

    public AgreementExtractor(AgreementCues cues, DateResolver dateResolver, SectorClassifier sectorClassifier) {
        this.cues = cues;
        this.partyFinder = new PartyFinder(cues);
        this.placeResolver = new PlaceResolver(cues);
        this.dateResolver = dateResolver;
        this.sectorClassifier = sectorClassifier;
    }

    public List<AgreementDraft> extract(ArticleContext context) {
        List<AgreementDraft> drafts = new ArrayList<>();
        List<AgreementDraft> headlines = new ArrayList<>();
        List<AgreementDraft> statements = new ArrayList<>();
        Map<List<Object>, AgreementDraft> firstDraft = new HashMap<>();
        Map<List<Object>, AgreementDraft> firstHeadline = new HashMap<>();
        for (Sentence sentence : context.sentences()) {
            context.deadline().check();
            SentenceCues sentenceCues = SentenceCues.read(cues, context, sentence);
            if (sentenceCues.kinds().isEmpty()) {
                rememberStatement(context, sentence, sentenceCues, statements);
                continue;
            }
            for (PhraseMatcher.Match<String> trigger : sentenceCues.kinds()) {
                context.deadline().check();
                AgreementDraft draft = fromTrigger(context, sentence, sentenceCues, trigger, drafts, statements);
                if (draft != null) {
                    // Kept in code: the French plural ending (-s, -x) is morphology, not a word list.
                    draft.batch = TextNormalizer.fold(trigger.phrase()).split(" ")[0].matches(".*[sx]");
                    boolean headline = AgreementMerger.isHeadline(context, sentence);
                    addOrMerge(headline ? headlines : drafts, headline ? firstHeadline : firstDraft, draft,
                            sentenceCues.isAnother(trigger));
                }
            }
        }
        new AgreementMerger().merge(drafts, headlines, statements);
        ArticleFallbacks fallbacks = new ArticleFallbacks(context);
        for (AgreementDraft draft : drafts) {
            completeDateAndPlace(context, draft, fallbacks);
            completeSectors(context, draft);
        }
        return drafts;
    }

    /** "X et Y ont convenu de …" without a named document: kept to explain a later "Cet accord". */
    private void rememberStatement(ArticleContext context, Sentence sentence, SentenceCues sentenceCues,
                                   List<AgreementDraft> statements) {
        String status = sentenceCues.status();
        if (status == null || sentenceCues.negative() || status.equals("planned")) {
            return;
        }
        List<Party> parties = partyFinder.find(context, sentence, sentenceCues.verbStart());
        if (parties.size() >= 2) {
            statements.add(newDraft(context, sentence, "statement", status, parties, sentenceCues.verbStart()));
        }
    }

    private AgreementDraft fromTrigger(ArticleContext context, Sentence sentence, SentenceCues sentenceCues,
                                       PhraseMatcher.Match<String> trigger, List<AgreementDraft> drafts,
                                       List<AgreementDraft> statements) {
        String kind = trigger.values().get(0);
        String anaphor = sentenceCues.anaphorBefore(trigger);
        if (anaphor != null) {
            AgreementDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean demonstrative = anaphor.startsWith("c");
            if (last != null && (demonstrative || last.kind.equals(kind)
                    || partyFinder.find(context, sentence, sentenceCues.verbStart()).isEmpty())) {
                enrich(context, last, sentence);
                return null;
            }
            AgreementDraft statement = recentStatement(statements, sentence);
            if (statement != null && demonstrative) {
                AgreementDraft draft = new AgreementDraft(kind, statement.status, List.copyOf(statement.parties),
                        statement.sentence, statement.sectors);
                draft.date = statement.date;
                draft.place = statement.place;
                return draft;
            }
        }
        String status = sentenceCues.status();
        if (status == null || sentenceCues.negative() || sentenceCues.isFramed(trigger)
                || isBackground(context, sentence, trigger)) {
            return null;
        }
        List<Party> parties = partyFinder.find(context, sentence, sentenceCues.verbStart());
        if (parties.isEmpty()) {
            context.principalCountries().forEach(iso2 -> parties.add(Party.country(iso2)));
        }
        return parties.size() < 2 ? null : newDraft(context, sentence, kind, status, parties, sentenceCues.verbStart());
    }

    private AgreementDraft newDraft(ArticleContext context, Sentence sentence, String kind, String status,
                                    List<Party> parties, int verbStart) {
        AgreementDraft draft = new AgreementDraft(kind, status, parties, sentence,
                sectorClassifier.sectors(context, sentence));
        if (status.equals("planned") && verbStart < sentence.end()) {
            // "devraient signer en novembre …, a annoncé jeudi le ministre": the date after the verb
            draft.date = plausible(context, dateResolver.findPlanned(context.folded(), verbStart, sentence.end(),
                    context.published(), context.publishedPrecision()));
        }
        if (draft.date == null) {
            draft.date = dateIn(context, sentence);
        }
        draft.place = placeResolver.cityIn(context, sentence.start(), sentence.end());
        return draft;
    }

    /** The sentence's date, when it is plausible. */
    private ResolvedDate dateIn(ArticleContext context, Sentence sentence) {
        return plausible(context, dateResolver.find(context.folded(), sentence.start(), sentence.end(),
                context.published(), context.publishedPrecision()));
    }

    /** "signé le 3 mars 0000": a date outside {@link PlausibleDates} is dropped, with a note saying so. */
    private static ResolvedDate plausible(ArticleContext context, ResolvedDate date) {
        if (date == null || PlausibleDates.contains(date.date())) {
            return date;
        }
        context.notes().add("date " + date.date() + " dropped: outside the plausible " + PlausibleDates.describe());
        return null;
    }

    private static AgreementDraft recentStatement(List<AgreementDraft> statements, Sentence sentence) {
        if (statements.isEmpty()) {
            return null;
        }
        AgreementDraft last = statements.get(statements.size() - 1);
        return sentence.index() - last.sentence.index() <= 2 ? last : null;
    }

    private void enrich(ArticleContext context, AgreementDraft draft, Sentence sentence) {
        if (draft.sectors.isEmpty()) {
            draft.addSectors(sectorClassifier.sectors(context, sentence));
        }
        if (draft.date == null) {
            draft.date = dateIn(context, sentence);
        }
        if (draft.place == null) {
            draft.place = placeResolver.cityIn(context, sentence.start(), sentence.end());
        }
    }

    /**
     * "l'accord signé en 2015", "le traité de 1992", "En 2019, les deux pays ont signé…": a year
     * before publication right after the trigger in its clause, or after "en" before the trigger.
     */
    private static boolean isBackground(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger) {
        if (context.published() == null) {
            return false;
        }
        int year = context.published().getYear();
        int end = clauseEnd(context.folded(), trigger.end(), Math.min(sentence.end(), trigger.end() + BACKGROUND_REACH));
        String folded = context.folded();
        // both patterns need a year's digits: most ranges have none and skip the copy and the regex
        if (DateResolver.hasDigit(folded, trigger.start(), end)
                && hasYearBefore(YEAR.matcher(folded.substring(trigger.start(), end)), 0, year)) {
            return true;
        }
        return DateResolver.hasDigit(folded, sentence.start(), trigger.start())
                && hasYearBefore(DATED_PAST.matcher(folded.substring(sentence.start(), trigger.start())), 2, year);
    }

    /** Whether the group of some match of {@code m} is a year before {@code year}. */
    private static boolean hasYearBefore(Matcher m, int group, int year) {
        while (m.find()) {
            if (Integer.parseInt(m.group(group)) < year) {
                return true;
            }
        }
        return false;
    }

    /** The same kind, parties, status and number is the same agreement, unless the text says "un autre accord". */
    /** "la déclaration commune …, le premier sommet depuis 2019": a year past the next comma dates something else. */
    private static int clauseEnd(String folded, int from, int end) {
        int comma = folded.indexOf(',', from + 3);
        return comma >= 0 && comma < end ? comma : end;
    }

    /**
     * Adds the draft, or fills the first one of the same kind, parties, status and batch-ness with it;
     * {@code first} finds that one by those four, in constant time however many drafts there are.
     */
    private static void addOrMerge(List<AgreementDraft> drafts, Map<List<Object>, AgreementDraft> first,
                                   AgreementDraft draft, boolean another) {
        List<Object> identity = List.of(draft.kind, draft.parties, draft.status, draft.batch);
        AgreementDraft existing = first.get(identity);
        if (!another && existing != null) {
            existing.fillFrom(draft);
            return;
        }
        first.putIfAbsent(identity, draft);
        drafts.add(draft);
    }

    /** "… ont signé sept documents. Les textes portent sur l'énergie…": without sectors of its own, those of the next sentence. */
    private void completeSectors(ArticleContext context, AgreementDraft draft) {
        int next = draft.sentence.index() + 1;
        if (draft.sectors.isEmpty() && next < context.sentences().size()) {
            Sentence sentence = context.sentences().get(next);
            draft.addSectors(sectorClassifier.sectors(context, sentence));
        }
    }

    /** Without a date or place of its own, an agreement takes the article's first ones, then the month of publication. */
    private void completeDateAndPlace(ArticleContext context, AgreementDraft draft, ArticleFallbacks fallbacks) {
        if (draft.date == null) {
            draft.date = fallbacks.firstDate();
        }
        if (draft.date == null) {
            draft.date = DateResolver.publicationMonth(context.published());
        }
        if (draft.place == null) {
            draft.place = fallbacks.firstCity();
        }
        if (draft.place == null) {
            draft.place = placeResolver.find(context, draft.sentence.start(), draft.sentence.end());
        }
        if (draft.place == null) {
            draft.place = fallbacks.firstPlace();
        }
    }

    /** The article's first date, city and place, each sought once for all its agreements and only when one needs it. */
    private final class ArticleFallbacks {
        private final ArticleContext context;
        private ResolvedDate firstDate;
        private PlaceResolver.Place firstCity;
        private PlaceResolver.Place firstPlace;
        private boolean dateSought;
        private boolean citySought;
        private boolean placeSought;

        ArticleFallbacks(ArticleContext context) {
            this.context = context;
        }

        /** The first date expression of the article that resolves; or null. */
        ResolvedDate firstDate() {
            for (int s = 0; !dateSought && s < context.sentences().size(); s++) {
                Sentence sentence = context.sentences().get(s);
                firstDate = dateIn(context, sentence);
                dateSought = firstDate != null;
            }
            dateSought = true;
            return firstDate;
        }

        /** The article's first city named as a place; or null. */
        PlaceResolver.Place firstCity() {
            if (!citySought) {
                firstCity = placeResolver.cityIn(context, 0, context.text().text().length());
                citySought = true;
            }
            return firstCity;
        }

        /** The article's first city named as a place, else the first country after "en", "au"…; or null. */
        PlaceResolver.Place firstPlace() {
            if (!placeSought) {
                firstPlace = placeResolver.find(context, 0, context.text().text().length());
                placeSought = true;
            }
            return firstPlace;
        }
    }
}
