package org.entente.extract.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.extract.model.Organization;
import org.entente.extract.text.NameKey;
import org.entente.extract.text.SpanIndex;

/** Makes every mention of one organization in an article share one {@link Organization} record. */
public final class OrganizationMerger {
    private final Map<String, Organization> byKey = new HashMap<>();
    private final List<Organization> all = new ArrayList<>();
    /** The records of {@link #all} by the first word of their name's key: a shortened name is looked up among them. */
    private final Map<String, List<Organization>> byFirstKeyWord = new HashMap<>();
    /** Legal forms, as name keys ("corp", "limited"): "X Corp." and "X Corporation" are one company. */
    private final Set<String> legalForms;
    /** By a name's key without its legal form, the record all its forms share: the one known best. */
    private final Map<String, Organization> byStem = new HashMap<>();

    /** A merger for which a name with or without one of {@code legalForms} (as written) is the same name. */
    public OrganizationMerger(Set<String> legalForms) {
        this.legalForms = legalForms.stream().map(NameKey::of).collect(Collectors.toSet());
    }

    /** The article's record for this organization: the first seen with the same name or acronym. */
    Organization canonical(Organization org) {
        Organization known = find(org.name());
        if (known == null && org.acronym() != null) {
            known = find(org.acronym());
        }
        if (known == null) {
            Organization stemmed = byStem.get(stem(org.name()));
            known = stemmed == null || stemmed == org ? null : canonical(stemmed);
        }
        if (known == null) {
            known = shortenedFrom(org);
        }
        if (known != null) {
            return known;
        }
        all.add(org);
        byFirstKeyWord.computeIfAbsent(firstWord(NameKey.of(org.name())), k -> new ArrayList<>()).add(org);
        register(org.name(), org);
        if (org.acronym() != null) {
            register(org.acronym(), org);
        }
        return org;
    }

