package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * Finds the signatories of an agreement in its sentence: the coordinated subject before the verb,
 * then "avec X", "entre X et Y" or "par X et Y"; "les deux pays" stands for the principal countries.
 */
final class PartyFinder {
    private final AgreementCues cues;
    private final SignableMentions signable;
    private final SidesExtent sidesExtent;
    private final SubjectZone subjectZone;
    private final PartyOpeners openers;
    private final ImpliedSides implied;

    private final SignatoryNames signatoryNames;
    /** The last article's surnames on this thread, with a weak reference to that article ({@code [article, map]}). */
    private final ThreadLocal<Object[]> lastStatesBySurname = ThreadLocal.withInitial(() -> new Object[2]);

    PartyFinder(AgreementCues cues, SignableMentions signable, SidesExtent sidesExtent) {
        this.signatoryNames = new SignatoryNames(cues);
        this.cues = cues;
        this.signable = signable;
        this.sidesExtent = sidesExtent;
        this.subjectZone = new SubjectZone(cues, signable);
        this.openers = new PartyOpeners(cues);
        this.implied = new ImpliedSides(cues, signable);
    }

    /** Parties of the sentence whose verb cue starts at {@code verbStart} (the sentence end if none). */
    List<Party> find(ArticleContext context, Sentence sentence, int verbStart) {
        return find(context, sentence, verbStart, null);
    }

    /** As {@link #find(ArticleContext, Sentence, int)}, adding to {@code how} (when not null) which rule found whom. */
    List<Party> find(ArticleContext context, Sentence sentence, int verbStart, List<String> how) {
        Set<Party> parties = new LinkedHashSet<>();
        int zoneStart = subjectZone.start(context, sentence, verbStart);
        int collective = addSubject(context, sentence, zoneStart, verbStart, parties, how);
        boolean subjectless = parties.isEmpty();
        boolean onlyWith = false;
        if (sides(parties) < 2 || collective > 2 || sellersInTheSubject(parties)) {
            onlyWith = addAfterCues(context, sentence, zoneStart, verbStart, collective, parties, how);
        }
        boolean sideUnnamed = subjectless && onlyWith && namesADocument(context, sentence, zoneStart, verbStart);
        if (sideUnnamed) {
            addUnnamedSide(context, parties, how);
        }
        if (sides(parties) < 2) {
            addNamedSignatories(context, zoneStart, sentence.end(), parties, how);
        }
        implied.addTo(context, sentence, zoneStart, verbStart, parties, how);
        if (sideUnnamed && parties.size() == 1) {
            addUnnamedSideOf(context, parties.iterator().next().organization(), parties, how);
        }
        return new ArrayList<>(parties);
    }

    /**
     * Adds the parties the subject in [zoneStart, verbStart) names or stands for (its counterpart, two organizations,
     * a collective); returns how many countries a collective there stands for, 0 if none.
     */
    private int addSubject(ArticleContext context, Sentence sentence, int zoneStart, int verbStart, Set<Party> parties,
            List<String> how) {
        List<Party> subject = subjectZone.mentions(context, zoneStart, verbStart);
        parties.addAll(subject);
        Trace.note(how, subject, "named in the subject, before the verb");
        if (subject.size() == 1 && cues.hasCueWord(context.folded(), zoneStart, verbStart, PartyCue.COUNTERPART)) {
            // "Le président chinois, en visite au Brésil, et son homologue ont signé": the other principal country
            context.principalCountries(2).stream().map(Party::country).filter(p -> !subject.contains(p)).findFirst()
                    .ifPresent(other -> {
                        parties.add(other);
                        Trace.note(how, List.of(other), "the counterpart ('son homologue') of the subject: the article's other principal country");
                    });
        }
        List<Party> opening = subject.isEmpty() ? subjectZone.pairNamedInTheOpening(context, sentence, zoneStart, verbStart) : List.of();
        parties.addAll(opening);
        Trace.note(how, opening, "from a subject of two sides ('les deux parties') after an opening that names them");
        List<Party> pair = subject.isEmpty() && opening.isEmpty()
                ? subjectZone.pairOfOrganizationsBefore(context, sentence, zoneStart, verbStart) : List.of();
        parties.addAll(pair);
        Trace.note(how, pair, "from a subject of two sides ('les deux parties', 'les deux groupes'): the two organizations "
                + "the sentences before name");
        int collective = pair.isEmpty() && opening.isEmpty() ? subjectZone.collectiveCount(context, zoneStart, verbStart) : 0;
        List<String> principal = context.principalCountries(collective);
        principal.forEach(iso2 -> parties.add(Party.country(iso2)));
        if (!principal.isEmpty() && how != null) {
            how.add(principal + " from a collective subject ('les deux pays'...): the article's principal countries");
        }
        return collective;
    }

    /** Whether a document's noun is the subject: "Un accord a été signé", not "Nous avons signé" nor "M. X a signé". */
    private boolean namesADocument(ArticleContext context, Sentence sentence, int zoneStart, int verbStart) {
        return context.phrasesIn(cues.kinds, sentence).stream().anyMatch(m -> m.start() >= zoneStart && m.end() <= verbStart);
    }

