package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.Party;
import org.entente.extract.text.Sentence;

/**
 * Folds partnership talk into the named document between the same parties: "ont décidé de
 * renforcer leur coopération … Cette ambition figure dans la déclaration commune" is one agreement.
 */
final class AgreementMerger {

    /**
     * Drops partnerships that a document between the same parties covers, moving their sectors
     * over, and headline agreements that the body reports again.
     */
    void merge(List<AgreementDraft> drafts, List<AgreementDraft> headlines, List<AgreementDraft> statements) {
        mergeHeadlines(drafts, headlines);
        mergeRestatements(drafts);
        Documents documents = new Documents(drafts);
        Iterator<AgreementDraft> it = drafts.iterator();
        while (it.hasNext()) {
            AgreementDraft partnership = it.next();
            if (!partnership.isPartnership() || partnership.batch && partnership.count >= 2) {
                continue; // "13 partenariats ont été signés": documents, not a relationship a document covers
            }
            AgreementDraft document = documents.documentFor(partnership);
            // "ont porté leurs relations au rang de partenariat stratégique. … ont signé douze accords": a relationship
            // raised beside a batch of documents, in a sentence of its own, is no talk the batch covers
            if (document != null && !(document.batch && document.sentence.index() != partnership.sentence.index())) {
                if (!partnership.why.isEmpty()) {
                    document.why.add("absorbed the partnership of sentence " + (partnership.sentence.index() + 1)
                            + ": a document between the same parties covers it");
                }
                absorb(document, partnership);
                it.remove();
            }
        }
        for (AgreementDraft statement : statements) {
            AgreementDraft document = documents.documentFor(statement);
            if (document != null && statement.sentence.index() < document.sentence.index()) {
                absorb(document, statement);
            }
        }
    }

    /**
     * "Le Qatar et TotalEnergies ont signé deux accords. Des filiales de QatarEnergy et de TotalEnergies ont
     * signé deux accords …": the next sentence names the same documents, the state now by its own company;
     * one agreement, with the parties of both.
     */
    private static void mergeRestatements(List<AgreementDraft> drafts) {
        for (int j = drafts.size() - 1; j > 0; j--) {
            AgreementDraft earlier = drafts.get(j - 1);
            AgreementDraft later = drafts.get(j);
            if (restates(earlier, later)) {
                if (!later.why.isEmpty()) {
                    earlier.why.add("restated in sentence " + (later.sentence.index() + 1)
                            + " with a state's own company for the state: the same documents");
                }
                earlier.parties.addAll(later.parties);
                earlier.fillFrom(later);
                drafts.remove(j);
            }
        }
    }

    private static boolean restates(AgreementDraft earlier, AgreementDraft later) {
        return earlier.kind.equals(later.kind) && earlier.status.equals(later.status) && earlier.batch == later.batch
                && !later.another && later.sentence.index() - earlier.sentence.index() == 1
                && !earlier.parties.equals(later.parties)
                && standsFor(earlier.parties, later.parties) && standsFor(later.parties, earlier.parties);
    }

