package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.extract.country.CountryGazetteer;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Finds the signatories of an agreement in its sentence: the coordinated subject before the verb,
 * then "avec X", "entre X et Y" or "par X et Y"; "les deux pays" stands for the principal countries.
 */
final class PartyFinder {
    /** Most characters of a party's phrase: a ministry's name with its commas, then an organization's full name. */
    private static final int WINDOW = 200;
    /** Most characters between a demonym and the organization it describes. */
    private static final int DESCRIBING_REACH = 30;
    /** Most comma-separated parts of an apposition between the first party of a list and the next. */
    private static final int MAX_APPOSITION_PARTS = 2;
    /** Most comma-separated parts a list of parties runs through. */
    private static final int MAX_LIST_PARTS = 8;
    /** Most characters before a list part's party: a space and a determiner ("  la ", " l'"). */
    private static final int LIST_PART_LEAD = 5;

    private final AgreementCues cues;

    private final SignatoryNames signatoryNames;
    /** The last article's surnames on this thread, with a weak reference to that article ({@code [article, map]}). */
    private final ThreadLocal<Object[]> lastStatesBySurname = ThreadLocal.withInitial(() -> new Object[2]);

    PartyFinder(AgreementCues cues) {
        this.signatoryNames = new SignatoryNames(cues);
        this.cues = cues;
    }

    /** Parties of the sentence whose verb cue starts at {@code verbStart} (the sentence end if none). */
    List<Party> find(ArticleContext context, Sentence sentence, int verbStart) {
        return find(context, sentence, verbStart, null);
    }

