package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.AgreementKind;
import org.entente.extract.model.AgreementStatus;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.RuleFileException;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.RuleLine;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.TextNormalizer;

/** The word lists that drive agreement extraction: kind triggers, status cues and party cues. */
public final class AgreementCues {
    static final String NO_KIND = "none";
    static final String NEGATIVE = StatusCue.NEGATIVE.code();
    static final String WEAK = StatusCue.WEAK.code();
    static final String PLUPERFECT = StatusCue.PLUPERFECT.code();
    private final List<String> numbers;
    private final Map<String, Integer> ordinals;
    /** Triggers' words as written with their accents ("traité"), by their folded form ("traite"). */
    private final Map<String, Set<String>> accentedTriggers = new HashMap<>();
    private final Set<String> firstNames = new HashSet<>();

    public final PhraseMatcher<String> kinds;
    public final PhraseMatcher<String> statuses;
    final PhraseMatcher<String> collectives;
    /** Subjects of two sides that may be organizations ("les deux groupes"). */
    final PhraseMatcher<String> organizationPairs;
    /** "plusieurs pays", "certains États": states a subject leaves unnamed. */
    final PhraseMatcher<String> unnamedStates;
    final NegatedVerb negatedVerb;
    /** "la banque", "le groupe" standing for the organization of that kind named before. */
    final OrganizationAnaphors organizationAnaphors;
    private final Map<PartyCue, Set<String>> wordsByRole = new EnumMap<>(PartyCue.class);
    private final Map<WordRole, Set<String>> functionWords = new EnumMap<>(WordRole.class);

    public AgreementCues(RuleFiles rules) {
        numbers = rules.numberWords();
        ordinals = rules.valuedWords(WordRole.ORDINAL);
        rules.words(WordRole.ACCENTED_TRIGGER).forEach(word ->
                accentedTriggers.computeIfAbsent(TextNormalizer.fold(word), k -> new HashSet<>()).add(word));
        rules.rows("first_names.tsv").forEach(row -> firstNames.add(row[0]));
        negatedVerb = new NegatedVerb(rules);
        kinds = matcher(rules.rows("agreement_kinds.tsv"));
        // "none": a trigger word that names no agreement ("accord" in "d'accord").
        Set<String> kindCodes = Vocabulary.codes(AgreementKind.values());
        for (RuleLine line : rules.lines("agreement_kinds.tsv")) {
            if (!line.cells()[1].equals(NO_KIND) && !kindCodes.contains(line.cells()[1])) {
                throw new RuleFileException(line.file(), line.number(), "unknown agreement kind '" + line.cells()[1] + "'");
            }
        }
        statuses = matcher(withAdverbs(statusRows(rules)));
        Map<String, List<String>> collective = new HashMap<>();
        Map<String, List<String>> pairs = new HashMap<>();
        Map<String, List<String>> unnamed = new HashMap<>();
        for (RuleLine line : rules.lines("party_cues.tsv")) {
            PartyCue role = line.role(1, PartyCue.class);
            wordsByRole.computeIfAbsent(role, k -> new HashSet<>()).add(TextNormalizer.fold(line.cells()[0]));
            if (role == PartyCue.COLLECTIVE) {
                addCollective(collective, line.cells()[0]);
            } else if (role == PartyCue.PAIR_OF_ORGANIZATIONS) {
                pairs.put(line.cells()[0], List.of("2"));
            } else if (role == PartyCue.UNNAMED_STATES) {
                unnamed.put(line.cells()[0], List.of(role.name()));
            }
        }
        collectives = new PhraseMatcher<>(collective);
        organizationPairs = new PhraseMatcher<>(pairs);
        unnamedStates = new PhraseMatcher<>(unnamed);
        for (WordRole role : WordRole.values()) {
            functionWords.put(role, rules.words(role));
        }
        organizationAnaphors = new OrganizationAnaphors(this, rules);
    }

    /** The rows of status_cues.tsv, each value a status code or a {@link StatusCue}, else an error naming the line. */
    private static List<String[]> statusRows(RuleFiles rules) {
        Set<String> statuses = Vocabulary.codes(AgreementStatus.values());
        List<String[]> rows = new ArrayList<>();
        for (RuleLine line : rules.lines("status_cues.tsv")) {
            if (!statuses.contains(line.cells()[1])) {
                line.role(1, StatusCue.class);
            }
            rows.add(line.cells());
        }
        return rows;
    }

    /** Most states a collective stands for: "les dirigeants de dix pays" leaves most of them unnamed. */
    private static final int MOST_COLLECTIVE = 6;

    /** "les deux pays" stands for two countries; its variants "les trois pays" … "les six pays" for more, in figures too. */
    private void addCollective(Map<String, List<String>> collective, String phrase) {
        collective.put(phrase, List.of("2"));
        String two = " " + numbers.get(2) + " ";
        if (!(" " + phrase + " ").contains(two)) {
            return;
        }
        for (int n = 3; n < numbers.size() && n <= MOST_COLLECTIVE; n++) {
            collective.put((" " + phrase + " ").replace(two, " " + numbers.get(n) + " ").strip(), List.of(String.valueOf(n)));
        }
        // "les 2 pays": the press writes the number in figures too
        for (int n = 2; n <= MOST_COLLECTIVE; n++) {
            collective.put((" " + phrase + " ").replace(two, " " + n + " ").strip(), List.of(String.valueOf(n)));
        }
    }

