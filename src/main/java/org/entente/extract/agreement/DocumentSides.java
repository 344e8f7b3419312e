package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.country.CountryHit;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Party;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Words;

/**
 * The sides of a document that its sentence's subject does not give: its own "entre", the article's other
 * principal country or organization, a client country, a borrower; each added with why, as {@code how}.
 */
final class DocumentSides {
    /** Most words after the verb read for "avec" and "par": a clause's, not a long sentence's. */
    private static final int AFTER_VERB_WORDS = 30;
    /** Most words between a funding document and the body that lends it: "un prêt de 50 millions de dollars de la". */
    private static final int LENDER_WORDS = 8;

    private final AgreementCues cues;
    private final PartyFinder partyFinder;
    private final OwnSides ownSides;
    private final PlaceResolver placeResolver;
    private final SignableMentions signable;

    DocumentSides(AgreementCues cues, PartyFinder partyFinder, OwnSides ownSides, PlaceResolver placeResolver,
                  SignableMentions signable) {
        this.cues = cues;
        this.signable = signable;
        this.partyFinder = partyFinder;
        this.ownSides = ownSides;
        this.placeResolver = placeResolver;
    }

    /**
     * The sides the sentence names beside its subject: the document's own, after its "entre"; for a new document
     * ({@code determiner} indefinite) or a joint declaration quoted ({@code quoting}), the other principal country.
     */
    void addNamedBeside(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                        String determiner, boolean quoting, List<Party> parties, List<String> how) {
        Sentence sentence = sentenceCues.sentence();
        int objectEnd = TriggerNeighbours.objectEnd(context, sentenceCues, trigger);
        List<Party> own = ownSides.of(context, sentence, trigger.end(), objectEnd);
        if (!own.isEmpty() && !Set.copyOf(own).equals(Set.copyOf(parties))) {
            // "les deux pays ont signé …, un accord de partenariat entre le fonds X et le groupe Y": its own sides
            parties.clear();
            parties.addAll(own);
            how.add(Trace.label(own) + " after the document's own 'entre', before the next document of its sentence");
        } else if (sentenceCues.kinds().size() > 1) {
            keepOwnCounterparts(context, sentenceCues, trigger, objectEnd, parties, how);
            leaveOthersSides(context, sentenceCues, trigger, objectEnd, parties, how);
        }
        Party other = cues.is(WordRole.INDEFINITE, determiner) ? partyFinder.otherPrincipalNamedIn(context, sentence, parties) : null;
        if (other != null) {
            // a new document ("un contrat signé") with one side in a party's place: the other principal country
            // the sentence names elsewhere is its other side
            parties.add(other);
            how.add(Trace.label(List.of(other)) + " the article's other principal country, named elsewhere in the "
                    + "sentence of a document introduced as new ('" + determiner + "')");
        }
        if (parties.size() == 1 && quoting && parties.get(0).organization() == null
                && context.principalCountries(2).contains(parties.get(0).countryIso2())) {
            // "…, indique un communiqué conjoint publié à la fin de la visite de Modi": a joint text quoted, so the
            // article's other principal country beside the one named (a leader said to sign one alone is not enough)
            String home = context.principalCountryBut(parties.get(0).countryIso2());
            if (home != null) {
                parties.add(Party.country(home));
                how.add(home + ": a joint declaration names one side, the article's other principal country");
            }
        }
    }

    /**
     * "La Chine a signé un accord sur les routes avec le Kenya et un mémorandum sur la santé avec l'Ouganda": of the
     * sides named after the verb, a document of several keeps only those after its own "avec", beside its subject's.
     */
    private void keepOwnCounterparts(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                     int objectEnd, List<Party> parties, List<String> how) {
        Sentence sentence = sentenceCues.sentence();
        int verb = sentenceCues.verbStart();
        if (verb >= trigger.start()) {
            return; // a document named before its verb ("l'accord … signé avec X"): its "avec" is the sentence's
        }
        List<Party> counterparts = ownSides.counterparts(context, sentence, trigger.end(), objectEnd);
        if (counterparts.isEmpty() || !parties.containsAll(counterparts)) {
            return;
        }
        List<Party> others = new ArrayList<>(signable.in(context, verb, sentence.end()));
        others.removeAll(counterparts);
        List<Party> subject = signable.in(context, sentence.start(), verb);
        List<Party> kept = new ArrayList<>(parties);
        kept.removeIf(p -> others.contains(p) && !subject.contains(p));
        if (kept.size() >= 2 && kept.size() < parties.size()) {
            parties.retainAll(kept);
            how.add(Trace.label(counterparts) + " after the document's own 'avec': the other documents' counterparts left to them");
        }
    }