    /** As {@link #find(ArticleContext, Sentence, int)}, adding to {@code how} (when not null) which rule found whom. */
    List<Party> find(ArticleContext context, Sentence sentence, int verbStart, List<String> how) {
        Set<Party> parties = new LinkedHashSet<>();
        int zoneStart = subjectStart(context, sentence, verbStart);
        List<Party> subject = subjectMentions(context, zoneStart, verbStart);
        parties.addAll(subject);
        note(how, subject, "named in the subject, before the verb");
        if (subject.size() == 1 && hasCueWord(context.folded(), zoneStart, verbStart, PartyCue.COUNTERPART)) {
            // "Le président chinois, en visite au Brésil, et son homologue ont signé": the other principal country
            context.principalCountries(2).stream().map(Party::country).filter(p -> !subject.contains(p)).findFirst()
                    .ifPresent(other -> {
                        parties.add(other);
                        note(how, List.of(other), "the counterpart ('son homologue') of the subject: the article's other principal country");
                    });
        }
        List<Party> pair = subject.isEmpty() ? pairOfOrganizationsBefore(context, sentence, zoneStart, verbStart) : List.of();
        parties.addAll(pair);
        note(how, pair, "from a subject of two sides ('les deux parties', 'les deux groupes'): the two organizations "
                + "the sentence before names");
        int collective = pair.isEmpty() ? collectiveCount(context, zoneStart, verbStart) : 0;
        List<String> principal = context.principalCountries(collective);
        principal.forEach(iso2 -> parties.add(Party.country(iso2)));
        if (!principal.isEmpty() && how != null) {
            how.add(principal + " from a collective subject ('les deux pays'...): the article's principal countries");
        }
        if (sides(parties) < 2 || collective > 2) {
            List<Token> tokens = context.tokens();
            for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size()
                    && tokens.get(t).start() < sentence.end(); t++) {
                if (collective <= 2 && sides(parties) >= 2) {
                    // "conclu entre X et Y, porte sur l'interconnexion entre les deux pays": the sides are named,
                    // a later cue is part of what the document is about
                    break;
                }
                Token token = tokens.get(t);
                int insert = token.end() <= sentence.end() ? behalfInsertBefore(context, token, verbStart) : -1;
                // "Pendant que la guerre continue entre A et B, X a signé": an opening adverbial's "entre" joins no parties
                if (token.end() <= sentence.end() && (insert >= 0 || token.start() >= zoneStart
                        && introducesParty(context, token, verbStart))) {
                    int end = sidesEnd(context, token.end(), sentence.end());
                    List<Party> introduced = mentionsIn(context, insert >= 0 ? insert : token.end(), end);
                    parties.addAll(introduced);
                    note(how, introduced, "after '" + token.text() + "'");
                    Party home = introduced.size() == 1 && cues.is(PartyCue.BETWEEN, context.foldedWord(token))
                            ? officeOpeningBetween(context, t, introduced.get(0), end) : null;
                    if (home != null && parties.add(home)) {
                        note(how, List.of(home), "an office named without a country opens 'entre' ('entre le ministère de "
                                + "l'Agriculture et la société X'): the article's principal country beside the other side");
                    }
                    context.principalCountries(collectiveCount(context, token.end(), end))
                            .forEach(iso2 -> parties.add(Party.country(iso2)));
                }
            }
        }
        if (sides(parties) < 2) {
            addNamedSignatories(context, zoneStart, sentence.end(), parties, how);
        }
        if (parties.size() == 1 && parties.iterator().next().organization() == null
                && (signsWithoutCountry(context, sentence, zoneStart, verbStart) || joinsAnUnnamedLeader(context, zoneStart, verbStart)
                || namesAPersonWithoutCountry(context, zoneStart, verbStart))) {
            // "signé par le ministre de l'Énergie, X, et le ministre portugais de l'Économie, Y": the press
            // names its own country's ministers (and provinces, towns) without it; "Xi Jinping et le prince
            // héritier ont assisté à la signature", "Vladimir Poutine et le président ouzbek X ont signé": the host
            // beside the guest named; the article's other principal country
            Party home = otherPrincipal(context, parties.iterator().next());
            if (home != null) {
                parties.add(home);
                note(how, List.of(home), "signed by an office or a leader named without a country ('le ministre de "
                        + "l'Énergie', 'et le prince héritier'): the article's other principal country");
            }
        }
        Party only = parties.size() == 1 ? parties.iterator().next() : null;
        String office = only != null && only.organization() != null && signsWithoutCountry(context, sentence, zoneStart, verbStart)
                ? context.principalCountryBut(only.organization().countryIso2()) : null;
        if (office != null) {
            // "signé par le ministre de l'Économie, X, et le directeur de la banque Y": the press names its own
            // country's ministers without it, beside the organization that signs with them
            parties.add(Party.country(office));
            note(how, List.of(Party.country(office)), "signed by an office named without a country beside an "
                    + "organization: the article's principal country");
            only = null;
        }
        Organization about = only != null && only.organization() != null
                && namesAPersonWithoutCountry(context, zoneStart, verbStart)
                ? context.principalOrganizationBut(only.organization()) : null;
        if (about != null) {
            // "X et Y, président de la start-up Z, ont signé un accord", in an article about W: X heads W
            parties.add(Party.organization(about));
            note(how, List.of(Party.organization(about)), "a person named without country or organization beside "
                    + "an organization's: the article's principal organization");
        }
        if (parties.size() == 1 && parties.iterator().next().organization() == null) {
            Party host = visitedCountry(context, sentence, parties.iterator().next());
            if (host != null) {
                parties.add(host);
                note(how, List.of(host), "the country of a visit in its sentence ('la visite en Arabie saoudite du "
                        + "président français'): the host");
            }
        }
        return new ArrayList<>(parties);
    }

    /** Most tokens of a sentence read for a visit: a sentence's, not a page's without full stops. */
    private static final int VISIT_REACH = 120;

    /**
     * "la signature d'une multitude d'accords ont été les points forts de la visite en Arabie saoudite du président
     * français": the country right after a visit noun and "en", "au" or "aux", when it is not {@code guest}; or null.
     */
    private Party visitedCountry(ArticleContext context, Sentence sentence, Party guest) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(sentence.start());
        for (int t = first; t + 2 < tokens.size() && t - first < VISIT_REACH
                && tokens.get(t + 2).start() < sentence.end(); t++) {
            if (!cues.is(WordRole.VISIT_NOUN, context.foldedWord(tokens.get(t)))
                    || !cues.is(PartyCue.LOCATIVE, context.foldedWord(tokens.get(t + 1)))) {
                continue;
            }
            Token name = tokens.get(t + 2);
            for (CountryHit country : context.countriesNear(name.start(), name.end())) {
                if (country.start() == name.start() && country.type() == MentionType.NAME
                        && !country.iso2().equals(guest.countryIso2())) {
                    return Party.country(country.iso2());
                }
            }
        }
        return null;
    }

    /** The article's other principal country when {@code named} is a country and one of its two; or null. */
    private static Party otherPrincipal(ArticleContext context, Party named) {
        List<String> pair = context.principalCountries(2);
        if (named.organization() != null || pair.size() != 2 || !pair.contains(named.countryIso2())) {
            return null;
        }
        return Party.country(pair.get(pair.get(0).equals(named.countryIso2()) ? 1 : 0));
    }

    /**
     * The article's other principal country when the sentence names it anywhere beside the one country
     * found in a party's place ("« … un contrat signé pour 6 Rafale », a annoncé le ministre indonésien après
     * une rencontre avec son homologue française"); or null.
     */
    Party otherPrincipalNamedIn(ArticleContext context, Sentence sentence, List<Party> parties) {
        Party other = parties.size() == 1 ? otherPrincipal(context, parties.get(0)) : null;
        return other != null && mentionsIn(context, sentence.start(), sentence.end()).contains(other) ? other : null;
    }

    /** A ministry's or a minister's head word ("ministre"), or a local government's ("province"). */
    private boolean isOfficeOrLocalHead(ArticleContext context, Token token) {
        String word = context.foldedWord(token);
        return cues.is(WordRole.OFFICE_HEAD, word) || cues.is(WordRole.LOCAL_GOVERNMENT, word);
    }

    /**
     * "un accord entre le ministère de l'Agriculture et la société qatarie X": an office or local government
     * right after "entre" and its article, named with no country up to "et" or a comma, is the article's
     * principal country that the other side, {@code other}, is not; null otherwise.
     */
    private Party officeOpeningBetween(ArticleContext context, int between, Party other, int end) {
        List<Token> tokens = context.tokens();
        int office = between + 2;
        if (office >= tokens.size() || tokens.get(office).start() >= end
                || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(between + 1)))
                || !isOfficeOrLocalHead(context, tokens.get(office))) {
            return null;
        }
        int phraseEnd = office + 1;
        while (phraseEnd < tokens.size() && tokens.get(phraseEnd).start() < end && !tokens.get(phraseEnd).text().equals(",")
                && !cues.is(WordRole.COORDINATOR, context.foldedWord(tokens.get(phraseEnd)))) {
            phraseEnd++;
        }
        int phraseEndOffset = phraseEnd < tokens.size() ? Math.min(tokens.get(phraseEnd).start(), end) : end;
        if (!mentionsIn(context, tokens.get(office).start(), phraseEndOffset).isEmpty()) {
            return null;
        }
        String home = context.principalCountryBut(other.organization() != null ? other.organization().countryIso2()
                : other.countryIso2());
        return home == null ? null : Party.country(home);
    }

    /**
     * Whether a signatory is an office or a local government named with no country: "le ministre de
     * l'Énergie", "la province de Binh Dinh" opening the subject, or after the agent "par" of the signing
     * verb, up to the next comma, office or local government.
     */
    private boolean signsWithoutCountry(ArticleContext context, Sentence sentence, int zoneStart, int verbStart) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(zoneStart);
        for (int t = first + 1; t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            Token office = tokens.get(t);
            if (!isOfficeOrLocalHead(context, office) || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(t - 1)))) {
                continue;
            }
            boolean inSubject = office.start() < verbStart;
            boolean agent = t - 2 >= first && tokens.get(t - 2).start() >= verbStart
                    && cues.is(PartyCue.AGENT, context.foldedWord(tokens.get(t - 2)))
                    && inVerbClause(context.folded(), verbStart, tokens.get(t - 2).start());
            if (!inSubject && !agent) {
                continue;
            }
            int end = t + 1;
            while (end < tokens.size() && tokens.get(end).start() < sentence.end() && !tokens.get(end).text().equals(",")
                    && !isOfficeOrLocalHead(context, tokens.get(end))) {
                end++;
            }
            int phraseEnd = end < tokens.size() ? Math.min(tokens.get(end).start(), sentence.end()) : sentence.end();
            if (mentionsIn(context, office.start(), phraseEnd).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Un accord distinct a été signé par le général Malki et X, PDG de MBDA": a person the article
     * introduced with a state ("pour l'Etat du Qatar, par le général Ahmad al-Malki") signs for it.
     */
    private void addNamedSignatories(ArticleContext context, int start, int end, Set<Party> parties, List<String> how) {
        Map<String, String> known = null;
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(start); t < tokens.size() && tokens.get(t).start() < end; t++) {
            Token token = tokens.get(t);
            if (!token.isWord() || !token.isCapitalized() || context.insideOrganization(token.start(), token.end())) {
                continue;
            }
            known = known == null ? statesBySurname(context) : known;
            if (known.isEmpty()) {
                return;
            }
            String state = signatoryNames.stateOf(context, token, known);
            if (state != null && parties.stream().noneMatch(p -> state.equals(p.countryIso2())
                    || p.organization() != null && state.equals(p.organization().countryIso2()))) {
                Party party = Party.country(state);
                parties.add(party);
                note(how, List.of(party), "'" + token.text() + "', whom the article introduced as " + state + "'s");
            }
        }
    }

    /** The article's {@link SignatoryNames#statesBySurname}, read once an article and thread: a long article asks it often. */
    private Map<String, String> statesBySurname(ArticleContext context) {
        Object[] cached = lastStatesBySurname.get();
        if (cached[0] == null || ((java.lang.ref.WeakReference<?>) cached[0]).get() != context) {
            cached[0] = new java.lang.ref.WeakReference<>(context); // weak: an article done with is not kept
            cached[1] = signatoryNames.statesBySurname(context);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> states = (Map<String, String>) cached[1];
        return states;
    }

    /**
     * How many sides the parties make: "Le Japon, par l'intermédiaire de la JICA, a signé avec le Cambodge"
     * names one side in its subject, a state and its own agency, and the other after "avec".
     */
    private static int sides(Set<Party> parties) {
        Set<String> countries = new java.util.HashSet<>();
        parties.stream().filter(p -> p.organization() == null).forEach(p -> countries.add(p.countryIso2()));
        int sides = countries.size();
        for (Party party : parties) {
            if (party.organization() != null && !countries.contains(party.organization().countryIso2())) {
                sides++;
            }
        }
        return sides;
    }

    /** Whether a word of [start, end) of the folded text plays one of {@code roles}. */
    /**
     * Whether the subject ends on "et le" or "et la" and a title whose country is not said ("Xi Jinping et le
     * prince héritier"): the host or guest beside the one named.
     */
    private boolean joinsAnUnnamedLeader(ArticleContext context, int start, int end) {
        String folded = context.folded();
        String subject = folded.substring(start, end); // read within the subject only: a long text is not walked back
        for (String joiner : List.of(" et le ", " et la ")) {
            int at = subject.lastIndexOf(joiner);
            if (at >= 0 && at + joiner.length() < subject.length()) {
                int title = start + at + joiner.length();
                return cues.is(WordRole.PERSON_TITLE, Words.wordAfter(folded, title - 1))
                        && mentionsIn(context, title, end).isEmpty();
            }
        }
        return false;
    }

    /**
     * Whether the subject in [start, end) names a person by given name and surname in a phrase of its own (between
     * commas or coordinators) that names no country and no organization: "Vladimir Poutine et le président
     * ouzbek X ont signé", the leader the article's readers know without his country.
     */
    private boolean namesAPersonWithoutCountry(ArticleContext context, int start, int end) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(start);
        for (int t = first; t + 1 < tokens.size() && tokens.get(t + 1).end() <= end; t++) {
            if (!cues.isFirstName(tokens.get(t).text()) || !tokens.get(t + 1).isCapitalized()) {
                continue;
            }
            int from = t;
            while (from > first && t - from < PERSON_PHRASE_REACH && !endsAPhrase(context, tokens.get(from - 1))) {
                from--;
            }
            int to = t + 1;
            while (to < tokens.size() && to - t < PERSON_PHRASE_REACH && tokens.get(to).end() <= end
                    && !endsAPhrase(context, tokens.get(to))) {
                to++;
            }
            int phraseStart = tokens.get(from).start();
            int phraseEnd = to < tokens.size() ? Math.min(end, tokens.get(to).start()) : end;
            if (mentionsIn(context, phraseStart, phraseEnd).isEmpty() && context.countriesNear(phraseStart, phraseEnd)
                    .stream().noneMatch(c -> c.start() >= phraseStart && c.end() <= phraseEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens read each way from a given name for the phrase it stands in: "le président ouzbek Shavkat Mirziyoyev". */
    private static final int PERSON_PHRASE_REACH = 12;

    private boolean endsAPhrase(ArticleContext context, Token token) {
        return token.text().equals(",") || cues.is(WordRole.COORDINATOR, context.foldedWord(token));
    }

    private boolean hasCueWord(String folded, int start, int end, PartyCue... roles) {
        for (String word : folded.substring(start, end).split("[^\\p{L}]+")) {
            for (PartyCue role : roles) {
                if (cues.is(role, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void note(List<String> how, List<Party> found, String rule) {
        if (how != null && !found.isEmpty()) {
            how.add(Trace.label(found) + " " + rule);
        }
    }

    private boolean introducesParty(ArticleContext context, Token token, int verbStart) {
        String word = TextNormalizer.fold(token.text());
        return cues.is(PartyCue.BETWEEN, word) || token.start() >= verbStart && (cues.is(PartyCue.WITH, word)
                || cues.is(PartyCue.AGENT, word) && inVerbClause(context.folded(), verbStart, token.start()));
    }

    /**
     * "signé par X et Y" names the signatories; "…, indique un communiqué publié par la délégation"
     * names who published, past a comma: an agent counts only in the clause of the signing verb.
     */
    private static boolean inVerbClause(String folded, int verbStart, int agentStart) {
        // Kept in code: a comma or semicolon ends the clause, as in the other list and clause tests; but a short
        // insert between two commas goes on with it ("a été signé, ce mardi 20 mai, à Alger par le ministre")
        if (Words.indexWithin(folded, ";", verbStart, agentStart) >= 0) {
            return false;
        }
        int first = Words.indexWithin(folded, ",", verbStart, agentStart);
        if (first < 0) {
            return true;
        }
        int second = Words.indexWithin(folded, ",", first + 1, agentStart);
        return second > 0 && Words.indexWithin(folded, ",", second + 1, agentStart) < 0
                && folded.substring(first + 1, second).strip().split(" +").length <= INSERT_WORDS;
    }

    /** Most words of an insert between two commas inside a verb's clause: "ce mardi 20 mai". */
    private static final int INSERT_WORDS = 5;

    /**
     * "signé par le PDG de X et, pour l'État du Qatar, par le général Y": a second agent after an
     * insert naming on whose behalf it signed. The start of the insert, or -1 when the token is no such agent.
     */
    private int behalfInsertBefore(ArticleContext context, Token token, int verbStart) {
        String folded = context.folded();
        if (token.start() < verbStart || !cues.is(PartyCue.AGENT, TextNormalizer.fold(token.text()))) {
            return -1;
        }
        int second = folded.lastIndexOf(',', token.start() - 1);
        int first = second > verbStart ? folded.lastIndexOf(',', second - 1) : -1;
        if (first < verbStart || !folded.substring(second + 1, token.start()).isBlank()) {
            return -1;
        }
        String insert = folded.substring(first + 1, second).strip();
        int space = insert.indexOf(' ');
        String before = folded.substring(verbStart, first).strip();
        return space > 0 && cues.is(PartyCue.BEHALF, insert.substring(0, space))
                && cues.is(WordRole.LIST_JOINER, Words.wordBefore(folded, first)) && inVerbClause(folded, verbStart, first)
                && !before.isEmpty() ? first + 1 : -1;
    }

    /**
     * The parties named in [zoneStart, verbStart), but for a subordinate clause and its comma ("Un an
     * après, alors que Colombo ménage Pékin et New Delhi, le chef du gouvernement a conclu"): the
     * countries it names are the clause's.
     */
    private List<Party> subjectMentions(ArticleContext context, int zoneStart, int verbStart) {
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
            List<Party> mentions = new ArrayList<>(mentionsIn(context, zoneStart, clause));
            mentions.addAll(mentionsIn(context, comma + 1, verbStart));
            return mentions;
        }
        return mentionsIn(context, zoneStart, verbStart);
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

    /** After an opening adverbial ("En marge du sommet, …") the subject starts past the comma. */
    private int subjectStart(ArticleContext context, Sentence sentence, int verbStart) {
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
    int sidesEnd(ArticleContext context, int from, int sentenceEnd) {
        return throughList(context, from, withApposition(context, from, phraseEnd(context, from, sentenceEnd), sentenceEnd),
                sentenceEnd);
    }

    /** "avec la compagnie nationale des chemins de fer, Ouzbekistan Temir Yullari (UTY)": the name in apposition. */
    private int withApposition(ArticleContext context, int from, int end, int sentenceEnd) {
        boolean comma = end < sentenceEnd && context.text().text().charAt(end) == ',';
        return comma && mentionsIn(context, from, end).isEmpty() ? phraseEnd(context, end + 1, sentenceEnd) : end;
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
        int appositions = mentionsIn(context, from, end).size() == 1 ? 0 : MAX_APPOSITION_PARTS;
        for (int parts = 0; parts < MAX_LIST_PARTS && at < sentenceEnd && folded.charAt(at) == ','; parts++) {
            int partEnd = phraseEnd(context, at + 1, sentenceEnd);
            List<Party> part = mentionsIn(context, at + 1, partEnd);
            // "entre la délégation venue de Pékin, et des officiels kényans": the last part may open with its joiner
            boolean joined = cues.hasWord(WordRole.LIST_JOINER, " " + firstWord(folded, at + 1, partEnd) + " ");
            boolean last = cues.hasWord(WordRole.LIST_JOINER, " " + folded.substring(at + 1, partEnd) + " ");
            String opening = firstWord(folded, at + 1, partEnd);
            if ((cues.is(WordRole.OF, opening) || cues.is(WordRole.DESCRIPTOR_LINK, opening))
                    && cues.hasWord(WordRole.OFFICE_HEAD, " " + folded.substring(from, at) + " ")) {
                // "par le ministère du Développement, de l'Investissement et de la Coopération et le directeur du
                // Fonds X": an office's name goes on past its commas
                if (!part.isEmpty() && last) {
                    return partEnd;
                }
                at = partEnd;
                continue;
            }
            if (part.isEmpty() && !joined && (parts == 0 || parts == appositions && appositions < MAX_APPOSITION_PARTS)) {
                // "entre X, le plus grand groupe du pays, et Y", "entre X, représenté par son président, M. Z, et Y":
                // an apposition between the parties, of one or two parts
                appositions++;
                at = partEnd;
                continue;
            }
            if (part.isEmpty() && joined) {
                // "entre X, ministre tunisien, et Marie Y, directrice du département Maghreb, Moyen-Orient à la Banque
                // mondiale, pour …": the last side is a person, whose apposition names what she signs for
                return personsApposition(context, partEnd, sentenceEnd, reached);
            }
            if (part.isEmpty() && isAName(context, at + 1, partEnd)) {
                at = partEnd; // "…, le directeur général de l'ONE, Younes Maamar, et par …": the signatory's name
                continue;
            }
            if (!part.isEmpty() && !joined && opensWithPosition(folded, at + 1, partEnd)) {
                // "par X, PDG de la banque Y et Z, ministre nigériane de l'Économie", "par le ministre X, Y, le
                // directeur général de l'ONE, Z, et par …": a signatory's position names its side
                if (last) {
                    // "X, président de la BAD et Y, président de la BID": the joined person's own position follows
                    int next = partEnd < sentenceEnd && folded.charAt(partEnd) == ',' ? phraseEnd(context, partEnd + 1, sentenceEnd) : -1;
                    return next > 0 && opensWithPosition(folded, partEnd + 1, next)
                            && !mentionsIn(context, partEnd + 1, next).isEmpty() ? next : partEnd;
                }
                reached = partEnd;
                at = partEnd;
                continue;
            }
            if (part.isEmpty() || !joined && !opensWithMention(context, at + 1, partEnd)) {
                return reached;
            }
            if (last) {
                return partEnd;
            }
            at = partEnd; // a list goes on only to its joiner: "avec le Kenya, la France a aussi …" is none
        }
        return reached;
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
            List<Party> part = mentionsIn(context, at + 1, partEnd);
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

    /**
     * "Westinghouse avait attaqué KHNP en justice. Les deux parties ont finalement paraphé un accord": a
     * subject of two sides that may be organizations stands for the two the sentence before names, when it
     * names two and no more; empty otherwise.
     */
    private List<Party> pairOfOrganizationsBefore(ArticleContext context, Sentence sentence, int zoneStart, int verbStart) {
        if (sentence.index() == 0 || verbStart <= zoneStart
                || cues.organizationPairs.findLongest(context.folded().substring(zoneStart, verbStart)).isEmpty()) {
            return List.of();
        }
        Sentence before = context.sentences().get(sentence.index() - 1);
        Set<Party> organizations = new LinkedHashSet<>();
        mentionsIn(context, before.start(), before.end()).stream().filter(p -> p.organization() != null)
                .forEach(organizations::add);
        return organizations.size() == 2 ? new ArrayList<>(organizations) : List.of();
    }

    /** How many countries a collective ("les deux pays", "les trois États") in [start, end) stands for; 0 if none. */
    private int collectiveCount(ArticleContext context, int start, int end) {
        int count = 0;
        if (end > start) {
            for (PhraseMatcher.Match<String> m : cues.collectives.findLongest(context.folded().substring(start, end))) {
                count = Math.max(count, Integer.parseInt(m.values().get(0)));
            }
        }
        return count;
    }

    /** Countries and organizations in [start, end) that can sign: not places, not media. */
    List<Party> mentionsIn(ArticleContext context, int start, int end) {
        List<int[]> positions = new ArrayList<>();
        List<Party> found = new ArrayList<>();
        for (OrganizationHit org : context.organizationsNear(start, end)) {
            if (org.start() >= start && org.end() <= end
                    && (!"media".equals(org.organization().kind()) || signsAfterCue(context, org.start()))
                    && !isParentInApposition(context, org) && !isOpposed(context, org.start())) {
                positions.add(new int[] {org.start(), found.size()});
                found.add(Party.organization(org.organization()));
            }
        }
        for (CountryHit country : context.countriesNear(start, end)) {
            if (country.start() >= start && country.end() <= end && canSign(context, country)
                    && !isOpposed(context, country.start())) {
                positions.add(new int[] {country.start(), found.size()});
                found.add(Party.country(country.iso2()));
            }
        }
        positions.sort((a, b) -> a[0] - b[0]);
        List<Party> ordered = new ArrayList<>();
        positions.forEach(p -> ordered.add(found.get(p[1])));
        return ordered;
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
            return false;
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
        int complement = country.start();
        String before = Words.wordBefore(folded, complement);
        if (cues.is(WordRole.DETERMINER, before) && !cues.is(WordRole.OF, before)) {
            complement = Words.previousWordStart(folded, complement);
            before = Words.wordBefore(folded, complement);
        }
        if (!cues.is(WordRole.OF, before)) {
            return false;
        }
        int of = Words.previousWordStart(folded, complement);
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

    /** A demonym a few words before an organization's name, with no comma or "et" between, describes it. */
    private boolean describes(ArticleContext context, CountryHit country, OrganizationHit org) {
        if (country.type() != MentionType.DEMONYM || org.start() < country.end() || org.start() - country.end() > DESCRIBING_REACH) {
            return false;
        }
        String between = context.folded().substring(country.end(), org.start());
        // "le gouvernement béninois a signé avec la Banque X": a "with", "between" or "by" cue opens a party of its own
        return !between.contains(",") && !cues.hasWord(WordRole.LIST_JOINER, between) && !between.contains(";")
                && !hasCueWord(context.folded(), country.end(), org.start(), PartyCue.WITH, PartyCue.BETWEEN, PartyCue.AGENT);
    }

    /** Most spaces between an organization's name and a demonym that says its nationality. */
    private static final int NAME_GAP = 2;

    /** "le Service national d'apprentissage colombien": a demonym right after an organization's name is its nationality. */
    private static boolean followsAnOrganization(ArticleContext context, CountryHit country) {
        String text = context.text().text();
        int before = country.start();
        while (before > 0 && country.start() - before < NAME_GAP && text.charAt(before - 1) == ' ') {
            before--;
        }
        if (before == country.start()) {
            return false;
        }
        int nameEnd = before;
        return context.organizationsNear(nameEnd - 1, nameEnd).stream().anyMatch(o -> o.end() == nameEnd);
    }

    private boolean canSign(ArticleContext context, CountryHit country) {
        if (country.place() || country.type() == MentionType.NAME && isHomeOfOrganization(context, country)) {
            return false;
        }
        for (OrganizationHit org : context.organizationsNear(country.start(), country.end() + DESCRIBING_REACH)) {
            if (org.overlaps(country.start(), country.end()) || describes(context, country, org)) {
                return false; // "la société péruvienne FAME": the demonym describes the company
            }
        }
        if (country.type() == MentionType.DEMONYM) {
            return !followsAnOrganization(context, country);
        }
        String before = Words.wordBefore(context.folded(), country.start());
        String beforeArticle = cues.is(WordRole.LOCATIVE_ARTICLE, before)
                ? Words.wordBefore(context.folded(), Words.previousWordStart(context.folded(), country.start()))
                : before;
        return !cues.is(PartyCue.LOCATIVE, before) && !cues.is(PartyCue.LOCATIVE, beforeArticle);
    }
}
