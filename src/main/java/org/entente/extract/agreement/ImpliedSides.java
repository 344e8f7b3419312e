package org.entente.extract.agreement;

import java.util.List;
import java.util.Set;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/** The sides a sentence implies without naming them: the press's own country beside an office, a host, a visit's country. */
final class ImpliedSides {
    private final AgreementCues cues;
    private final SignableMentions signable;

    ImpliedSides(AgreementCues cues, SignableMentions signable) {
        this.cues = cues;
        this.signable = signable;
    }

    /**
     * Adds to {@code parties}, found in a sentence whose subject is [zoneStart, verbStart), the sides it implies
     * without naming them, noting in {@code how} (when not null) which rule found whom.
     */
    void addTo(ArticleContext context, Sentence sentence, int zoneStart, int verbStart, Set<Party> parties, List<String> how) {
        addOtherPrincipal(context, sentence, zoneStart, verbStart, parties, how);
        addBesideOrganization(context, sentence, zoneStart, verbStart, parties, how);
        if (parties.size() == 1 && parties.iterator().next().organization() == null) {
            Party host = visitedCountry(context, sentence, parties.iterator().next());
            if (host != null) {
                parties.add(host);
                Trace.note(how, List.of(host), "the country of a visit in its sentence ('la visite en Arabie saoudite du "
                        + "président français'): the host");
            }
        }
    }