    /**
     * The record seen before whose name this one's opens, two words or more or one in capitals, with no other country:
     * "le Fonds Saoudien" after "le Fonds saoudien pour le développement" is that fund, "le CEO d'ADMOG" after "la firme
     * ADMOG Gold" that firm; or null.
     */
    private Organization shortenedFrom(Organization org) {
        String key = NameKey.of(org.name());
        if (key.indexOf(' ') < 0 && !isCapitals(org.name())) {
            return null;
        }
        for (Organization earlier : byFirstKeyWord.getOrDefault(firstWord(key), List.of())) {
            String longer = NameKey.of(earlier.name());
            if (longer.length() > key.length() + 1 && longer.startsWith(key) && longer.charAt(key.length()) == ' '
                    && (org.countryIso2() == null || org.countryIso2().equals(earlier.countryIso2()))) {
                return earlier;
            }
        }
        return null;
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** Fewest letters of a one-word name in capitals that may shorten a longer one: "ADMOG" of "ADMOG Gold". */
    private static final int SHORTENED_CAPITALS = 3;

    private static boolean isCapitals(String name) {
        return name.length() >= SHORTENED_CAPITALS && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** A name's key without the legal forms that end it: "China Rail Corp." and "China Rail Corporation" share it. */
    private String stem(String name) {
        String key = NameKey.of(name);
        int space = key.lastIndexOf(' ');
        while (space > 0 && legalForms.contains(key.substring(space + 1))) {
            key = key.substring(0, space);
            space = key.lastIndexOf(' ');
        }
        return key;
    }

    /**
     * Of the records whose names differ only by a legal form, the one every form takes: one with a
     * country, else with an acronym, else the first.
     */
    private void chooseStems(List<OrganizationHit> hits) {
        for (OrganizationHit hit : hits) {
            Organization org = hit.organization();
            byStem.merge(stem(org.name()), org, (kept, other) -> rank(other) > rank(kept) ? other : kept);
        }
    }

    private static int rank(Organization org) {
        return (org.countryIso2() != null ? 2 : 0) + (org.acronym() != null ? 1 : 0);
    }

    private Organization find(String name) {
        return byKey.get(NameKey.of(name));
    }

    private void register(String name, Organization org) {
        byKey.putIfAbsent(NameKey.of(name), org);
    }

    /** Hits with their organization replaced by the article's shared record, one per span. */
    public List<OrganizationHit> unify(String text, List<OrganizationHit> hits) {
        List<OrganizationHit> unified = new ArrayList<>();
        Set<String> spans = new HashSet<>();
        List<OrganizationHit> resolved = withArticleAcronyms(text, hits);
        chooseStems(resolved);
        for (OrganizationHit hit : resolved) {
            if (!spans.add(hit.start() + ":" + hit.end())) {
                continue;
            }
            unified.add(new OrganizationHit(canonical(hit.organization()), hit.start(), hit.end(),
                    hit.phraseStart(), hit.phraseEnd()));
        }
        return unified;
    }

    /**
     * Whether a name in brackets is written as an acronym ("BID", "Fao"), not as a name: "IndiGo (Reuters)" credits a
     * news agency, it does not define the company's acronym.
     */
    private static boolean isAcronym(String written, OrganizationHit hit) {
        return written.equalsIgnoreCase(hit.organization().acronym()) || written.chars().noneMatch(Character::isLowerCase);
    }

    /** Kept in code: the quotes that may close a citation between a name and its bracketed acronym. */
    static final String CLOSING_QUOTES = "\"»”";

    /**
     * "(" alone on the name's line, or after the full stop of an abbreviated legal form: "China Rail Corp. (CRC)";
     * a bracket opening the next line ("(Reuters) - …" after a title) defines nothing.
     */
    private static boolean isOpeningParenthesis(String between, boolean afterLegalForm) {
        if (between.indexOf('\n') >= 0) {
            return false;
        }
        String opening = between.strip();
        if (opening.length() > 1 && CLOSING_QUOTES.indexOf(opening.charAt(0)) >= 0) {
            opening = opening.substring(1).strip(); // "pour le compte de l'Electricité du Liban" (EDL)": a citation closed first
        }
        return opening.equals("(") || afterLegalForm && between.startsWith(".") && opening.substring(1).strip().equals("(");
    }

    private boolean endsWithLegalForm(OrganizationHit name) {
        String key = NameKey.of(name.organization().name());
        return legalForms.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /**
     * "la Banque islamique de développement (BID)": the article's own definition of an acronym
     * wins over the gazetteer's (BID is also the Inter-American bank) for every use of it.
     */
    private List<OrganizationHit> withArticleAcronyms(String text, List<OrganizationHit> hits) {
        Map<String, Organization> defined = new HashMap<>();
        SpanIndex<OrganizationHit> byPosition = new SpanIndex<>(hits, OrganizationHit::start, OrganizationHit::end);
        for (OrganizationHit name : hits) {
            for (OrganizationHit acronym : byPosition.near(name.end(), name.end() + 4)) {
                if (acronym.organization() != name.organization() && name.end() <= acronym.start()
                        && acronym.start() - name.end() <= 4 && acronym.end() < text.length()
                        && text.charAt(acronym.end()) == ')' && isAcronym(text.substring(acronym.start(), acronym.end()), acronym)
                        && isOpeningParenthesis(text.substring(name.end(), acronym.start()), endsWithLegalForm(name))) {
                    defined.putIfAbsent(text.substring(acronym.start(), acronym.end()), name.organization());
                }
            }
        }
        if (defined.isEmpty()) {
            return hits;
        }
        List<OrganizationHit> resolved = new ArrayList<>();
        for (OrganizationHit hit : hits) {
            Organization own = defined.get(text.substring(hit.start(), hit.end()));
            resolved.add(own == null ? hit : new OrganizationHit(own, hit.start(), hit.end(), hit.phraseStart(), hit.phraseEnd()));
        }
        return resolved;
    }
}
