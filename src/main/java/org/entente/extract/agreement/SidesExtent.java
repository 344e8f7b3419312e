package org.entente.extract.agreement;

import java.util.List;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.Party;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/** Where the sides a party cue ("entre", "avec", "par") opens end: its phrase, an apposition, a list of parties. */
final class SidesExtent {
    /** Most characters of a party's phrase: a ministry's name with its commas, then an organization's full name. */
    private static final int WINDOW = 200;
    /** Most comma-separated parts of an apposition between the first party of a list and the next. */
    private static final int MAX_APPOSITION_PARTS = 2;
    /** Most comma-separated parts a list of parties runs through. */
    private static final int MAX_LIST_PARTS = 8;
    /** Most characters before a list part's party: a space and a determiner ("  la ", " l'"). */
    private static final int LIST_PART_LEAD = 5;

    private final AgreementCues cues;
    private final SignableMentions signable;

    SidesExtent(AgreementCues cues, SignableMentions signable) {
        this.cues = cues;
        this.signable = signable;
    }

    /**
     * End of the phrase a party cue opens: the next comma, semicolon, colon or object cue ("portant", "relative");
     * a parenthesis
     * ("Agence spatiale brésilienne (AEB) et …") is read through.
     */
    private int phraseEnd(ArticleContext context, int from, int sentenceEnd) {
        String text = context.text().text();
        String folded = context.folded();
        int end = Math.min(sentenceEnd, from + WINDOW);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' && context.insideOrganization(i, i + 1)) {
                continue; // "l'Institut de soutien aux micro, petites et moyennes entreprises": a comma of a name
            }
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
            if (Character.isLetter(c) && (i == 0 || folded.charAt(i - 1) == ' ')
                    && cues.is(WordRole.OBJECT_CUE, Words.wordAfter(folded, i))) {
                return i; // "entre A et B relative à la construction de …, par la partie chinoise": what it is about
            }
            if (c == '(') {
                int close = Words.indexWithin(text, ")", i, end);
                if (close < 0) {
                    return i;
                }
                i = close;
            }
        }
        return end;
    }

    /** The end of the sides a cue ("entre", "avec", "par") ending at {@code from} opens: its phrase, an apposition, a list. */
    int end(ArticleContext context, int from, int sentenceEnd) {
        return throughList(context, from, withApposition(context, from, phraseEnd(context, from, sentenceEnd), sentenceEnd),
                sentenceEnd);
    }

    /** "avec la compagnie nationale des chemins de fer, Ouzbekistan Temir Yullari (UTY)": the name in apposition. */
    private int withApposition(ArticleContext context, int from, int end, int sentenceEnd) {
        boolean comma = end < sentenceEnd && context.text().text().charAt(end) == ',';
        return comma && signable.in(context, from, end).isEmpty() ? phraseEnd(context, end + 1, sentenceEnd) : end;
    }

    /**
     * "entre le Rwanda, l'Ouganda et le Kenya": past a comma, a list goes on while each part opens with
     * a party, and it ends at the part that joins its last party with "et". Without that joiner the comma
     * ends the phrase ("avec le Kenya, la France a aussi…" is no list).
     */
    private int throughList(ArticleContext context, int from, int end, int sentenceEnd) {
        String folded = context.folded();
        int at = end;
        int reached = end;
        // "entre X et Y, en présence du ministre, M. Z, et du …" is whole before its first comma
        int appositions = signable.in(context, from, end).size() == 1 ? 0 : MAX_APPOSITION_PARTS;
        for (int parts = 0; parts < MAX_LIST_PARTS && at < sentenceEnd && folded.charAt(at) == ','; parts++) {
            int partEnd = phraseEnd(context, at + 1, sentenceEnd);
            List<Party> part = signable.in(context, at + 1, partEnd);
            boolean last = cues.hasWord(WordRole.LIST_JOINER, " " + folded.substring(at + 1, partEnd) + " ");
            boolean appositionMayFollow = parts == 0 || parts == appositions && appositions < MAX_APPOSITION_PARTS;
            switch (listPart(context, from, at, partEnd, part, appositionMayFollow)) {
                case OFFICE_NAME -> {
                    if (!part.isEmpty() && last) {
                        return partEnd;
                    }
                }
                case APPOSITION -> appositions++;
                case JOINED_PERSON -> { return personsApposition(context, partEnd, sentenceEnd, reached); }
                case SIGNATORY_NAME -> { } // read on past the name
                case SIGNATORY_POSITION -> {
                    if (last) {
                        return pastJoinedPersonsPosition(context, partEnd, sentenceEnd);
                    }
                    reached = partEnd;
                }
                case NONE -> { return reached; }
                case PARTY -> {
                    if (last) {
                        return partEnd;
                    }
                    // a list goes on only to its joiner: "avec le Kenya, la France a aussi …" is none
                }
            }
            at = partEnd;
        }
        return reached;
    }

    /** What a comma-separated part of a list of parties is, read by {@link #listPart}. */
    private enum ListPart {
        /** The rest of an office's name, past its commas. */
        OFFICE_NAME,
        /** An apposition between the parties, naming none. */
        APPOSITION,
        /** A person joined as the last side, whose apposition names what she signs for. */
        JOINED_PERSON,
        /** A signatory's name alone. */
        SIGNATORY_NAME,
        /** A party with its signatory's position. */
        SIGNATORY_POSITION,
        /** A party of the list. */
        PARTY,
        /** No part of the list: it ends before. */
        NONE
    }

    /**
     * What the part [at + 1, partEnd) after the comma at {@code at} is to the list of parties the cue ending at
     * {@code from} opens; {@code appositionMayFollow} when the parts before it, if any, were appositions, fewer
     * than their most.
     */
    private ListPart listPart(ArticleContext context, int from, int at, int partEnd, List<Party> part,
                              boolean appositionMayFollow) {
        String folded = context.folded();
        // "entre la délégation venue de Pékin, et des officiels kényans": the last part may open with its joiner
        String opening = firstWord(folded, at + 1, partEnd);
        boolean joined = cues.hasWord(WordRole.LIST_JOINER, " " + opening + " ");
        if ((cues.is(WordRole.OF, opening) || cues.is(WordRole.DESCRIPTOR_LINK, opening))
                && cues.hasWord(WordRole.OFFICE_HEAD, " " + folded.substring(from, at) + " ")) {
            // "par le ministère du Développement, de l'Investissement et de la Coopération et le directeur du
            // Fonds X": an office's name goes on past its commas
            return ListPart.OFFICE_NAME;
        }
        if (part.isEmpty() && !joined && appositionMayFollow) {
            // "entre X, le plus grand groupe du pays, et Y", "entre X, représenté par son président, M. Z, et Y":
            // an apposition between the parties, of one or two parts
            return ListPart.APPOSITION;
        }
        if (part.isEmpty() && joined) {
            // "entre X, ministre tunisien, et Marie Y, directrice du département Maghreb, Moyen-Orient à la Banque
            // mondiale, pour …": the last side is a person, whose apposition names what she signs for
            return ListPart.JOINED_PERSON;
        }
        if (part.isEmpty() && isAName(context, at + 1, partEnd)) {
            return ListPart.SIGNATORY_NAME; // "…, le directeur général de l'ONE, Younes Maamar, et par …": the signatory's name
        }
        if (!part.isEmpty() && !joined && opensWithPosition(folded, at + 1, partEnd)) {
            // "par X, PDG de la banque Y et Z, ministre nigériane de l'Économie", "par le ministre X, Y, le
            // directeur général de l'ONE, Z, et par …": a signatory's position names its side
            return ListPart.SIGNATORY_POSITION;
        }
        return part.isEmpty() || !joined && !opensWithMention(context, at + 1, partEnd) ? ListPart.NONE : ListPart.PARTY;
    }

    /**
     * "X, président de la BAD et Y, président de la BID": past the joined person's own position when it follows
     * the part that ends at {@code partEnd} and names a party; else {@code partEnd}.
     */
    private int pastJoinedPersonsPosition(ArticleContext context, int partEnd, int sentenceEnd) {
        String folded = context.folded();
        int next = partEnd < sentenceEnd && folded.charAt(partEnd) == ',' ? phraseEnd(context, partEnd + 1, sentenceEnd) : -1;
        return next > 0 && opensWithPosition(folded, partEnd + 1, next)
                && !signable.in(context, partEnd + 1, next).isEmpty() ? next : partEnd;
    }

    /** Most words of a person's name standing alone between commas: "Mme Françoise Clottes". */
    private static final int NAME_WORDS = 5;

    /** Whether [start, end) holds only capitalized words, a few at most: a person's name in apposition. */
    private static boolean isAName(ArticleContext context, int start, int end) {
        List<Token> tokens = context.tokens();
        int words = 0;
        for (int t = context.firstTokenFrom(start); t < tokens.size() && tokens.get(t).start() < end; t++) {
            Token token = tokens.get(t);
            if (token.isWord() && !token.isCapitalized() || ++words > NAME_WORDS) {
                return false;
            }
        }
        return words > 0;
    }

    /**
     * The end of the apposition after a person named as a list's last side, through the part that names an
     * organization (at most {@link #MAX_LIST_PARTS} parts), else through its first part naming a party; or
     * {@code end} when none does.
     */
    private int personsApposition(ArticleContext context, int nameEnd, int sentenceEnd, int end) {
        String text = context.text().text();
        int found = end;
        int at = nameEnd;
        for (int parts = 0; parts < MAX_LIST_PARTS && at < sentenceEnd && text.charAt(at) == ','; parts++) {
            int partEnd = phraseEnd(context, at + 1, sentenceEnd);
            if (parts == 0 && !opensWithPosition(context.folded(), at + 1, partEnd)) {
                return end; // "et le président X, en présence des dirigeants de l'Italie": no apposition
            }
            List<Party> part = signable.in(context, at + 1, partEnd);
            if (part.stream().anyMatch(p -> p.organization() != null)) {
                return partEnd;
            }
            found = found == end && !part.isEmpty() ? partEnd : found;
            at = partEnd;
        }
        return found;
    }

    /**
     * Whether [start, end) opens with a person's title or position ("directrice du département …", "ministre …"),
     * after an article if one opens it ("le président du Conseil italien") and an ordinal ("le Premier ministre").
     */
    private boolean opensWithPosition(String folded, int start, int end) {
        int at = start;
        String word = firstWord(folded, at, end);
        for (int skipped = 0; skipped < 2 && (cues.is(WordRole.DEFINITE_ARTICLE, word) || cues.ordinal(word) > 0); skipped++) {
            at = folded.indexOf(word, at) + word.length();
            word = firstWord(folded, at, end);
        }
        return cues.is(WordRole.PERSON_TITLE, word) || cues.is(WordRole.OFFICE_HEAD, word) || cues.is(WordRole.POSITION, word);
    }

    /** The first word of [start, end), or "". */
    private static String firstWord(String folded, int start, int end) {
        int from = start;
        while (from < end && folded.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < end && folded.charAt(to) != ' ') {
            to++;
        }
        return folded.substring(from, to);
    }

    /** Whether the first mention of [start, end) comes within a determiner's reach of its start. */
    private boolean opensWithMention(ArticleContext context, int start, int end) {
        int first = Integer.MAX_VALUE;
        for (CountryHit country : context.countriesNear(start, end)) {
            first = country.start() >= start && country.end() <= end ? Math.min(first, country.start()) : first;
        }
        for (OrganizationHit org : context.organizationsNear(start, end)) {
            first = org.start() >= start && org.end() <= end ? Math.min(first, org.start()) : first;
        }
        return first != Integer.MAX_VALUE && first - start <= LIST_PART_LEAD;
    }
}