    /**
     * "Un mémorandum sur la formation, un protocole entre l'agence X et l'institut Y … ont été paraphés": a document
     * with no sides of its own (its object ending at {@code objectEnd}) leaves to the others of its sentence those
     * their own "entre" names and, after the verb with no "avec" of its own, those the documents after it name after
     * their own "avec"; left with fewer than two, it is the article's principal countries'.
     */
    private void leaveOthersSides(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                  int objectEnd, List<Party> parties, List<String> how) {
        Sentence sentence = sentenceCues.sentence();
        List<Party> others = new ArrayList<>();
        // "Parmi les textes paraphés figurent un accord sur …, un contrat … et un protocole … avec l'AFD": a document
        // after the verb with no "avec" of its own leaves those of the documents after it to them
        boolean withOfItsOwn = trigger.start() < sentenceCues.verbStart()
                || !ownSides.counterparts(context, sentence, trigger.end(), objectEnd).isEmpty();
        for (PhraseMatcher.Match<String> other : sentenceCues.kinds()) {
            if (other.start() != trigger.start()) {
                int otherEnd = TriggerNeighbours.objectEnd(context, sentenceCues, other);
                others.addAll(ownSides.anyOf(context, sentence, other.end(), otherEnd));
                if (!withOfItsOwn && other.start() > trigger.start()) {
                    others.addAll(ownSides.counterparts(context, sentence, other.end(), otherEnd));
                }
            }
        }
        if (others.isEmpty() || parties.stream().noneMatch(others::contains)) {
            return;
        }
        parties.removeAll(others);
        if (parties.size() < 2) {
            parties.clear();
            context.principalCountries().forEach(iso2 -> parties.add(Party.country(iso2)));
        }
        how.add(Trace.label(parties) + ": the sides other documents of the sentence name by their own 'entre' or 'avec' "
                + "left to them");
    }

    /** The sides the article implies where the sentence names none, or one only. */
    void addImplied(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                    List<Party> parties, List<String> how) {
        addArticleCountries(context, sentenceCues, trigger, parties, how);
        addLenderAfter(context, sentenceCues.sentence(), trigger, parties, how);
        addBesideOneOrganization(context, sentenceCues, trigger, parties, how);
        addHyphenatedPair(context, sentenceCues.sentence(), trigger, parties, how);
    }

    /**
     * "une cérémonie de signature d'accords relatifs à la coopération maroco-nigériane": fewer than two sides named,
     * a pair of demonyms joined by a hyphen after the trigger names the two states, those named being among them.
     */
    private static void addHyphenatedPair(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                                          List<Party> parties, List<String> how) {
        if (parties.size() >= 2) {
            return;
        }
        String text = context.text().text();
        CountryHit first = null;
        for (CountryHit hit : context.countriesNear(trigger.end(), sentence.end())) {
            if (hit.start() < trigger.end() || hit.end() > sentence.end() || hit.place()
                    || hit.type() != MentionType.DEMONYM) {
                continue;
            }
            if (first != null && hit.start() == first.end() + 1 && text.charAt(first.end()) == '-'
                    && !hit.iso2().equals(first.iso2())) {
                List<Party> pair = List.of(Party.country(first.iso2()), Party.country(hit.iso2()));
                if (pair.containsAll(parties)) {
                    pair.stream().filter(p -> !parties.contains(p)).forEach(parties::add);
                    how.add(Trace.label(pair) + ": the states of the hyphenated demonyms after the trigger");
                }
                return;
            }
            first = hit;
        }
    }

