package org.entente.extract.organization;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.OrganizationKind;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.RuleLine;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.FoldedWords;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;

/** The words of the rule files that the organization finders ask about, read once when the extractor is built. */
final class OrganizationLexicon {
    final FoldedWords<Boolean> descriptorLinks;
    final Set<String> determiners;
    /** Folded nouns of documents: "la Convention … (CNUDM)" defines a document's acronym. */
    final Set<String> documentNouns;
    /** Folded singular indefinite articles: "un COC" is a common noun. */
    final Set<String> singularIndefinites;
    final Set<String> definiteArticles;
    final Set<String> coordinators;
    final Set<String> listJoiners;
    /** Folded words that open a plural cue's examples: "des sociétés, dont X et Y" ("dont", "comme"). */
    final Set<String> listIntroducers;
    final Set<String> pluralEndings;

    final Set<String> notOrganizations = new HashSet<>();
    /** Given names: "la banque Jean Lemierre" names a banker, not a bank. */
    final Set<String> givenNames = new HashSet<>();
    final Set<String> connectors = new HashSet<>();
    final Map<String, String> kindOfSuffix = new HashMap<>();
    /** Folded cue words that belong to the name they open ("université"). */
    final Set<String> heads = new HashSet<>();
    /** Heads that also name a part of a country ("centre"), folded: their names need words of their own. */
    final Set<String> regionHeads = new HashSet<>();
    /** Folded words that head an office's name ("ministre"): the name after them is the office's field. */
    final Set<String> officeHeads;
    /** Folded words that join an academic head to its place ("de", "d'", "du"). */
    final Set<String> placeLinks;
    /* cue words, state markers and connectors are asked about in the folded text: no copy a token */
    final FoldedWords<String> cueKinds;
    final FoldedWords<Boolean> stateMarkerWords;
    final FoldedWords<Boolean> connectorWords;
    /** First characters of the folded cue words and of the suffixes: a token starting otherwise is neither. */
    final BitSet cueInitials = new BitSet();
    final BitSet suffixInitials = new BitSet();
    /** Folded words that join the words of a name in sentence case ("des", "et", "pour"). */
    final Set<String> nameLinks;
    /** Folded French function words that end a name in sentence case ("a", "qui", "avec"). */
    final Set<String> nameStops = new HashSet<>();
    /** Company cues that open a name in sentence case ("la Société nationale des hydrocarbures"). */
    final Set<String> sentenceCaseCompanies;
    /** Cues that open a name only capitalized themselves ("autorite"). */
    final Set<String> capitalizedCues;
    /** Words capitalized at a sentence's start without being part of a name ("Selon", "Pour"). */
    final Set<String> sentenceOpeners;
    /** Folded ranks after an office's head that make it a person's title ("exécutif", "général"). */
    final Set<String> officeRanks;
    /** Month names and the words that lead them, folded ("mai", "mi"): "Mi-mai" is no organization's name. */
    final Set<String> months = new HashSet<>();
    final Set<String> monthLeads = new HashSet<>();

    OrganizationLexicon(RuleFiles rules) {
        descriptorLinks = wordSet(rules.words(WordRole.DESCRIPTOR_LINK));
        determiners = rules.words(WordRole.DETERMINER);
        documentNouns = rules.words(WordRole.DOCUMENT_NOUN);
        singularIndefinites = rules.words(WordRole.SINGULAR_INDEFINITE);
        definiteArticles = rules.words(WordRole.DEFINITE_ARTICLE);
        coordinators = rules.words(WordRole.COORDINATOR);
        officeHeads = rules.words(WordRole.OFFICE_HEAD);
        placeLinks = rules.words(WordRole.OF);
        readWordFiles(rules);
        listJoiners = rules.words(WordRole.LIST_JOINER);
        nameLinks = rules.words(WordRole.NAME_LINK);
        sentenceOpeners = rules.words(WordRole.SENTENCE_OPENER);
        officeRanks = rules.words(WordRole.OFFICE_RANK);
        nameStops.addAll(rules.words(WordRole.NAME_STOP));
        sentenceCaseCompanies = rules.words(WordRole.SENTENCE_CASE_COMPANY);
        capitalizedCues = rules.words(WordRole.CAPITALIZED_CUE);
        for (String[] row : rules.rows("stopwords.tsv")) {
            if (row[1].equals("fr") && !nameLinks.contains(TextNormalizer.fold(row[0]))) {
                nameStops.add(TextNormalizer.fold(row[0]));
            }
        }
        listIntroducers = rules.words(WordRole.LIST_INTRODUCER);
        pluralEndings = rules.words(WordRole.PLURAL_ENDING);
        Map<String, String> kindBeforeName = new HashMap<>();
        Set<String> stateMarkers = new HashSet<>();
        readCues(rules, kindBeforeName, stateMarkers);
        kindBeforeName.keySet().forEach(cue -> addInitial(cueInitials, cue));
        kindOfSuffix.keySet().forEach(suffix -> addInitial(suffixInitials, suffix));
        cueKinds = new FoldedWords<>(kindBeforeName);
        stateMarkerWords = wordSet(stateMarkers);
        connectorWords = wordSet(connectors);
    }

    /** Non-organization words, given names, and month names with the words that lead them. */
    private void readWordFiles(RuleFiles rules) {
        for (String[] row : rules.rows("non_organization_words.tsv")) {
            notOrganizations.add(row[0]);
        }
        for (String[] row : rules.rows("first_names.tsv")) {
            givenNames.add(row[0]);
        }
        for (String[] row : rules.rows("date_words.tsv")) {
            if (row[1].equals("month")) {
                months.add(TextNormalizer.fold(row[0]));
            } else if (row[1].equals("month_lead")) {
                monthLeads.add(TextNormalizer.fold(row[0]));
            }
        }
    }

    /** The cue file: connectors, suffixes and heads into the fields; cues before a name and state markers into those given. */
    private void readCues(RuleFiles rules, Map<String, String> kindBeforeName, Set<String> stateMarkers) {
        for (RuleLine line : rules.lines("organization_cues.tsv")) {
            String[] row = line.cells();
            String cue = TextNormalizer.fold(row[0]);
            switch (line.role(1, OrganizationCue.class)) {
                case CONNECTOR -> connectors.add(cue);
                case STATE -> stateMarkers.add(cue);
                case SUFFIX -> kindOfSuffix.put(row[0], Vocabulary.of(OrganizationKind.class, row[2]).code());
                case BEFORE -> kindBeforeName.put(cue, Vocabulary.of(OrganizationKind.class, row[2]).code());
                case HEAD, REGION_HEAD -> {
                    kindBeforeName.put(cue, Vocabulary.of(OrganizationKind.class, row[2]).code());
                    heads.add(cue);
                    if (line.role(1, OrganizationCue.class) == OrganizationCue.REGION_HEAD) {
                        regionHeads.add(cue);
                    }
                }
            }
        }
    }

    private static FoldedWords<Boolean> wordSet(Set<String> words) {
        Map<String, Boolean> present = new HashMap<>();
        words.forEach(word -> present.put(word, Boolean.TRUE));
        return new FoldedWords<>(present);
    }

    private static void addInitial(BitSet initials, String word) {
        if (!word.isEmpty()) {
            initials.set(word.charAt(0));
        }
    }

    /** French puts an article before an organization's acronym: "le FMI", "de la BAD", "l'OMC". */
    boolean afterDeterminer(List<Token> tokens, int i) {
        return i > 0 && determiners.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }
}