    /** Whether each party of {@code these} is one of {@code those}, or a state or its own company on the other side. */
    private static boolean standsFor(Set<Party> these, Set<Party> those) {
        for (Party p : these) {
            if (!those.contains(p) && those.stream().noneMatch(q -> ownCompany(p, q) || ownCompany(q, p))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code company} is a state company or agency of the state {@code state}. */
    private static boolean ownCompany(Party company, Party state) {
        return company.organization() != null && state.organization() == null
                && STATE_OWNED.contains(company.organization().kind())
                && state.countryIso2().equals(company.organization().countryIso2());
    }

    private static final Set<String> STATE_OWNED = Set.of("state_company", "state_agency");

    /** "Tachkent et Bichkek scellent un accord" in the title is the treaty the first paragraph details. */
    private static void mergeHeadlines(List<AgreementDraft> drafts, List<AgreementDraft> headlines) {
        for (AgreementDraft headline : headlines) {
            AgreementDraft body = drafts.stream().filter(d -> d.kind.equals(headline.kind) && reportsTheSame(d, headline))
                    .findFirst().orElse(drafts.stream().filter(d -> reportsTheSame(d, headline)).findFirst().orElse(null));
            if (body == null) {
                drafts.add(0, headline);
            } else {
                body.fillFrom(headline);
                body.headline = headline.sentence;
                Set<Party> sides = Set.copyOf(body.parties);
                // the documents of one batch, split before, share the headline's signatory
                drafts.stream().filter(d -> d.sentence == body.sentence && d.parties.equals(sides))
                        .forEach(d -> namesTheStatesOwnSignatory(d, headline));
            }
        }
    }

    /**
     * "Signature de plusieurs accords entre la Tunisie et l'Agence française de développement" over "quatre accords ont
     * été signés": where the headline names a state's own agency or company, the body's state is that signatory.
     */
    private static void namesTheStatesOwnSignatory(AgreementDraft body, AgreementDraft headline) {
        for (Party own : headline.parties) {
            Party state = body.parties.stream().filter(p -> ownCompany(own, p)).findFirst().orElse(null);
            if (state != null && !body.parties.contains(own)) {
                body.parties.remove(state);
                body.parties.add(own);
                if (!body.why.isEmpty()) {
                    body.why.add("parties: " + Trace.label(List.of(own)) + " for " + Trace.label(List.of(state))
                            + ": the headline names the state's own signatory");
                }
            }
        }
    }

    /**
     * Same parties, or the same kind between companies of the headline's countries ("Alger et Rome
     * signent un contrat"); a company whose country the article does not say may be of any of them.
     */
    private static boolean reportsTheSame(AgreementDraft body, AgreementDraft headline) {
        if (body.sharesPartiesWith(headline.parties)) {
            return true;
        }
        java.util.Set<Party> homeCountries = new java.util.LinkedHashSet<>();
        int homeless = 0;
        for (Party party : body.parties) {
            boolean withCountry = party.organization() != null && party.organization().countryIso2() != null;
            homeCountries.add(withCountry ? Party.country(party.organization().countryIso2()) : party);
            homeless += party.organization() != null && !withCountry ? 1 : 0;
        }
        long uncovered = headline.parties.stream().filter(p -> !homeCountries.contains(p)
                && body.parties.stream().noneMatch(state -> ownCompany(p, state))).count();
        return body.kind.equals(headline.kind) && uncovered <= homeless && uncovered < headline.parties.size();
    }

    /**
     * A first line without a closing full stop; or the second, after a first that is one (a title repeated, or a
     * title and its subtitle).
     */
    static boolean isHeadline(ArticleContext context, Sentence sentence) {
        return sentence.index() <= 1 && isTitleLine(context, sentence)
                && (sentence.index() == 0 || isTitleLine(context, context.sentences().get(0)));
    }

    /** Whether a sentence is a line of its own without a closing full stop, nor a colon opening a list. */
    private static boolean isTitleLine(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        boolean ownLine = sentence.end() >= text.length() || text.charAt(sentence.end()) == '\n';
        return ownLine && ".:;,".indexOf(text.charAt(sentence.end() - 1)) < 0;
    }

    /**
     * The documents (drafts but partnerships) by each pair of their parties: sharing parties takes two
     * in common, so the first document for some talk is found among those of its pairs, not among all.
     */
    private static final class Documents {
        private final Map<Set<Party>, List<AgreementDraft>> byPair = new HashMap<>();
        private final Map<AgreementDraft, Integer> positions = new IdentityHashMap<>();

        Documents(List<AgreementDraft> drafts) {
            for (AgreementDraft draft : drafts) {
                if (!draft.isPartnership()) {
                    positions.put(draft, positions.size());
                    pairs(draft.parties).forEach(pair -> byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(draft));
                }
            }
        }

        /** The first document, in the drafts' order, that shares its parties with the talk; or null. */
        AgreementDraft documentFor(AgreementDraft talk) {
            AgreementDraft first = null;
            for (Set<Party> pair : pairs(talk.parties)) {
                for (AgreementDraft draft : byPair.getOrDefault(pair, List.of())) {
                    if (first != null && positions.get(draft) >= positions.get(first)) {
                        break;
                    }
                    if (draft.sharesPartiesWith(talk.parties)) {
                        first = draft;
                        break;
                    }
                }
            }
            return first;
        }

        private static List<Set<Party>> pairs(Set<Party> parties) {
            List<Party> list = new ArrayList<>(parties);
            List<Set<Party>> pairs = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    pairs.add(Set.of(list.get(i), list.get(j)));
                }
            }
            return pairs;
        }
    }

    /** Talk before the document describes its content; talk after only fills what is missing. */
    private static void absorb(AgreementDraft document, AgreementDraft talk) {
        if (talk.sentence.index() <= document.sentence.index() || document.sectors.isEmpty()) {
            document.addSectors(talk.sectors);
        }
        if (document.date == null) {
            document.date = talk.date;
        }
        if (document.place == null) {
            document.place = talk.place;
        }
    }
}