    /**
     * "Quatre accords ont été signés avec le Togo et le Bénin", "L'accord signé avec Bamako": a signing whose subject
     * names no side, and only states after "avec", leaves its own side unnamed: the organization the article is about,
     * else the first of its two principal countries not among them.
     */
    private static void addUnnamedSide(ArticleContext context, Set<Party> parties, List<String> how) {
        if (parties.isEmpty() || parties.stream().anyMatch(p -> p.organization() != null)) {
            return;
        }
        Organization about = context.principalOrganizationBut(null);
        // of the article's two principal countries, the first not among them
        String first = context.principalCountries().stream().filter(iso2 -> !parties.contains(Party.country(iso2)))
                .findFirst().orElse(null);
        Party unnamed = about != null ? Party.organization(about) : first != null ? Party.country(first) : null;
        if (unnamed != null && parties.add(unnamed)) {
            Trace.note(how, List.of(unnamed), "no side in the subject, only states after 'avec': the other side is the "
                    + "article's principal organization, else its principal country");
        }
    }

    /**
     * "Quatre accords ont été signés avec l'Agence X", when no other rule names a second side: the side left unnamed
     * is the organization the article is about when it is another, else the article's principal country that is not
     * the organization's home.
     */
    private static void addUnnamedSideOf(ArticleContext context, Organization counterpart, Set<Party> parties,
                                         List<String> how) {
        if (counterpart == null) {
            return;
        }
        Organization about = context.principalOrganizationBut(counterpart);
        String country = context.principalCountryBut(counterpart.countryIso2());
        Party unnamed = about != null ? Party.organization(about) : country != null ? Party.country(country) : null;
        if (unnamed != null && parties.add(unnamed)) {
            Trace.note(how, List.of(unnamed), "no side in the subject, one organization after 'avec': the other side is "
                    + "the article's principal organization, else its principal country other than the organization's home");
        }
    }

    /** "Airbus et Leonardo ont annoncé un contrat avec le Qatar": companies selling together, a state buying after "avec". */
    private static boolean sellersInTheSubject(Set<Party> parties) {
        return parties.size() >= 2 && parties.stream().allMatch(p -> p.organization() != null);
    }

    /**
     * Adds the parties the sentence's cues ("entre", "avec", "par") open, until two sides are named and no collective says
     * more; whether "avec" opened every party it added (and it added one).
     */
    private boolean addAfterCues(ArticleContext context, Sentence sentence, int zoneStart, int verbStart, int collective,
            Set<Party> parties, List<String> how) {
        boolean onlyWith = true;
        boolean added = false;
        List<Token> tokens = context.tokens();
        boolean sellers = sellersInTheSubject(parties);
        for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size()
                && tokens.get(t).start() < sentence.end(); t++) {
            boolean buyer = false;
            if (collective <= 2 && sides(parties) >= 2) {
                // "conclu entre X et Y, porte sur l'interconnexion entre les deux pays": the sides are named,
                // a later cue is part of what the document is about
                if (!sellers) {
                    break;
                }
                Token token = tokens.get(t);
                if (token.start() < verbStart || !cues.is(PartyCue.WITH, context.foldedWord(token))) {
                    continue;
                }
                if (!PartyOpeners.inVerbClause(context.folded(), verbStart, token.start())) {
                    break;
                }
                sellers = false;
                buyer = true;
            }
            Token token = tokens.get(t);
            int insert = token.end() <= sentence.end() ? openers.behalfInsertBefore(context, token, verbStart) : -1;
            // "Pendant que la guerre continue entre A et B, X a signé": an opening adverbial's "entre" joins no parties
            if (token.end() <= sentence.end() && (insert >= 0 || token.start() >= zoneStart
                    && openers.opensParties(context, token, verbStart))) {
                int end = sidesExtent.end(context, token.end(), sentence.end());
                List<Party> introduced = signable.in(context, insert >= 0 ? insert : token.end(), end);
                if (buyer) {
                    introduced = introduced.stream().filter(p -> p.organization() == null).toList();
                }
                parties.addAll(introduced);
                added |= !introduced.isEmpty();
                onlyWith &= introduced.isEmpty() || insert < 0 && cues.is(PartyCue.WITH, context.foldedWord(token));
                Trace.note(how, introduced, "after '" + token.text() + "'");
                Party home = introduced.size() == 1 && cues.is(PartyCue.BETWEEN, context.foldedWord(token))
                        ? implied.officeOpeningBetween(context, t, introduced.get(0), end) : null;
                if (home != null && parties.add(home)) {
                    Trace.note(how, List.of(home), "an office named without a country opens 'entre' ('entre le ministère de "
                            + "l'Agriculture et la société X'): the article's principal country beside the other side");
                }
                // "un protocole d'accord entre les deux parties": the two organizations the sentences before name, if so
                List<Party> pair = introduced.isEmpty() ? subjectZone.pairOfOrganizationsBefore(context, sentence, token.end(), end)
                        : List.of();
                parties.addAll(pair);
                Trace.note(how, pair, "after '" + token.text() + "', two sides ('les deux parties'): the two organizations "
                        + "the sentences before name");
                List<String> collectiveAfter = pair.isEmpty()
                        ? context.principalCountries(subjectZone.collectiveCount(context, token.end(), end)) : List.of();
                collectiveAfter.forEach(iso2 -> parties.add(Party.country(iso2)));
                onlyWith &= collectiveAfter.isEmpty() && home == null;
            }
        }
        return onlyWith && added;
    }

    /** As {@link ImpliedSides#otherPrincipalNamedIn}: the article's other principal country named beside a lone one. */
    Party otherPrincipalNamedIn(ArticleContext context, Sentence sentence, List<Party> parties) {
        return implied.otherPrincipalNamedIn(context, sentence, parties);
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
                Trace.note(how, List.of(party), "'" + token.text() + "', whom the article introduced as " + state + "'s");
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
}