    /** The folded words and phrases of a role. */
    Set<String> words(PartyCue role) {
        return wordsByRole.getOrDefault(role, Set.of());
    }

    /** Whether a folded word or phrase plays a role (place, with, between, agent, anaphor, opener). */
    boolean is(PartyCue role, String foldedWord) {
        return wordsByRole.getOrDefault(role, Set.of()).contains(foldedWord);
    }

    /** Whether a folded word is a function word of a role ("et" a coordinator). */
    /** The function words of a role (folded). */
    Set<String> words(WordRole role) {
        return functionWords.get(role);
    }

    boolean is(WordRole role, String foldedWord) {
        return functionWords.get(role).contains(foldedWord);
    }

    /** Whether some function word of a role stands as a whole word, between spaces, in {@code text}. */
    boolean hasWord(WordRole role, String text) {
        return functionWords.get(role).stream().anyMatch(word -> text.contains(" " + word + " "));
    }

    /** Whether a word of [start, end) of the folded text plays one of {@code roles}. */
    boolean hasCueWord(String folded, int start, int end, PartyCue... roles) {
        for (String word : folded.substring(start, end).split("[^\\p{L}]+")) {
            for (PartyCue role : roles) {
                if (is(role, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word lists the documents of a batch ("agit" of "Il s'agit de …"), not an ordinal picking one. */
    boolean isListingWord(String foldedWord) {
        return is(PartyCue.ENUMERATION, foldedWord) && ordinal(foldedWord) < 0;
    }

    /** Whether a word, as written, is a given name ("Emmanuel"). */
    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** The value of a number word ("quatre", "4"), or -1. */
    int count(String foldedWord) {
        int index = numbers.indexOf(foldedWord);
        if (index > 0) {
            return index;
        }
        return foldedWord.matches("\\d{1,2}") ? Integer.parseInt(foldedWord) : -1;
    }

    /**
     * Whether the word at {@code start} is a trigger's word written in lower case without the accents it
     * needs ("la traite des personnes", "des traites" are no "traité").
     */
    boolean isUnaccentedHomograph(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        Set<String> accented = accentedTriggers.get(TextNormalizer.fold(word));
        return accented != null && !accented.contains(word);
    }

    /** Whether a trigger's first word is a plural ("accords de coopération"): it names a batch. */
    boolean isPluralTrigger(PhraseMatcher.Match<String> trigger) {
        String phrase = TextNormalizer.fold(trigger.phrase());
        int space = phrase.indexOf(' ');
        return isPlural(space < 0 ? phrase : phrase.substring(0, space));
    }

    /** The position an ordinal gives ("second": 2), 0 for the last ("dernier"), or -1 for another word. */
    int ordinal(String foldedWord) {
        return ordinals.getOrDefault(foldedWord, -1);
    }

    /** Whether a folded word ends like a plural ("accords"). */
    boolean isPlural(String foldedWord) {
        return functionWords.get(WordRole.PLURAL_ENDING).stream().anyMatch(foldedWord::endsWith);
    }

    /** "documents", "accords", "textes": a document's noun in the plural, folded. */
    boolean isDocumentsNoun(String foldedWord) {
        return isPlural(foldedWord) && is(WordRole.DESCRIBING, foldedWord.substring(0, foldedWord.length() - 1));
    }

    /** "ont signé" also as "ont également signé": each adverb may follow any word of a cue. */
    private static List<String[]> withAdverbs(List<String[]> rows) {
        String adverb = StatusCue.ADVERB.code();
        List<String> adverbs = rows.stream().filter(r -> r[1].equals(adverb)).map(r -> r[0]).toList();
        List<String[]> cues = new ArrayList<>();
        for (String[] row : rows) {
            if (row[1].equals(adverb)) {
                continue;
            }
            cues.add(row);
            String[] words = row[0].split(" ");
            for (int k = 1; k < words.length; k++) {
                String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                for (String word : adverbs) {
                    cues.add(new String[] {head + " " + word + " " + tail, row[1]});
                }
            }
        }
        return cues;
    }

    private static PhraseMatcher<String> matcher(List<String[]> rows) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String[] row : rows) {
            phrases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return new PhraseMatcher<>(phrases);
    }

    /** Most words between a reporting verb and the "que" that opens what it reports. */
    private static final int REPORT_REACH = 4;

    /**
     * Whether reported speech governs the folded sentence at {@code at}: a reporting verb ("a indiqué",
     * "ont annoncé"), then within a few words "que" or "qu'", before it.
     */
    boolean isReported(String folded, int at) {
        String[] words = folded.substring(0, at).split("[^\\p{L}']+");
        for (int i = 0; i < words.length; i++) {
            if (!is(WordRole.REPORTING_VERB, words[i])) {
                continue;
            }
            for (int j = i + 1; j < words.length && j - i <= REPORT_REACH; j++) {
                if (words[j].equals("que") || words[j].startsWith("qu'")) {
                    return true;
                }
            }
        }
        return false;
    }
}
