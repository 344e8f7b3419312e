package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/** Where a signing sentence's subject starts, and the parties it names or stands for ("les deux pays"). */
final class SubjectZone {
    /** Most sentences back a pair of organizations ("les deux groupes") is looked for. */
    private static final int PAIR_REACH = 3;

    private final AgreementCues cues;
    private final SignableMentions signable;

    SubjectZone(AgreementCues cues, SignableMentions signable) {
        this.cues = cues;
        this.signable = signable;
    }

    /**
     * After an opening adverbial ("En marge du sommet, …") the subject starts past the comma; after a line's kicker, a
     * country alone before a dash or a colon ("Côte d'Ivoire – Signé par …"), past the dash: the country is the
     * topic, no subject.
     */
    int start(ArticleContext context, Sentence sentence, int verbStart) {
        int kicker = kickerEnd(context, sentence, verbStart);
        int start = kicker < 0 ? startAfterOpener(context, sentence, verbStart) : kicker;
        return afterTheLastReportedClause(context, start, verbStart);
    }

    /**
     * "Le cabinet a déclaré que la société X avait accepté … et que le groupe Y avait signé un accord": the subject of
     * a second reported clause starts after its "et que"; what the first one says is no subject of it. (A single "que"
     * keeps its speaker: "La France confirme que l'adhésion de l'Ukraine à l'Otan …".)
     */
    private int afterTheLastReportedClause(ArticleContext context, int start, int verbStart) {
        String folded = context.folded();
        // read back within the subject only: String.lastIndexOf would walk the whole article back when no "qu" is near
        for (int at = verbStart - 1; at > start; at--) {
            int clause = folded.startsWith(" que ", at) ? at + " que ".length()
                    : folded.startsWith(" qu'", at) ? at + " qu'".length() : -1;
            if (clause > 0 && clause <= verbStart && cues.is(WordRole.COORDINATOR, Words.wordBefore(folded, at))) {
                return clause;
            }
        }
        return start;
    }

    /** Most characters of a line's kicker before its dash: a country's name. */
    private static final int KICKER_REACH = 40;
    /** Kept in code: what ends a kicker, a dash (any of three) or a colon between spaces. */
    private static final String KICKER_ENDS = "\u2013\u2014-:";

    /** Where a sentence opening a line on a country alone and a dash or colon goes on, before the verb; or -1. */
    private static int kickerEnd(ArticleContext context, Sentence sentence, int verbStart) {
        String text = context.text().text();
        int start = sentence.start();
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        if (before >= 0 && text.charAt(before) != '\n') {
            return -1;
        }
        for (CountryHit hit : context.countriesNear(start, Math.min(verbStart, start + KICKER_REACH))) {
            int after = hit.end();
            if (hit.start() == start && after + 2 < verbStart && text.charAt(after) == ' '
                    && KICKER_ENDS.indexOf(text.charAt(after + 1)) >= 0 && text.charAt(after + 2) == ' ') {
                return after + 3;
            }
        }
        return -1;
    }