    /**
     * "La BOAD a bénéficié d'une ligne de crédit de l'AFD", "le Kenya a obtenu un prêt de 50 millions de dollars de
     * la Banque mondiale": one side named, the organization a funding document is "de", a few words on, lends it.
     */
    private void addLenderAfter(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger,
                                List<Party> parties, List<String> how) {
        if (parties.size() != 1 || !isFunding(context.folded(), trigger)) {
            return;
        }
        String folded = context.folded();
        for (OrganizationHit hit : context.organizationsNear(trigger.end(), sentence.end())) {
            if (hit.start() < trigger.end() || hit.start() >= sentence.end()) {
                continue;
            }
            if (!isLenderOf(folded, trigger.end(), hit.start()) || "media".equals(hit.organization().kind())) {
                return;
            }
            Party lender = Party.organization(hit.organization());
            if (!parties.contains(lender)) {
                parties.add(lender);
                how.add(Trace.label(List.of(lender)) + " after 'de', a few words after a funding document: its lender");
            }
            return;
        }
    }

    /** Whether only an amount and "de" part a funding document from the name at {@code nameStart}, no punctuation. */
    private boolean isLenderOf(String folded, int from, int nameStart) {
        String between = folded.substring(from, nameStart);
        if (between.contains(", ") || between.contains(";") || between.contains(":") || between.contains("(")) {
            return false;
        }
        List<String> words = List.of(between.strip().split("[^\\p{L}\\p{N}]+"));
        if (words.size() > LENDER_WORDS || words.stream().anyMatch(w -> cues.is(WordRole.PURPOSE, w)
                || cues.is(PartyCue.WITH, w) || cues.is(PartyCue.BETWEEN, w) || cues.is(PartyCue.AGENT, w))) {
            return false;
        }
        String last = Words.wordBefore(folded, nameStart);
        String opening = cues.is(WordRole.DEFINITE_ARTICLE, last)
                ? Words.wordBefore(folded, Words.previousWordStart(folded, nameStart)) : last;
        return cues.is(WordRole.OF, opening);
    }

    /** No side named: the article's principal countries, its three for a trilateral document. */
    private void addArticleCountries(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger,
                                     List<Party> parties, List<String> how) {
        if (parties.isEmpty() && !leavesStatesUnnamed(context, sentenceCues)) {
            context.principalCountries().forEach(iso2 -> parties.add(Party.country(iso2)));
            how.add(Trace.label(parties) + ": no party named in the sentence, the article's principal countries");
        }
        if (parties.size() < 3 && cues.is(WordRole.TRILATERAL, Words.wordAfter(context.folded(), trigger.end()))
                && context.principalCountries(3).size() == 3) {
            // "Une déclaration conjointe tripartite a été signée": the article's three principal countries
            for (String iso2 : context.principalCountries(3)) {
                if (parties.size() < 3 && !parties.contains(Party.country(iso2))) {
                    parties.add(Party.country(iso2));
                }
            }
            how.add(Trace.label(parties) + ": a trilateral document, the article's three principal countries");
        }
    }

    /** "plusieurs pays ont signé un accord avec la Banque": states the subject leaves unnamed are not the article's. */
    private boolean leavesStatesUnnamed(ArticleContext context, SentenceCues sentenceCues) {
        int subjectStart = sentenceCues.sentence().start();
        return sentenceCues.verbStart() > subjectStart && !cues.unnamedStates.findLongest(
                context.folded().substring(subjectStart, sentenceCues.verbStart())).isEmpty();
    }

