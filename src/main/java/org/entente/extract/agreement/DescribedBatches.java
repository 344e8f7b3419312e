package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * "Les deux pays ont signé deux accords : le premier porte sur l'énergie, le second sur la santé": a
 * batch given with its count and then described document by document ("le premier", "le dernier
 * accord", "l'un … l'autre") is as many agreements as its count, each about what its own description
 * names. A batch given only as a count stays one entry.
 */
final class DescribedBatches {
    /** Most documents a described batch is split into: "36 accords, dont le premier …" stays one entry. */
    static final int MOST_DOCUMENTS = 6;
    /** Most sentences after the batch's own that may describe its documents. */
    static final int REACH = 4;
    /** Most sentences, a list's items each one, after the batch's last report to the list of its documents. */
    private static final int LIST_REACH = 10;

    private final AgreementCues cues;
    private final SectorClassifier sectorClassifier;

    DescribedBatches(AgreementCues cues, SectorClassifier sectorClassifier) {
        this.cues = cues;
        this.sectorClassifier = sectorClassifier;
    }

    /** The count of the batch a plural trigger names: the number word just before it ("quatre accords", "quatre (4) accords"), or 0. */
    int countBefore(ArticleContext context, int triggerStart) {
        String folded = context.folded();
        String before = Words.wordBefore(folded, triggerStart);
        int count = cues.count(before);
        if (count < 0 && cues.isPlural(before) && Character.isLowerCase(context.text().text().charAt(
                Words.previousWordStart(folded, triggerStart)))) {
            // "quatre importants accords", "deux nouveaux contrats": an adjective between
            count = cues.count(Words.wordBefore(folded, Words.previousWordStart(folded, triggerStart)));
        }
        if (count < 0) {
            Matcher inBrackets = BRACKETED_COUNT.matcher(folded.substring(Math.max(0, triggerStart - BRACKETED_REACH), triggerStart));
            count = inBrackets.find() ? cues.count(inBrackets.group(1)) : -1;
        }
        return Math.max(count, 0);
    }

    /** A count in figures in brackets right before a trigger, after the count in words: "quatre (4) accords". */
    private static final Pattern BRACKETED_COUNT = Pattern.compile("\\((\\d{1,2})\\)\\s*$");
    private static final int BRACKETED_REACH = 6;

    /**
     * Each counted batch whose documents the text describes one by one, replaced by one draft a document; a document
     * whose description names its own counterparts after "avec" binds them and the batch's other sides.
     */
    void split(ArticleContext context, List<AgreementDraft> drafts, SignableMentions signable) {
        for (int i = 0; i < drafts.size(); i++) {
            AgreementDraft batch = drafts.get(i);
            if (batch.batch && batch.count == 0 && batch.counterparts.isEmpty()) {
                List<AgreementDraft> each = oneACounterpart(context, batch);
                if (!each.isEmpty()) {
                    drafts.remove(i);
                    drafts.addAll(i, each);
                    i += each.size() - 1;
                    continue;
                }
            }
            boolean counted = batch.count > 0;
            if (batch.batch && !counted) {
                batch.count = countPicked(context, batch, nextReport(drafts, i));
            }
            if (!batch.batch || batch.count < 2 || batch.count > MOST_DOCUMENTS) {
                continue;
            }
            List<AgreementDraft> byCounterpart = batch.counterparts.isEmpty() ? oneACounterpart(context, batch)
                    : pickedCounterparts(context, batch);
            if (!byCounterpart.isEmpty()) {
                drafts.remove(i);
                drafts.addAll(i, byCounterpart);
                i += byCounterpart.size() - 1;
                continue;
            }
            // a count read from the picks themselves takes every pick that gave it
            List<int[]> clauses = picks(context, batch, nextReport(drafts, i), !counted);
            if (counted && positions(clauses) < batch.count) {
                // "Le premier accord pose …; le second s'intéresse au …": ranks opening clauses on their verbs too
                List<int[]> loose = picks(context, batch, nextReport(drafts, i), true);
                clauses = positions(loose) > positions(clauses) ? loose : clauses;
            }
            Map<Integer, List<Party>> own = ownCounterparts(context, clauses, signable);
            Map<Integer, List<String>> described = descriptions(context, clauses);
            // "trois mémorandums portant sur l'industrie, sur …": an object of its own that names no sector has none
            boolean coordinated = described.isEmpty();
            if (coordinated) {
                described = coordinatedObjects(context, batch);
            }
            if (described.isEmpty()) {
                described = listedObjects(context, batch);
            }
            if (described.isEmpty()) {
                described = amountsAfterAColon(context, batch);
            }
            if (described.isEmpty()) {
                continue;
            }
            List<AgreementDraft> documents = new ArrayList<>();
            for (int position = 1; position <= batch.count; position++) {
                List<String> sectors = described.getOrDefault(position, List.of());
                boolean borrows = sectors.isEmpty() && !coordinated;
                AgreementDraft single = own.containsKey(position) ? reportedAlone(drafts, batch, partiesOf(batch, own, position)) : null;
                if (single != null) {
                    // "Le Liban signera un accord avec A et B. Deux accords seront signés, l'un avec A, l'autre avec A et B"
                    single.addSectors(sectors);
                    if (context.trace().isOn()) {
                        single.why.add("document " + position + " of the batch of sentence " + (batch.sentence.index() + 1)
                                + ", with the same sides: the same document");
                    }
                    continue;
                }
                documents.add(documentOf(context, batch, partiesOf(batch, own, position), borrows ? batch.sectors : sectors,
                        "document " + position + " of the " + batch.count + " of a batch the text describes one by one"
                        + (borrows ? ", with the batch's sectors" : ", with the sectors of its own description")
                        + (own.containsKey(position) ? ", its own counterparts after 'avec'" : "")));
                documents.get(documents.size() - 1).objectWithoutSector = sectors.isEmpty() && coordinated;
            }
            drafts.remove(i);
            drafts.addAll(i, documents);
            i += documents.size() - 1;
        }
    }

    /**
     * "Le Fonds X a signé trois accords de prêt avec le Togo, le Niger et le Libéria": a counted batch of one side
     * with as many others as documents, the one of another kind (an organization, the others countries, or the
     * reverse), is one document a counterpart; empty when the batch is not so.
     */
    private List<AgreementDraft> oneACounterpart(ArticleContext context, AgreementDraft batch) {
        List<Party> parties = new ArrayList<>(batch.parties);
        // "des accords de prêt avec A, B, C et D": a batch given without its count, one document a counterpart too
        int count = batch.count == 0 ? parties.size() - 1 : batch.count;
        if (parties.size() != count + 1 || count < 2 || count > MOST_DOCUMENTS
                || batch.count == 0 && !counterpartsAfterWith(context, batch)) {
            return List.of(); // uncounted, the others after "avec": not signatories listed ("signés par A, B et C")
        }
        boolean firstIsOrganization = parties.get(0).organization() != null;
        for (Party other : parties.subList(1, parties.size())) {
            if ((other.organization() != null) == firstIsOrganization) {
                return List.of();
            }
        }
        List<AgreementDraft> documents = new ArrayList<>();
        for (Party other : parties.subList(1, parties.size())) {
            documents.add(documentOf(context, batch, List.of(parties.get(0), other), batch.sectors, "one of the "
                    + count + " documents of a batch with as many counterparts: the one with " + Trace.label(List.of(other))));
        }
        return documents;
    }

    /** Whether a word that opens a counterpart ("avec", "auprès") follows the batch's trigger in its sentence. */
    private boolean counterpartsAfterWith(ArticleContext context, AgreementDraft batch) {
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(batch.triggerEnd); t < tokens.size() && tokens.get(t).start() < batch.sentence.end(); t++) {
            if (cues.is(PartyCue.WITH, context.foldedWord(tokens.get(t)))) {
                return true;
            }
        }
        return false;
    }

    /** One document of a batch, with its own parties and sectors, merged with no other; {@code why} says which. */
    static AgreementDraft documentOf(ArticleContext context, AgreementDraft batch, List<Party> parties,
                                             List<String> sectors, String why) {
        AgreementDraft document = new AgreementDraft(batch.kind, batch.status, parties, batch.sentence, sectors);
        document.another = true;
        document.date = batch.date;
        document.place = batch.place;
        if (context.trace().isOn()) {
            document.why.addAll(batch.why);
            document.why.add(why);
        }
        return document;
    }

    /**
     * "deux mémorandums relatifs à la concertation politique et à la formation", "Les textes signés visent à
     * promouvoir … et à renforcer …": a batch whose object, in its sentence or the next one that opens on its
     * documents, coordinates as many phrases of one preposition as it has documents, each document about one
     * of them; empty when it does not.
     */
    private Map<Integer, List<String>> coordinatedObjects(ArticleContext context, AgreementDraft batch) {
        List<Sentence> sentences = context.sentences();
        int next = batch.lastReportedIndex() + 1;
        List<Sentence> describing = new ArrayList<>(List.of(batch.sentence));
        if (batch.lastReportedIndex() > batch.sentence.index()) {
            describing.add(sentences.get(batch.lastReportedIndex())); // "Les trois conventions, relatives au A, au B et au C"
        }
        if (next < sentences.size() && (opensOnDocuments(context, sentences.get(next))
                || opensOnEnumeration(context, sentences.get(next), sentences.get(next).end()))) {
            describing.add(sentences.get(next)); // "Les textes signés visent à …", "Il s'agit d'un prêt … et d'un don …"
        }
        for (Sentence sentence : describing) {
            List<int[]> objects = coordinated(context, sentence, sentence == batch.sentence ? batch.triggerEnd : sentence.start());
            if (objects.size() == batch.count) {
                Map<Integer, List<String>> described = new TreeMap<>();
                for (int o = 0; o < objects.size(); o++) {
                    described.put(o + 1, sectorClassifier.sectors(context, sentence, objects.get(o)[0], objects.get(o)[1]));
                }
                return described;
            }
        }
        return Map.of();
    }

    /**
     * "… trois accords de prêt. Ces accords financent les projets suivants :" then an item a line ("- Projet de route
     * …"): a batch whose next sentence opens on its documents and a list of as many items as it has, each document about
     * one item (its first sentence); empty when it is not so.
     */
    private Map<Integer, List<String>> listedObjects(ArticleContext context, AgreementDraft batch) {
        List<Sentence> sentences = context.sentences();
        // the first sentence after the batch's last report, some on at most, that opens a list on its documents ("Ces fonds
        // ciblent … La cérémonie a réuni : – A – B … Les accords signés se détaillent comme suit :")
        int next = batch.lastReportedIndex() + 1;
        while (next < sentences.size() && next - batch.lastReportedIndex() < LIST_REACH
                && !(ListLayout.opensAList(context, sentences.get(next)) && opensOnDocuments(context, sentences.get(next)))) {
            next++;
        }
        if (next >= sentences.size() || !opensOnDocuments(context, sentences.get(next))
                || !ListLayout.opensAList(context, sentences.get(next))) {
            return Map.of();
        }
        List<Sentence> items = new ArrayList<>();
        String text = context.text().text();
        for (int k = next + 1; k < sentences.size() && items.size() <= batch.count; k++) {
            Sentence sentence = sentences.get(k);
            if (text.substring(sentence.start(), sentence.end()).chars().noneMatch(Character::isLetter)) {
                continue; // "1." read as a sentence of its own before its item's text
            }
            if (ListLayout.isListItem(context, sentence)) {
                items.add(sentence);
            } else if (items.isEmpty() || text.substring(sentences.get(k - 1).end(), sentence.start()).indexOf('\n') >= 0) {
                break; // a line of its own that is no item: the list is over
            }
        }
        if (items.size() != batch.count) {
            return Map.of();
        }
        Map<Integer, List<String>> described = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            described.put(i + 1, sectorClassifier.sectors(context, items.get(i)));
        }
        return described;
    }

    /**
     * "Ces accords se répartissent comme suit : 150 millions de dollars au projet A, 200 millions pour le projet B … et
     * enfin, 45 millions pour le projet D": the sentence after the batch's (or reporting it again) opening on the
     * documents, whose colon opens as many
     * amounts in figures (each after the colon, a comma or "et") as the batch has documents, describes one document an
     * amount; empty when it does not.
     */
    private Map<Integer, List<String>> amountsAfterAColon(ArticleContext context, AgreementDraft batch) {
        List<Sentence> sentences = context.sentences();
        String text = context.text().text();
        // "ont signé deux conventions de financement : 185 millions d'euros pour …": a colon right after the trigger
        int colon = colonRightAfter(text, batch);
        Sentence sentence = batch.sentence;
        if (colon < 0) {
            // the sentence after the batch's, or the one that reported it again ("Ces accords … se répartissent comme suit :")
            int next = batch.lastReportedIndex() > batch.sentence.index() ? batch.lastReportedIndex() : batch.sentence.index() + 1;
            if (next >= sentences.size() || !opensOnDocuments(context, sentences.get(next))) {
                return Map.of();
            }
            sentence = sentences.get(next);
            colon = text.indexOf(':', sentence.start());
            if (colon < 0 || colon >= sentence.end()) {
                return Map.of();
            }
        }
        List<Integer> starts = new ArrayList<>();
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(colon + 1); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            Token token = tokens.get(t);
            String before = t > 0 ? context.foldedWord(tokens.get(t - 1)) : "";
            boolean decimal = text.charAt(token.start() - 1) == ','; // "82,5 milliards"
            if (Character.isDigit(token.text().charAt(0)) && !decimal
                    && (tokens.get(t - 1).start() <= colon || before.equals(",") || cues.is(WordRole.LIST_JOINER, before))) {
                starts.add(token.start());
            }
        }
        if (starts.size() != batch.count) {
            return Map.of();
        }
        Map<Integer, List<String>> described = new TreeMap<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : sentence.end();
            described.put(i + 1, sectorClassifier.sectors(context, sentence, starts.get(i), end));
        }
        return described;
    }

    /** Most characters between a batch's trigger and a colon that opens its documents' amounts: "de financement". */
    private static final int COLON_REACH = 20;

    /** The colon that follows the batch's trigger in its sentence, a few letters on, no other punctuation between; or -1. */
    private static int colonRightAfter(String text, AgreementDraft batch) {
        int colon = text.indexOf(':', batch.triggerEnd);
        if (colon < 0 || colon >= batch.sentence.end() || colon - batch.triggerEnd > COLON_REACH) {
            return -1;
        }
        String between = text.substring(batch.triggerEnd, colon);
        return between.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '\'' || c == '’') ? colon : -1;
    }

    /** "Les textes signés …", "Ces deux accords …": a sentence opening on documents named again. */
    /** Most tokens before the listing word that opens a sentence: "Il s'agit", "Parmi ces textes figurent". */
    private static final int OPENING_CUE_TOKENS = 4;

    /**
     * Whether the sentence opens on a word listing what was signed ("Il s'agit d'un prêt … et d'un don …"), among its
     * first tokens and ending by {@code until} (the sentence's first trigger, or its end).
     */
    boolean opensOnEnumeration(ArticleContext context, Sentence sentence, int until) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(sentence.start());
        for (int t = first; t < tokens.size() && t - first < OPENING_CUE_TOKENS && tokens.get(t).end() <= until; t++) {
            if (cues.isListingWord(context.foldedWord(tokens.get(t)))) {
                return true;
            }
        }
        return false;
    }

    private boolean opensOnDocuments(ArticleContext context, Sentence sentence) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(sentence.start());
        if (first >= tokens.size() || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(first)))
                && !cues.is(WordRole.DEMONSTRATIVE, context.foldedWord(tokens.get(first)))) {
            return false;
        }
        for (int t = first + 1; t < tokens.size() && t <= first + 2 && tokens.get(t).start() < sentence.end(); t++) {
            if (cues.isDocumentsNoun(context.foldedWord(tokens.get(t)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrases of one preposition that the first object or purpose cue after {@code from} coordinates ("relatifs
     * à A et à B", "sur A, sur B et sur C"), up to a semicolon, a comma after the last phrase or the sentence's end,
     * as [start, end) spans; empty when it opens fewer than two.
     */
    private List<int[]> coordinated(ArticleContext context, Sentence sentence, int from) {
        List<Token> tokens = context.tokens();
        int t = firstObjectPreposition(context, sentence, context.firstTokenFrom(from));
        if (t < 0) {
            return List.of();
        }
        String preposition = prepositionOf(tokens.get(t));
        List<Integer> starts = new ArrayList<>(List.of(tokens.get(t).start()));
        int end = sentence.end();
        boolean joined = false;
        for (int u = t + 1; u + 1 < tokens.size() && tokens.get(u).start() < sentence.end(); u++) {
            String word = tokens.get(u).text();
            // "sur A et sur B, selon le ministère de l'Économie et des Finances": a comma after the joined last phrase ends the list
            if (word.equals(";") || joined && word.equals(",")) {
                end = tokens.get(u).start();
                break;
            }
            boolean joiner = cues.is(WordRole.LIST_JOINER, context.foldedWord(tokens.get(u)));
            if ((word.equals(",") || joiner) && preposition.equals(prepositionOf(tokens.get(u + 1)))) {
                starts.add(tokens.get(u + 1).start());
                joined = joiner;
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < starts.size() && starts.size() >= 2; k++) {
            spans.add(new int[] {starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : end});
        }
        return spans;
    }

    /**
     * The token of the preposition after the first word from token {@code t} that opens an object and is followed by one
     * ("conventions de financement …, relatives au A": "au"), an adverb between allowed; -1 when there is none.
     */
    private int firstObjectPreposition(ArticleContext context, Sentence sentence, int t) {
        List<Token> tokens = context.tokens();
        for (; t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            String word = context.foldedWord(tokens.get(t));
            boolean enumerating = cues.isListingWord(word);
            if (!opensAnObject(word) && !enumerating) {
                continue;
            }
            if (prepositionOf(tokens.get(t)) != null) {
                return t;
            }
            int next = t + 2 < tokens.size() && isAdverb(tokens.get(t + 1)) ? t + 2 : t + 1; // "portant respectivement sur A"
            String preposition = next < tokens.size() ? prepositionOf(tokens.get(next)) : null;
            // "dans les domaines de A, de B et du C": "de" coordinates fields after an object's noun only, not the
            // complements of "accord de financement d'un montant de …" or "afin de"
            if (preposition != null && (!preposition.equals(OF) || enumerating || cues.is(WordRole.OBJECT_CUE, word))) {
                return next;
            }
        }
        return -1;
    }

    /** A lower-case adverb in "-ment" ("respectivement", "notamment") between an object cue and its preposition. */
    private static boolean isAdverb(Token token) {
        String word = token.text();
        return word.length() > 6 && word.endsWith("ment") && Character.isLowerCase(word.charAt(0));
    }

    private boolean opensAnObject(String word) {
        return cues.is(WordRole.OBJECT_CUE, word) || cues.is(WordRole.PURPOSE, word) || cues.is(WordRole.DESCRIBING, word);
    }

    /**
     * The preposition a coordinated object repeats, its forms as one ("à", "au", "aux"; "sur"; "de", "des", "du"); or null. Read
     * with its accent: ", a précisé le ministre" opens no object.
     */
    private static String prepositionOf(Token token) {
        return switch (token.text().toLowerCase(java.util.Locale.ROOT)) {
            case "à", "au", "aux" -> "a";
            case "sur" -> "sur";
            case "de", "des", "du", "d'" -> OF;
            default -> null;
        };
    }

    /** The preposition "de" in its forms ("de", "des", "du", "d'"), which only an object's noun opens a coordination of. */
    private static final String OF = "de";

    /** The index of the first sentence after the batch's where another draft is reported, or the end. */
    private static int nextReport(List<AgreementDraft> drafts, int batchIndex) {
        int batchSentence = drafts.get(batchIndex).sentence.index();
        for (int j = batchIndex + 1; j < drafts.size(); j++) {
            if (drafts.get(j).sentence.index() > batchSentence) {
                return drafts.get(j).sentence.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The sectors of each document the text picks by an ordinal after the batch, by position (the last
     * one at the count); a document picked without sectors of its own is present with none.
     */
    private Map<Integer, List<String>> descriptions(ArticleContext context, List<int[]> clauses) {
        Map<Integer, List<String>> described = new TreeMap<>();
        for (int[] pick : clauses) {
            described.putIfAbsent(pick[0], sectorClassifier.sectors(context, context.sentenceAt(pick[1]), pick[1], pick[2]));
        }
        return described;
    }

    /**
     * The documents of {@code batch} the text picks by an ordinal after it, up to {@link #REACH} sentences and
     * before {@code stopSentence}, in order: {position, start, end} of the clause that describes each (up to the
     * next pick or its sentence's end).
     */
    private List<int[]> picks(ArticleContext context, AgreementDraft batch, int stopSentence) {
        return picks(context, batch, stopSentence, false);
    }

    /** How many positions the picks name, each once. */
    private static long positions(List<int[]> clauses) {
        return clauses.stream().mapToInt(c -> c[0]).distinct().count();
    }

    /**
     * How many documents the sentences after a batch given no count pick one by one ("plusieurs programmes ont été
     * signés. Le premier concerne …. Le deuxième touche …, et un troisième programme …"): the last of the positions
     * picked from the first on without a gap, when two or more are; else 0, the batch stays one entry.
     */
    private int countPicked(ArticleContext context, AgreementDraft batch, int stopSentence) {
        batch.count = MOST_DOCUMENTS;
        Set<Integer> positions = new java.util.HashSet<>();
        String folded = context.folded();
        for (int[] pick : picks(context, batch, stopSentence, true)) {
            // a rank opening its sentence, or "un troisième …": "…, la première tranche sera" picks no document
            boolean opens = context.sentenceAt(pick[1]).start() == pick[1];
            if (opens || !cues.is(WordRole.DEFINITE_ARTICLE, Words.wordAfter(folded, pick[1]))) {
                positions.add(pick[0]);
            }
        }
        batch.count = 0;
        int last = 0;
        while (positions.contains(last + 1)) {
            last++;
        }
        if (last > 0 && last < MOST_DOCUMENTS - 1 && positions.contains(MOST_DOCUMENTS)) {
            last++; // "… Le troisième …. Enfin, le dernier accord": the one after them
        }
        return last >= 2 ? last : 0;
    }

    /** As {@link #picks(ArticleContext, AgreementDraft, int)}; {@code loose}, an ordinal opening a clause on its verb picks too. */
    private List<int[]> picks(ArticleContext context, AgreementDraft batch, int stopSentence, boolean loose) {
        List<Token> tokens = context.tokens();
        int lastSentence = Math.min(Math.min(batch.lastReportedIndex() + REACH, stopSentence - 1), context.sentences().size() - 1);
        int end = context.sentences().get(lastSentence).end();
        List<int[]> picks = new ArrayList<>(); // {position, start}
        for (int t = context.firstTokenFrom(batch.triggerEnd); t + 1 < tokens.size() && tokens.get(t).start() < end; t++) {
            int position = pickedPosition(context, tokens, t, batch);
            if (position == 0 && loose) {
                position = pickedOpeningAClause(context, tokens, t, batch);
            }
            if (position == 0 && loose) {
                position = anotherOfTheBatch(context, tokens, t, batch);
            }
            if (position > 0) {
                picks.add(new int[] {position, tokens.get(t - 1).start()});
            }
        }
        if (picks.isEmpty() && batch.count == 2) {
            picks = onePartAndTheOther(context, batch.triggerEnd, end);
        }
        if (picks.isEmpty() && batch.count == 2) {
            picks = oneWithAndTheOther(context, tokens, batch.triggerEnd);
        }
        List<int[]> clauses = new ArrayList<>();
        for (int p = 0; p < picks.size(); p++) {
            int start = picks.get(p)[1];
            Sentence sentence = context.sentenceAt(start);
            int clauseEnd = p + 1 < picks.size() ? Math.min(picks.get(p + 1)[1], sentence.end()) : sentence.end();
            clauses.add(new int[] {picks.get(p)[0], start, clauseEnd});
        }
        return clauses;
    }

    /**
     * "Deux accords seront signés, l'un avec A pour …, l'autre avec A et B": in the batch's sentence, "l'un" (or
     * "l'une") with a counterpart after "avec" and "l'autre" after it pick the batch's two documents, as {position,
     * start} picks; empty unless both are said.
     */
    private List<int[]> oneWithAndTheOther(ArticleContext context, List<Token> tokens, int from) {
        int sentenceEnd = context.sentenceAt(from).end();
        int one = -1;
        boolean with = false;
        for (int t = context.firstTokenFrom(from); t + 1 < tokens.size() && tokens.get(t + 1).end() <= sentenceEnd; t++) {
            String word = context.foldedWord(tokens.get(t + 1));
            boolean picked = context.foldedWord(tokens.get(t)).equals("l'");
            if (one < 0 && picked && cues.ordinal(word) == 1) {
                one = t;
            } else if (one >= 0 && !with) {
                with = cues.is(PartyCue.WITH, word);
            }
            if (one >= 0 && with && picked && cues.ordinal(word) == 2 && cues.is(PartyCue.ANOTHER, word)) {
                List<int[]> picks = new ArrayList<>();
                picks.add(new int[] {1, tokens.get(one).start()});
                picks.add(new int[] {2, tokens.get(t).start()});
                return picks;
            }
        }
        return List.of();
    }

    /** The counterparts each picked clause names after its own "avec", by position; empty when none names any. */
    private Map<Integer, List<Party>> ownCounterparts(ArticleContext context, List<int[]> clauses, SignableMentions signable) {
        Map<Integer, List<Party>> own = new TreeMap<>();
        List<Token> tokens = context.tokens();
        for (int[] clause : clauses) {
            for (int t = context.firstTokenFrom(clause[1]); t < tokens.size() && tokens.get(t).end() <= clause[2]; t++) {
                if (cues.is(PartyCue.WITH, context.foldedWord(tokens.get(t)))) {
                    List<Party> named = signable.in(context, tokens.get(t).end(), clause[2]).stream().distinct().toList();
                    if (!named.isEmpty()) {
                        own.putIfAbsent(clause[0], named);
                    }
                    break;
                }
            }
        }
        return own;
    }

    /** A single document reported before the batch, of its kind and status, with these very sides; or null. */
    private static AgreementDraft reportedAlone(List<AgreementDraft> drafts, AgreementDraft batch, List<Party> parties) {
        for (AgreementDraft d : drafts) {
            if (d == batch) {
                return null;
            }
            if (!d.batch && d.kind.equals(batch.kind) && d.status.equals(batch.status)
                    && d.parties.equals(new LinkedHashSet<>(parties))) {
                return d;
            }
        }
        return null;
    }

    /** A picked document's parties: the batch's sides no clause names after its "avec", and its own counterparts. */
    private static List<Party> partiesOf(AgreementDraft batch, Map<Integer, List<Party>> own, int position) {
        if (!own.containsKey(position)) {
            return List.copyOf(batch.parties);
        }
        List<Party> parties = new ArrayList<>(batch.parties);
        own.values().forEach(parties::removeAll);
        parties.addAll(own.get(position));
        return parties.size() < 2 ? List.copyOf(batch.parties) : parties;
    }

    /**
     * "Les conventions portent d'une part sur A … et d'autre part sur B": the two documents of a batch of two, as
     * {position, start} picks in [from, end); empty unless both are said, in that order.
     */
    private static List<int[]> onePartAndTheOther(ArticleContext context, int from, int end) {
        String folded = context.folded();
        int one = folded.indexOf(ONE_PART, from);
        int other = one < 0 ? -1 : folded.indexOf(OTHER_PART, one + ONE_PART.length());
        if (one < 0 || other < 0 || other >= end) {
            return List.of();
        }
        List<int[]> picks = new ArrayList<>();
        picks.add(new int[] {1, one});
        picks.add(new int[] {2, other});
        return picks;
    }

    private static final String ONE_PART = "d'une part";
    private static final String OTHER_PART = "d'autre part";

    /**
     * "X a signé trois accords. Le premier, avec A, porte sur …; le deuxième a été conclu avec B …": the
     * counterpart each document of a counted batch of one side has in the clause that picks it by an ordinal,
     * by position; empty unless every document of the count is picked and names a signatory other than {@code side}.
     */
    Map<Integer, List<Party>> counterpartsByOrdinal(ArticleContext context, AgreementDraft batch, Party side,
                                                     SignableMentions signable) {
        if (batch.count < 2 || batch.count > MOST_DOCUMENTS) {
            return Map.of();
        }
        Map<Integer, List<Party>> counterparts = new TreeMap<>();
        for (int[] pick : picks(context, batch, Integer.MAX_VALUE, true)) {
            List<Party> others = new ArrayList<>(new LinkedHashSet<>(signable.in(context, pick[1], pick[2])));
            others.remove(side);
            if (!others.isEmpty()) {
                counterparts.putIfAbsent(pick[0], others);
            }
        }
        return counterparts.size() == batch.count ? counterparts : Map.of();
    }

    /** A batch of one side whose documents are picked each with its counterpart: one draft a document. */
    private List<AgreementDraft> pickedCounterparts(ArticleContext context, AgreementDraft batch) {
        Party side = batch.parties.iterator().next();
        Map<Integer, List<String>> described = new TreeMap<>();
        for (int[] pick : picks(context, batch, Integer.MAX_VALUE, true)) {
            described.putIfAbsent(pick[0], sectorClassifier.sectors(context, context.sentenceAt(pick[1]), pick[1], pick[2]));
        }
        List<AgreementDraft> documents = new ArrayList<>();
        batch.counterparts.forEach((position, others) -> {
            List<Party> parties = new ArrayList<>(List.of(side));
            parties.addAll(others);
            List<String> own = described.getOrDefault(position, List.of());
            documents.add(documentOf(context, batch, parties, own.isEmpty() ? batch.sectors : own, "document " + position
                    + " of the " + batch.count + " of a batch of one side, picked with its counterpart "
                    + Trace.label(others)));
        });
        return documents;
    }

    /**
     * The position of the document of {@code batch} an ordinal at token {@code t} picks ("le second porte
     * sur", "le dernier accord"), or 0: it follows a definite article and is followed by a description or a
     * document's noun of the batch's kind, so that "le premier ministre" picks none, nor "le premier accord
     * de prêt" in a batch of memoranda.
     */
    private int pickedPosition(ArticleContext context, List<Token> tokens, int t, AgreementDraft batch) {
        int ordinal = cues.ordinal(context.foldedWord(tokens.get(t)));
        if (ordinal < 0 || t == 0 || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(t - 1)))) {
            return 0;
        }
        int position = ordinal == 0 ? batch.count : ordinal;
        return position <= batch.count && describes(context, tokens, t + 1, batch.kind) ? position : 0;
    }

    /**
     * The position of the document an ordinal at token {@code t} picks when its article opens a sentence or a
     * clause and a verb follows ("Le deuxième a été conclu avec", "Le troisième lie la banque à"), or 0: "Le
     * premier ministre" picks none.
     */
    private int pickedOpeningAClause(ArticleContext context, List<Token> tokens, int t, AgreementDraft batch) {
        int ordinal = cues.ordinal(context.foldedWord(tokens.get(t)));
        if (ordinal < 0 || t == 0 || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(t - 1)))) {
            return 0;
        }
        Token article = tokens.get(t - 1);
        boolean opens = context.sentenceAt(article.start()).start() == article.start()
                || t >= 2 && ",;:".contains(tokens.get(t - 2).text());
        Token next = tokens.get(t + 1);
        String word = context.foldedWord(next);
        boolean verb = cues.is(WordRole.PASSIVE_AUXILIARY, word) || Character.isLowerCase(next.text().charAt(0))
                && !cues.is(WordRole.PERSON_TITLE, word) && !cues.is(WordRole.OFFICE_HEAD, word)
                && context.phrasesIn(cues.kinds, context.sentenceAt(next.start())).stream().noneMatch(k -> k.start() == next.start());
        int position = ordinal == 0 ? batch.count : ordinal;
        return opens && verb && position <= batch.count ? position : 0;
    }

    /**
     * The position of the document "un troisième programme" picks after its batch of "programmes": an ordinal after
     * "un" or "une", then the batch's own noun; or 0.
     */
    private int anotherOfTheBatch(ArticleContext context, List<Token> tokens, int t, AgreementDraft batch) {
        int ordinal = cues.ordinal(context.foldedWord(tokens.get(t)));
        String article = t == 0 ? "" : context.foldedWord(tokens.get(t - 1));
        if (ordinal < 2 || ordinal > batch.count || !cues.is(PartyCue.ITEM, article) || cues.is(WordRole.DEFINITE_ARTICLE, article)
                || batch.triggerPhrase.isEmpty()) {
            return 0;
        }
        String noun = context.foldedWord(tokens.get(t + 1));
        String batchNoun = batch.triggerPhrase.split(" ")[0];
        return batchNoun.length() > noun.length() && batchNoun.startsWith(noun) && cues.isPlural(batchNoun) ? ordinal : 0;
    }

    /**
     * Whether an ordinal at token {@code t} picks one document of a batch: it follows a definite
     * article and is followed by a description or a document's noun ("le second porte sur", "le
     * dernier accord"); "le premier ministre", "au troisième jour" pick none.
     */
    boolean picksADocument(ArticleContext context, List<Token> tokens, int t) {
        return t > 0 && t + 1 < tokens.size() && cues.ordinal(context.foldedWord(tokens.get(t))) >= 0
                && cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(t - 1))) && describes(context, tokens, t + 1, null);
    }

    /** Kept in code: kinds the press names one another by ("trois conventions de financement … Le premier accord"). */
    private static final Set<String> SAME_DOCUMENTS = Set.of("agreement", "treaty");

    /** Whether token {@code t} opens a description or names a document: one of {@code kind}, unless null. */
    private boolean describes(ArticleContext context, List<Token> tokens, int t, String kind) {
        Token next = tokens.get(t);
        List<PhraseMatcher.Match<String>> nouns = context.phrasesIn(cues.kinds, context.sentenceAt(next.start())).stream()
                .filter(noun -> noun.start() == next.start()).toList();
        if (kind != null && !nouns.isEmpty() && nouns.stream().noneMatch(noun -> noun.values().contains(kind)
                || SAME_DOCUMENTS.contains(kind) && noun.values().stream().anyMatch(SAME_DOCUMENTS::contains))) {
            return false; // "le premier accord de prêt" names no memorandum
        }
        return !nouns.isEmpty() || cues.is(WordRole.DESCRIBING, context.foldedWord(next)) || next.text().equals(",")
                || next.text().equals(":");
    }
}
