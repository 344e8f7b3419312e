package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Words;

/** Which countries and organizations named in a stretch of text can sign: not places, media, parents or homes. */
final class SignableMentions {
    /** Most characters between a demonym and the organization it describes. */
    private static final int DESCRIBING_REACH = 30;

    private final AgreementCues cues;

    SignableMentions(AgreementCues cues) {
        this.cues = cues;
    }

    /** Countries and organizations in [start, end) that can sign: not places, not media. */
    List<Party> in(ArticleContext context, int start, int end) {
        List<int[]> positions = new ArrayList<>();
        List<Party> found = new ArrayList<>();
        for (OrganizationHit org : context.organizationsNear(start, end)) {
            String partyState = org.start() >= start && org.end() <= end ? stateOfPoliticalParty(context, org) : null;
            if (partyState != null) {
                positions.add(new int[] {org.start(), found.size()});
                found.add(Party.country(partyState));
            } else if (org.start() >= start && org.end() <= end
                    && (!"media".equals(org.organization().kind()) || signsAfterCue(context, org.start())
                        || joinedToAnotherOrganization(context, org))
                    && !isParentInApposition(context, org) && !actsThroughItsSubsidiary(context, org) && !hostsAMeeting(context, org)
                    && !isOpposed(context, org.start())) {
                positions.add(new int[] {org.start(), found.size()});
                found.add(Party.organization(org.organization()));
            }
        }
        for (CountryHit country : context.countriesNear(start, end)) {
            if (country.start() >= start && country.end() <= end && canSign(context, country, start)
                    && !isOpposed(context, country.start())) {
                positions.add(new int[] {country.start(), found.size()});
                found.add(Party.country(country.iso2()));
            }
        }
        for (OrganizationAnaphors.Resolved anaphor : cues.organizationAnaphors.in(context, start, end)) {
            // "le groupe français": the demonym says the organization's home, no party of its own
            positions.removeIf(p -> p[0] > anaphor.at() && p[0] < anaphor.end() && found.get(p[1]).organization() == null);
            if (!found.contains(anaphor.party()) && !isOpposed(context, anaphor.at())) {
                positions.add(new int[] {anaphor.at(), found.size()});
                found.add(anaphor.party());
            }
        }
        positions.sort((a, b) -> a[0] - b[0]);
        List<Party> ordered = new ArrayList<>();
        positions.forEach(p -> ordered.add(found.get(p[1])));
        return ordered;
    }

    /**
     * "le secrétaire général du Parti communiste du Vietnam, X, et le président Y ont signé": a political party whose
     * name holds a country is that state's ruling party, and its leader signs for the state; null for any other name.
     */
    private String stateOfPoliticalParty(ArticleContext context, OrganizationHit org) {
        Organization party = org.organization();
        if (!opensOnAPartysWord(party.name())) {
            return null;
        }
        // its name holds the country; "(PCV)" and other hits of the party point to the one that spells it
        for (OrganizationHit named : context.organizations()) {
            if (named.organization().equals(party)) {
                for (CountryHit country : context.countriesNear(named.start(), named.end())) {
                    if (country.start() >= named.start() && country.end() <= named.end()) {
                        return country.iso2();
                    }
                }
            }
        }
        return party.countryIso2();
    }