    /** One organization named alone: the country where its document is, its borrower, or its partner the article is about. */
    private void addBesideOneOrganization(ArticleContext context, SentenceCues sentenceCues,
                                          PhraseMatcher.Match<String> trigger, List<Party> parties, List<String> how) {
        Sentence sentence = sentenceCues.sentence();
        if (parties.size() == 1 && parties.get(0).organization() != null
                && ("contract".equals(trigger.values().get(0)) || parties.get(0).organization().countryIso2() != null)) {
            // "TotalEnergies signe un contrat de 23 milliards en Irak", "X a signé un protocole d'accord pour la mine
            // de Y en Mongolie": an organization's document in another country than its own, no other side named,
            // is with it; a contract, whoever signs it
            String client = placeResolver.countryAfterLocative(context, sentence.start(), sentence.end());
            if (client != null && !client.equals(parties.get(0).organization().countryIso2())) {
                parties.add(Party.country(client));
                how.add(client + ": the country after 'en', 'au'… where the organization's document is");
            }
        }
        if (parties.size() == 1 && isLender(parties.get(0)) && isFunding(context.folded(), trigger)) {
            // "la BEI signera un contrat de financement pour moderniser le corridor": a bank's loan or grant,
            // with no borrower named, is to the article's principal country (not the bank's own)
            addPrincipalBesideOrganization(context, parties, how, "a lender's financing with no borrower named");
        }
        // "Ce contrat a été signé le 6 mars avec Summa": the document is the subject, signed "avec" someone
        boolean subjectSignedWith = parties.size() == 1 && parties.get(0).organization() != null
                && trigger.end() <= sentenceCues.verbStart() && signedWithNoAgent(context, sentence, sentenceCues.verbStart());
        Organization principal = subjectSignedWith ? context.principalOrganizationBut(parties.get(0).organization()) : null;
        if (principal != null) {
            // "l'accord signé avec X renouvelle le précédent, a précisé Y": the document is the subject, signed with
            // X by the organization the article is about
            parties.add(Party.organization(principal));
            how.add(Trace.label(List.of(parties.get(1))) + ": the document is the subject, signed with an organization: "
                    + "the article's principal organization");
        }
        if (parties.size() == 1 && subjectSignedWith && isCompany(parties.get(0))) {
            // "Ce contrat a été signé le 6 mars avec Summa": the document is the subject, and who signed
            // with the company is the article's principal country (an international body's partner is not;
            // "signé par M. X et le groupe Y" names its signatories, and one of them is unknown)
            addPrincipalBesideOrganization(context, parties, how, "the document is the subject, signed with a company");
        }
    }

    /** Whether the words after the verb hold "avec" and no agent ("par"): "a été signé avec Summa". */
    private boolean signedWithNoAgent(ArticleContext context, Sentence sentence, int verbStart) {
        boolean with = false;
        int first = context.firstTokenFrom(verbStart);
        for (int t = first; t < context.tokens().size() && t - first < AFTER_VERB_WORDS
                && context.tokens().get(t).start() < sentence.end(); t++) {
            String word = context.foldedWord(context.tokens().get(t));
            if (cues.is(PartyCue.AGENT, word)) {
                return false;
            }
            with |= cues.is(PartyCue.WITH, word);
        }
        return with;
    }

    /** Adds the article's first principal country that is not the one organization's own, saying why. */
    private static void addPrincipalBesideOrganization(ArticleContext context, List<Party> parties, List<String> how,
                                                       String reason) {
        String iso2 = context.principalCountryBut(parties.get(0).organization().countryIso2());
        if (iso2 != null) {
            parties.add(Party.country(iso2));
            how.add(iso2 + ": " + reason + ": the article's principal country");
        }
    }

    private static boolean isLender(Party party) {
        return party.organization() != null && "financial".equals(party.organization().kind());
    }

    /** "accord de prêt", "contrat de financement": a funding word in the trigger or the two words after it. */
    private boolean isFunding(String folded, PhraseMatcher.Match<String> trigger) {
        List<String> words = new ArrayList<>(List.of(folded.substring(trigger.start(), trigger.end()).split("[^\\p{L}]+")));
        words.addAll(Words.wordsAfter(folded, trigger.end(), 2, folded.length()));
        return words.stream().anyMatch(word -> cues.is(WordRole.FUNDING, word));
    }

    private static boolean isCompany(Party party) {
        return party.organization() != null && party.organization().isCompany();
    }
}