    private int startAfterOpener(ArticleContext context, Sentence sentence, int verbStart) {
        String folded = context.folded();
        int firstEnd = sentence.start();
        while (firstEnd < sentence.end() && Character.isLetter(folded.charAt(firstEnd))) {
            firstEnd++;
        }
        String first = folded.substring(sentence.start(), firstEnd);
        boolean opener = cues.is(PartyCue.OPENER, first)
                || cues.is(WordRole.DATE_ARTICLE, first) && firstEnd + 1 < folded.length() && Character.isDigit(folded.charAt(firstEnd + 1))
                || opensOnATimeSpan(folded, firstEnd);
        int comma = opener ? Words.indexWithin(folded, ",", sentence.start(), verbStart) : -1;
        if (comma < 0) {
            return documentAsSubject(context, sentence.start(), verbStart);
        }
        // "Selon X, experte à l'université Y, « l'accord que l'Indonésie a signé »": who speaks, and where
        // they work, are no parties; the quoted words are the subject
        String text = context.text().text();
        for (int i = verbStart - 1; i > comma; i--) {
            if (OPENING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return comma + 1;
    }

    /** "Dix jours après …,", "Quelques mois avant …,": a number of time units, then an opener ("après", "avant"). */
    private boolean opensOnATimeSpan(String folded, int firstEnd) {
        String unit = Words.wordAfter(folded, firstEnd);
        if (!cues.is(WordRole.DURATION_UNIT, unit)) {
            return false;
        }
        int unitEnd = folded.indexOf(unit, firstEnd) + unit.length();
        return cues.is(PartyCue.OPENER, Words.wordAfter(folded, unitEnd));
    }

    /**
     * "Suite à la décision de confier la centrale à la compagnie X, un accord en ce sens vient d'être signé entre
     * A, B et C": past the last comma before the verb, a document opens the subject; what comes before is
     * its setting, and the parties follow the verb. Else the sentence's start.
     */
    private int documentAsSubject(ArticleContext context, int sentenceStart, int verbStart) {
        String folded = context.folded();
        int comma = verbStart - 1;
        while (comma >= sentenceStart && folded.charAt(comma) != ',') {
            comma--; // within the sentence only: a search past its start would walk the whole article back
        }
        List<Token> tokens = context.tokens();
        int determiner = comma < sentenceStart ? tokens.size() : context.firstTokenFrom(comma + 1);
        if (determiner + 1 >= tokens.size() || tokens.get(determiner + 1).start() >= verbStart
                || !cues.is(PartyCue.ITEM, context.foldedWord(tokens.get(determiner)))) {
            return sentenceStart;
        }
        int nounStart = tokens.get(determiner + 1).start();
        List<PhraseMatcher.Match<String>> kinds = cues.kinds.findLongest(folded.substring(nounStart, verbStart));
        return !kinds.isEmpty() && kinds.get(0).start() == 0 ? comma + 1 : sentenceStart;
    }

    /** Marks that open a quotation in French text. */
    private static final String OPENING_QUOTES = "«“";

    /**
     * The parties named in [zoneStart, verbStart), but for a subordinate clause and its comma ("Un an
     * après, alors que Colombo ménage Pékin et New Delhi, le chef du gouvernement a conclu"): the
     * countries it names are the clause's.
     */
    List<Party> mentions(ArticleContext context, int zoneStart, int verbStart) {
        String folded = context.folded();
        for (int at = zoneStart; at >= 0 && at < verbStart; at = Words.indexWithin(folded, ",", at + 1, verbStart)) {
            int clause = at == zoneStart ? at : at + 1;
            while (clause < verbStart && folded.charAt(clause) == ' ') {
                clause++;
            }
            if (!opensASubordinateClause(folded, clause)) {
                continue;
            }
            int comma = Words.indexWithin(folded, ",", clause, verbStart);
            if (comma < 0) {
                break;
            }
            List<Party> mentions = new ArrayList<>(signable.in(context, zoneStart, clause));
            mentions.addAll(signable.in(context, comma + 1, verbStart));
            return mentions;
        }
        return withoutARelativeClause(context, zoneStart, verbStart);
    }

    /** Kept in code: the relative pronoun that opens a clause about the subject's name, between spaces. */
    private static final String RELATIVE_SUBJECT = " qui ";

    /**
     * "Le Mercosur, Marché commun du Sud qui regroupe l'Argentine, la Bolivie et le Brésil, signera …": a relative
     * clause after a name of the subject runs to the last comma before the verb; what it names is no subject.
     */
    private List<Party> withoutARelativeClause(ArticleContext context, int zoneStart, int verbStart) {
        String folded = context.folded();
        int comma = verbStart - 1;
        while (comma > zoneStart && folded.charAt(comma) != ',') {
            comma--;
        }
        // "qui" alone: "dont" opens examples ("plusieurs pays, dont le Maroc et le Ghana, ont signé"), who do sign
        int at = Words.indexWithin(folded, RELATIVE_SUBJECT, zoneStart, comma);
        if (comma > zoneStart && at > zoneStart) {
            List<Party> before = signable.in(context, zoneStart, at);
            if (!before.isEmpty()) {
                List<Party> mentions = new ArrayList<>(before);
                mentions.addAll(signable.in(context, comma + 1, verbStart));
                return mentions;
            }
        }
        return signable.in(context, zoneStart, verbStart);
    }

    private boolean opensASubordinateClause(String folded, int at) {
        for (String opener : cues.words(WordRole.SUBORDINATOR)) {
            if (folded.startsWith(opener, at) && (opener.endsWith("'") || at + opener.length() < folded.length()
                    && folded.charAt(at + opener.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Westinghouse avait attaqué KHNP en justice. Les deux parties ont finalement paraphé un accord": a
     * subject of two sides that may be organizations stands for the two the sentences before name, read
     * back from the nearest, up to {@link #PAIR_REACH} sentences, when they come to two and no more; empty
     * otherwise.
     */
    List<Party> pairOfOrganizationsBefore(ArticleContext context, Sentence sentence, int zoneStart, int verbStart) {
        if (sentence.index() == 0 || verbStart <= zoneStart
                || cues.organizationPairs.findLongest(context.folded().substring(zoneStart, verbStart)).isEmpty()) {
            return List.of();
        }
        Set<Party> organizations = new LinkedHashSet<>();
        for (int back = 1; back <= PAIR_REACH && back <= sentence.index() && organizations.size() < 2; back++) {
            Sentence before = context.sentences().get(sentence.index() - back);
            signable.in(context, before.start(), before.end()).stream().filter(p -> p.organization() != null)
                    .forEach(organizations::add);
        }
        return organizations.size() == 2 ? new ArrayList<>(organizations) : List.of();
    }

    /**
     * "Lors de la réunion des ministres de l'ASEAN et de la Chine, les deux parties ont adopté …": a subject of two
     * sides ("les deux parties", "les deux pays") after an opening that names exactly two sides stands for them.
     * Empty otherwise.
     */
    List<Party> pairNamedInTheOpening(ArticleContext context, Sentence sentence, int zoneStart, int verbStart) {
        if (verbStart <= zoneStart) {
            return List.of();
        }
        String zone = context.folded().substring(zoneStart, verbStart);
        if (collectiveCount(context, zoneStart, verbStart) != 2 && cues.organizationPairs.findLongest(zone).isEmpty()) {
            return List.of();
        }
        List<Party> named = new ArrayList<>(new LinkedHashSet<>(signable.in(context, sentence.start(), zoneStart)));
        if (named.isEmpty() && sentence.index() > 0) {
            // "… la signature d'un protocole entre la Suisse et le Brésil. Les deux pays ont ainsi décidé …"
            Sentence before = context.sentences().get(sentence.index() - 1);
            named = new ArrayList<>(new LinkedHashSet<>(signable.in(context, before.start(), before.end())));
            Set<Party> principal = new LinkedHashSet<>(context.principalCountries().stream().map(Party::country).toList());
            if (named.stream().anyMatch(p -> p.organization() != null) || !joinedByBetween(context, before)
                    || principal.equals(new LinkedHashSet<>(named))) {
                return List.of(); // states only, after "entre"; the principal countries a collective stands for anyway
            }
        }
        return named.size() == 2 ? named : List.of();
    }

    /** Whether the first state a sentence names comes right after "entre" and its article: "entre la Suisse et …". */
    private boolean joinedByBetween(ArticleContext context, Sentence sentence) {
        for (CountryHit hit : context.countriesNear(sentence.start(), sentence.end())) {
            if (hit.start() >= sentence.start() && !hit.place()) {
                List<String> before = Words.wordsBefore(context.folded(), hit.start(), 2, sentence.start());
                return before.stream().anyMatch(w -> cues.is(PartyCue.BETWEEN, w));
            }
        }
        return false;
    }

    /** How many countries a collective ("les deux pays", "les trois États") in [start, end) stands for; 0 if none. */
    int collectiveCount(ArticleContext context, int start, int end) {
        int count = 0;
        if (end > start) {
            for (PhraseMatcher.Match<String> m : cues.collectives.findLongest(context.folded().substring(start, end))) {
                count = Math.max(count, Integer.parseInt(m.values().get(0)));
            }
        }
        return count;
    }
}