    /**
     * Whether a name's first word, with words after it, is a political party's ("Parti communiste …"); read in place, no
     * copy: every organization of every signing is asked.
     */
    private boolean opensOnAPartysWord(String name) {
        for (String word : cues.words(PartyCue.POLITICAL_PARTY)) {
            if (name.length() > word.length() && name.charAt(word.length()) == ' '
                    && name.regionMatches(true, 0, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Most words between "entre" or "avec" and a news agency it makes a signatory: "entre l'agence X". */
    private static final int MEDIA_SIGNATORY_REACH = 2;

    /**
     * "un accord a été signé entre l'agence X et …": a news agency is quoted far more often than it signs, and
     * signs only where "entre" or "avec" opens its phrase, a few words before and no comma between.
     */
    private boolean signsAfterCue(ArticleContext context, int at) {
        return cueBefore(context, at, MEDIA_SIGNATORY_REACH,
                word -> cues.is(PartyCue.BETWEEN, word) || cues.is(PartyCue.WITH, word));
    }

    /**
     * "La RTBF et France Télévisions ont signé": a media joined by "et" (an article allowed before the second) to another
     * organization is its partner, not a source quoted; an agency quoted stands alone ("selon l'AFP").
     */
    private boolean joinedToAnotherOrganization(ArticleContext context, OrganizationHit media) {
        String folded = context.folded();
        for (OrganizationHit other : context.organizationsNear(media.start(), media.end())) {
            if (other == media || other.organization().equals(media.organization())) {
                continue;
            }
            int from = Math.min(media.end(), other.end());
            int to = Math.max(media.start(), other.start());
            if (from < to && to - from <= MEDIA_JOIN_CHARACTERS && MEDIA_JOIN.matcher(folded.substring(from, to)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Kept in code: what joins a media to the organization it signs with, " et ", " et la ", " et l'". */
    private static final java.util.regex.Pattern MEDIA_JOIN = java.util.regex.Pattern.compile(" et (la |le |les |l')?");
    private static final int MEDIA_JOIN_CHARACTERS = 10;

    /** Most words between an opponent cue and the name it makes an adversary: "contre la guérilla des FARC". */
    private static final int OPPONENT_REACH = 3;

    /**
     * "la coopération contre la guérilla des FARC, la Colombie et le Brésil ont conclu": what a cue such as
     * "contre" opens, a few words before and no comma between, is fought, not a party.
     */
    private boolean isOpposed(ArticleContext context, int at) {
        return cueBefore(context, at, OPPONENT_REACH, word -> cues.is(PartyCue.OPPONENT, word));
    }

    /** Whether one of the words before {@code at}, {@code reach} + 1 at most and no comma between, is a cue. */
    private static boolean cueBefore(ArticleContext context, int at, int reach, java.util.function.Predicate<String> cue) {
        String folded = context.folded();
        int word = at;
        for (int hops = 0; hops <= reach; hops++) {
            int previous = Words.previousWordStart(folded, word);
            if (previous < 0 || previous >= word || folded.substring(previous, word).contains(",")) {
                return false;
            }
            if (cue.test(Words.wordBefore(folded, word))) {
                return true;
            }
            word = previous;
        }
        return false;
    }

    /** Most words between a name's comma and its subsidiary's cue: "à travers sa filiale", "par le biais de sa filiale". */
    private static final int THROUGH_WORDS = 6;
    /** Most characters between the subsidiary's cue and the subsidiary's name: ", la ". */
    private static final int SUBSIDIARY_NAME_REACH = 6;

    /**
     * "Eiffage, à travers sa filiale Eiffage Energie, a remporté …": a parent acting through its subsidiary, named
     * in apposition after it, is no party; the subsidiary signs.
     */
    private boolean actsThroughItsSubsidiary(ArticleContext context, OrganizationHit org) {
        String text = context.text().text();
        if (org.end() >= text.length() || text.charAt(org.end()) != ',') {
            return false;
        }
        List<org.entente.extract.text.Token> tokens = context.tokens();
        int first = context.firstTokenFrom(org.end() + 1);
        for (int t = first; t + 1 < tokens.size() && t - first < THROUGH_WORDS; t++) {
            String word = context.foldedWord(tokens.get(t));
            if (word.equals(",") || word.equals(".")) {
                return false;
            }
            if (cues.is(WordRole.POSSESSIVE, word) && cues.is(PartyCue.PARENT, context.foldedWord(tokens.get(t + 1)))) {
                int cueEnd = tokens.get(t + 1).end();
                return context.organizationsNear(cueEnd, cueEnd + SUBSIDIARY_NAME_REACH).stream()
                        .anyMatch(o -> o != org && o.start() >= cueEnd && o.start() - cueEnd <= SUBSIDIARY_NAME_REACH);
            }
        }
        return false;
    }

    /**
     * "en marge de la 73e session de l'Assemblée générale des Nations unies", "au sommet de l'Union africaine": an
     * organization whose meeting frames the signing is no party.
     */
    private boolean hostsAMeeting(ArticleContext context, OrganizationHit org) {
        String folded = context.folded();
        int of = ofBefore(folded, org.start(), WordRole.DEFINITE_ARTICLE);
        return of > 0 && cues.is(PartyCue.MEETING, Words.wordBefore(folded, of));
    }

    /**
     * Where the "de" before a name starts, an article of role {@code article} between allowed ("session de l'Assemblée",
     * "nationale du Cameroun"); -1 when no "de" stands there.
     */
    private int ofBefore(String folded, int start, WordRole article) {
        int at = start;
        String before = Words.wordBefore(folded, at);
        if (cues.is(article, before) && !cues.is(WordRole.OF, before)) {
            at = Words.previousWordStart(folded, at);
            before = Words.wordBefore(folded, at);
        }
        return cues.is(WordRole.OF, before) ? Words.previousWordStart(folded, at) : -1;
    }

    /** "X, filiale du groupe Y, a signé": the parent named to describe the signatory is no party. */
    private boolean isParentInApposition(ArticleContext context, OrganizationHit org) {
        String folded = context.folded();
        int at = org.start();
        String before = Words.wordBefore(folded, at);
        // over a determiner and a cue noun of the name's own phrase: "filiale du groupe Y", "filiale de la société Y"
        for (int hops = 0; hops < 3 && !cues.is(WordRole.OF, before) && !before.isEmpty(); hops++) {
            at = Words.previousWordStart(folded, at);
            before = Words.wordBefore(folded, at);
        }
        if (!cues.is(WordRole.OF, before)) {
            return false;
        }
        int of = Words.previousWordStart(folded, at);
        int parent = Words.previousWordStart(folded, of);
        if (!cues.is(PartyCue.PARENT, Words.wordBefore(folded, of))) {
            // "filiale locale du groupe Y": one adjective after the cue
            if (!cues.is(PartyCue.PARENT, Words.wordBefore(folded, parent))) {
                return false;
            }
            of = parent;
            parent = Words.previousWordStart(folded, of);
        }
        // in apposition only, after a comma ("X, filiale de Y,", "X, une filiale de Y,"): "la filiale de Y" signs for Y
        int mark = Words.previousWordStart(folded, parent);
        String determiner = Words.wordBefore(folded, parent);
        if (cues.is(WordRole.DETERMINER, determiner) || cues.is(PartyCue.ITEM, determiner)) {
            mark = Words.previousWordStart(folded, mark);
        }
        return mark >= 0 && mark < folded.length() && folded.charAt(mark) == ',';
    }

    /** Between an organization's name and the "de" of its country: nothing, or its acronym in brackets. */
    private static final Pattern NAME_TO_ITS_COUNTRY = Pattern.compile("[\\s)]*(\\([^()]{1,15}\\))?\\s*");

    /**
     * "la Société nationale des hydrocarbures (SNH) du Cameroun", "la compagnie nationale du Mozambique ENH":
     * a country named after "de" and joined to an organization's name is the organization's home, not a party.
     */
    private boolean isHomeOfOrganization(ArticleContext context, CountryHit country) {
        String folded = context.folded();
        int of = ofBefore(folded, country.start(), WordRole.DETERMINER);
        if (of < 0) {
            return false;
        }
        for (OrganizationHit org : context.organizationsNear(Math.max(0, of - DESCRIBING_REACH), country.end() + DESCRIBING_REACH)) {
            if (org.end() <= of && of - org.end() <= DESCRIBING_REACH
                    && NAME_TO_ITS_COUNTRY.matcher(folded.substring(org.end(), of)).matches()
                    || org.start() >= country.end() && org.start() - country.end() <= 2
                    && folded.substring(country.end(), org.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "l'Agence pour la compétitivité et l'innovation (Portugal)": a country alone in brackets right after an
     * organization's name says where the organization is from; no party of its own.
     */
    private static boolean isBracketedAfterOrganization(ArticleContext context, CountryHit country) {
        String text = context.text().text();
        int open = country.start() - 1;
        if (open < 1 || text.charAt(open) != '(' || country.end() >= text.length() || text.charAt(country.end()) != ')') {
            return false;
        }
        int end = Words.spacesBefore(text, open);
        return context.organizationsNear(Math.max(0, end - 1), end).stream().anyMatch(o -> o.end() == end);
    }

    /**
     * A demonym a few words before an organization's name, with no comma or "et" between, describes it; so does one
     * whose noun's field follows after "de", "et" inside it ("le groupe français de bâtiment et travaux publics (BTP)
     * Eiffage"), not before the name ("le ministre français de l'Économie et Eiffage").
     */
    private boolean describes(ArticleContext context, CountryHit country, OrganizationHit org) {
        if (country.type() != MentionType.DEMONYM || org.start() < country.end()
                || org.start() - country.end() > FIELD_REACH) {
            return false;
        }
        String folded = context.folded();
        String between = folded.substring(country.end(), org.start());
        // "le gouvernement béninois a signé avec la Banque X": a "with", "between" or "by" cue opens a party of its own
        if (between.contains(",") || between.contains(";")
                || cues.hasCueWord(folded, country.end(), org.start(), PartyCue.WITH, PartyCue.BETWEEN, PartyCue.AGENT)) {
            return false;
        }
        if (!cues.hasWord(WordRole.LIST_JOINER, between)) {
            return org.start() - country.end() <= DESCRIBING_REACH;
        }
        // "et" before a determiner or the name itself joins another party: "de l'Énergie et le groupe X", "et X"
        for (int at = country.end(); at < org.start(); at = folded.indexOf(' ', at + 1)) {
            if (at < 0) {
                break;
            }
            String word = Words.wordAfter(folded, at);
            int next = at + 1 + word.length();
            if (cues.is(WordRole.LIST_JOINER, word) && (next >= org.start() - 1 || opensOnADeterminer(folded, next))) {
                return false;
            }
        }
        String first = Words.wordAfter(folded, country.end());
        return cues.is(WordRole.OF, first) || between.startsWith(" d'");
    }

    /** Whether the word after {@code at} is an article ("le", "l'", "une"). */
    private boolean opensOnADeterminer(String folded, int at) {
        String word = Words.wordAfter(folded, at);
        int end = folded.indexOf(word, at) + word.length();
        boolean elided = end < folded.length() && folded.charAt(end) == '\'';
        return cues.is(WordRole.DEFINITE_ARTICLE, elided ? word + "'" : word) || cues.is(WordRole.INDEFINITE, word);
    }

    /** Most characters between a demonym and the organization it describes when the noun's field comes between. */
    private static final int FIELD_REACH = 60;

    /** Most spaces between an organization's name and a demonym that says its nationality. */
    private static final int NAME_GAP = 2;

    /** Most characters of an acronym in brackets between an organization's name and its demonym. */
    private static final int BRACKETED_ACRONYM = 15;

    /**
     * "le Service national d'apprentissage colombien", "l'Autorité nationale des tunnels (NAT) égyptienne": a demonym
     * right after an organization's name, or after its acronym in brackets, is its nationality.
     */
    private static boolean followsAnOrganization(ArticleContext context, CountryHit country) {
        String text = context.text().text();
        int before = country.start();
        while (before > 0 && country.start() - before < NAME_GAP && text.charAt(before - 1) == ' ') {
            before--;
        }
        if (before == country.start()) {
            return false;
        }
        int end = before;
        int open = end > 0 && text.charAt(end - 1) == ')' ? text.lastIndexOf('(', end - 1) : -1;
        int nameEnd = open > 0 && end - open <= BRACKETED_ACRONYM ? Words.spacesBefore(text, open) : end;
        return context.organizationsNear(nameEnd - 1, nameEnd).stream().anyMatch(o -> o.end() == nameEnd);
    }

    /**
     * Whether a country named in a stretch opening at {@code from} may sign: not a place, not an organization's home;
     * the "à" of a verb of buying or supplying that opens the stretch ("pour fournir à la Roumanie") makes no place.
     */
    private boolean canSign(ArticleContext context, CountryHit country, int from) {
        if (country.place() || country.type() == MentionType.NAME && isHomeOfOrganization(context, country)
                || isBracketedAfterOrganization(context, country)) {
            return false;
        }
        for (OrganizationHit org : context.organizationsNear(country.start(), country.end() + FIELD_REACH)) {
            if (org.overlaps(country.start(), country.end()) || describes(context, country, org)) {
                return false; // "la société péruvienne FAME": the demonym describes the company
            }
        }
        if (country.type() == MentionType.DEMONYM) {
            return !followsAnOrganization(context, country);
        }
        String folded = context.folded();
        int beforeStart = Words.previousWordStart(folded, country.start());
        if (beforeStart < from) {
            return true; // the stretch's own opener is the word before
        }
        String before = Words.wordBefore(folded, country.start());
        boolean article = cues.is(WordRole.LOCATIVE_ARTICLE, before);
        String beforeArticle = article ? Words.wordBefore(folded, beforeStart) : before;
        return !cues.is(PartyCue.LOCATIVE, before) && !cues.is(PartyCue.LOCATIVE, beforeArticle)
                || article && Words.previousWordStart(folded, beforeStart) < from;
    }
}