    /** A lone country beside an office or a leader named without a country: the article's other principal country. */
    private void addOtherPrincipal(ArticleContext context, Sentence sentence, int zoneStart, int verbStart, Set<Party> parties,
            List<String> how) {
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
                Trace.note(how, List.of(home), "signed by an office or a leader named without a country ('le ministre de "
                        + "l'Énergie', 'et le prince héritier'): the article's other principal country");
            }
        }
    }

    /** A lone organization beside an office or a person named without a country: the article's principal country or organization. */
    private void addBesideOrganization(ArticleContext context, Sentence sentence, int zoneStart, int verbStart,
            Set<Party> parties, List<String> how) {
        Party only = parties.size() == 1 ? parties.iterator().next() : null;
        String office = only != null && only.organization() != null && signsWithoutCountry(context, sentence, zoneStart, verbStart)
                ? context.principalCountryBut(only.organization().countryIso2()) : null;
        if (office != null) {
            // "signé par le ministre de l'Économie, X, et le directeur de la banque Y": the press names its own
            // country's ministers without it, beside the organization that signs with them
            parties.add(Party.country(office));
            Trace.note(how, List.of(Party.country(office)), "signed by an office named without a country beside an "
                    + "organization: the article's principal country");
            only = null;
        }
        Organization about = only != null && only.organization() != null
                && namesAPersonWithoutCountry(context, zoneStart, verbStart)
                ? context.principalOrganizationBut(only.organization()) : null;
        if (about != null) {
            // "X et Y, président de la start-up Z, ont signé un accord", in an article about W: X heads W
            parties.add(Party.organization(about));
            Trace.note(how, List.of(Party.organization(about)), "a person named without country or organization beside "
                    + "an organization's: the article's principal organization");
        }
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
        return other != null && signable.in(context, sentence.start(), sentence.end()).contains(other) ? other : null;
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
    Party officeOpeningBetween(ArticleContext context, int between, Party other, int end) {
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
        if (!signable.in(context, tokens.get(office).start(), phraseEndOffset).isEmpty()) {
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
            int apposed = apposedTo(context, t, first);
            if (!isOfficeOrLocalHead(context, office)
                    || !cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(t - 1))) && apposed < 0) {
                continue;
            }
            boolean inSubject = office.start() < verbStart;
            // "signé par le ministre de …", "signée par Moulay X, ministre de l'Industrie": the agent, then the office
            int agentAt = apposed >= 0 ? agentBefore(context, apposed, first) : t - 2;
            boolean agent = agentAt >= first && tokens.get(agentAt).start() >= verbStart
                    && cues.is(PartyCue.AGENT, context.foldedWord(tokens.get(agentAt)))
                    && PartyOpeners.inVerbClause(context.folded(), verbStart, tokens.get(agentAt).start());
            if (!inSubject && !agent) {
                continue;
            }
            int end = t + 1;
            // up to a comma, another office, or "et" and an article opening another signatory ("le ministre de
            // l'Économie et l'ambassadeur de Chine"; "et des Finances" goes on with the portfolio)
            while (end < tokens.size() && tokens.get(end).start() < sentence.end() && !tokens.get(end).text().equals(",")
                    && !isOfficeOrLocalHead(context, tokens.get(end)) && !opensAnotherSignatory(context, end)) {
                end++;
            }
            int phraseEnd = end < tokens.size() ? Math.min(tokens.get(end).start(), sentence.end()) : sentence.end();
            if (signable.in(context, office.start(), phraseEnd).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Most words of a person's name an office is apposed to: "Moulay Hafid El Alamy, ministre de l'Industrie". */
    private static final int APPOSED_NAME_WORDS = 5;

    /**
     * "Moulay Hafid El Alamy, ministre de l'Industrie": when the office at {@code t} follows a comma and a person's
     * name (capitalized words), the index of the name's first token; -1 otherwise.
     */
    private static int apposedTo(ArticleContext context, int t, int first) {
        List<Token> tokens = context.tokens();
        if (t - 2 < first || !tokens.get(t - 1).text().equals(",")) {
            return -1;
        }
        int name = t - 2;
        while (name - 1 >= first && t - 1 - name < APPOSED_NAME_WORDS && tokens.get(name - 1).isWord()
                && tokens.get(name - 1).isCapitalized()) {
            name--;
        }
        return tokens.get(name).isWord() && tokens.get(name).isCapitalized() && t - 2 - name < APPOSED_NAME_WORDS ? name : -1;
    }

    /** Most tokens between the agent "par" and the last of the persons it names: "par X, ministre …, et Y". */
    private static final int AGENT_REACH = 20;

    /**
     * The "par" that names the person starting at {@code name}: right before it, or before a list of persons that ends
     * with it ("par Laura X, ministre des Sports et Rachid Y, ministre …"); -1 when none.
     */
    private int agentBefore(ArticleContext context, int name, int first) {
        List<Token> tokens = context.tokens();
        if (name - 1 >= first && cues.is(PartyCue.AGENT, context.foldedWord(tokens.get(name - 1)))) {
            return name - 1;
        }
        if (name - 1 < first || !cues.is(WordRole.COORDINATOR, context.foldedWord(tokens.get(name - 1)))) {
            return -1;
        }
        for (int t = name - 2; t >= first && name - t <= AGENT_REACH; t--) {
            String word = context.foldedWord(tokens.get(t));
            if (word.equals(";") || word.equals(".")) {
                return -1;
            }
            if (cues.is(PartyCue.AGENT, word)) {
                return t;
            }
        }
        return -1;
    }

    /** Whether the token at {@code t} is "et" with a definite article right after it. */
    private boolean opensAnotherSignatory(ArticleContext context, int t) {
        List<Token> tokens = context.tokens();
        return t + 1 < tokens.size() && cues.is(WordRole.COORDINATOR, context.foldedWord(tokens.get(t)))
                && cues.is(WordRole.DEFINITE_ARTICLE, context.foldedWord(tokens.get(t + 1)));
    }

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
                        && signable.in(context, title, end).isEmpty();
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
            // "Vladimir Poutine", or a civility before a surname: "M. Trudeau"
            // (not "M. Préval, le président haïtien,": an apposition may say whose)
            boolean civility = t > first && isCivility(context, tokens, t - 1) && tokens.get(t).isCapitalized()
                    && tokens.get(t).isWord() && !tokens.get(t + 1).text().equals(",");
            if (!civility && (!cues.isFirstName(tokens.get(t).text()) || !tokens.get(t + 1).isCapitalized())) {
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
            if (signable.in(context, phraseStart, phraseEnd).isEmpty() && context.countriesNear(phraseStart, phraseEnd)
                    .stream().noneMatch(c -> c.start() >= phraseStart && c.end() <= phraseEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is a civility before a name: "M.", "Mme" (a person's title that names no office). */
    private boolean isCivility(ArticleContext context, List<Token> tokens, int t) {
        String word = context.foldedWord(tokens.get(t));
        if (word.equals(".") && t > 0) {
            word = context.foldedWord(tokens.get(t - 1)) + ".";
        }
        return cues.is(WordRole.CIVILITY, word);
    }

    /** Most tokens read each way from a given name for the phrase it stands in: "le président ouzbek Shavkat Mirziyoyev". */
    private static final int PERSON_PHRASE_REACH = 12;

    private boolean endsAPhrase(ArticleContext context, Token token) {
        return token.text().equals(",") || cues.is(WordRole.COORDINATOR, context.foldedWord(token));
    }
}
