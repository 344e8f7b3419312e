package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Sector;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Words;

/** Counts sector keywords in a stretch of text; the most frequent sectors come first. */
public final class SectorClassifier {
    static final int MAX_SECTORS = 3;

    /** The sector of a phrase that names none though a keyword is in it ("chef de la diplomatie"). */
    private static final String NO_SECTOR = "-";
    /** The sector of a field outside the list ("culturelle", "sport"): the document has an object, in no sector. */
    private static final String OUTSIDE = "none";
    /** The "sector" of a phrase that opens a setting ("dans le cadre de"): the keywords after it frame the document. */
    private static final String SETTING = "setting";
    /** Words between the words of a name ("ministère de l'Agriculture et des Mines"), folded. */
    private static final Set<String> NAME_LINKS = Set.of("de", "des", "du", "d", "l", "la", "le", "les", "et");
    /** Words looked back over for an office's head ("ministère cambodgien du Commerce"). */
    private static final int OFFICE_REACH = 3;
    /** Words looked back over for "chargé" opening an office's portfolio ("chargé des Affaires étrangères et de la diaspora"). */
    private static final int PORTFOLIO_REACH = 8;

    private final PhraseMatcher<String> matcher;
    private final Set<String> officeHeads;
    private final Set<String> portfolios;
    /** Sectors of known organizations' trades, by canonical name. */
    private final Map<String, List<String>> trades = new HashMap<>();

    public SectorClassifier(RuleFiles rules) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String[] row : rules.rows("sectors.tsv")) {
            List<String> sectors = phrases.computeIfAbsent(row[0], k -> new ArrayList<>());
            if (row[1].equals(OUTSIDE) || row[1].equals(SETTING)) {
                sectors.add(row[1]);
            } else if (!row[1].equals(NO_SECTOR)) {
                sectors.add(Vocabulary.of(Sector.class, row[1]).code());
            }
        }
        matcher = new PhraseMatcher<>(phrases);
        officeHeads = rules.words(WordRole.OFFICE_HEAD);
        portfolios = rules.words(WordRole.PORTFOLIO);
        for (String[] row : rules.rows("organization_sectors.tsv")) {
            List<String> sectors = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                if (!row[i].isBlank()) {
                    sectors.add(Vocabulary.of(Sector.class, row[i].strip()).code());
                }
            }
            trades.put(row[0], List.copyOf(sectors));
        }
    }

    /**
     * The sectors of an organization's trade, main first: those known ("Orano": energy), else those its
     * name says ("Académie des sciences de Mongolie": science, "Université de Dakar": education).
     */
    List<String> tradeOf(Organization organization) {
        List<String> known = trades.get(organization.name());
        if (known != null) {
            return known;
        }
        List<String> named = new ArrayList<>();
        for (PhraseMatcher.Match<String> match : matcher.findLongest(TextNormalizer.fold(organization.name()))) {
            match.values().stream().filter(s -> isSector(s) && !named.contains(s)).forEach(named::add);
        }
        return named;
    }

    /** Whether a keyword's value is a sector of the list, not a field outside it or a setting. */
    private static boolean isSector(String value) {
        return !value.equals(OUTSIDE) && !value.equals(SETTING);
    }

    /** The sector keywords sought, for a scan that serves several lists. */
    public PhraseMatcher<String> phrases() {
        return matcher;
    }

    /**
     * Sector codes found in the sentence, by count then first position; capitalized words inside
     * a sentence name something ("ministère des Mines") and do not count.
     */
    List<String> sectors(ArticleContext context, Sentence sentence) {
        return sectors(context, sentence, sentence.start(), sentence.end());
    }

    /** As {@link #sectors(ArticleContext, Sentence)}, counting only keywords that start in [from, to). */
    List<String> sectors(ArticleContext context, Sentence sentence, int from, int to) {
        Map<String, Integer> counts = fields(context, sentence, from, to);
        counts.remove(OUTSIDE);
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort((a, b) -> counts.get(b) - counts.get(a));
        return ordered;
    }

    /**
     * Whether the sentence names only fields outside the list ("un accord de coopération culturelle"):
     * its document has an object of its own, in no sector, and borrows none from the sentences around.
     */
    boolean namesOnlyOutsideFields(ArticleContext context, Sentence sentence) {
        Map<String, Integer> counts = fields(context, sentence, sentence.start(), sentence.end());
        return counts.size() == 1 && counts.containsKey(OUTSIDE);
    }

    /**
     * The sectors of the offices a sentence names ("les ministres de la Défense", "le ministère des
     * Mines"), first named first: what their heads' signature says of a document that says little.
     */
    List<String> officeSectors(ArticleContext context, Sentence sentence) {
        return officeSectors(context, sentence, sentence.start(), sentence.end());
    }

    /** As {@link #officeSectors(ArticleContext, Sentence)}, for the offices named in [from, to) only. */
    List<String> officeSectors(ArticleContext context, Sentence sentence, int from, int to) {
        List<String> sectors = new ArrayList<>();
        for (PhraseMatcher.Match<String> match : context.phrasesIn(matcher, sentence)) {
            if (match.start() >= from && match.start() < to && nameAt(context, sentence, match.start()) == NameWord.OFFICE) {
                match.values().stream().filter(s -> isSector(s) && !sectors.contains(s)).forEach(sectors::add);
            }
        }
        return sectors;
    }

    /**
     * How often each field's keywords start in [from, to), keywords inside names left out, and those
     * of a setting ("dans le cadre du partenariat stratégique", up to the next comma) only when no
     * other keyword says what the document is about.
     */
    private Map<String, Integer> fields(ArticleContext context, Sentence sentence, int from, int to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> inSettings = new LinkedHashMap<>();
        int settingEnd = -1;
        for (PhraseMatcher.Match<String> match : context.phrasesIn(matcher, sentence)) {
            if (match.values().contains(SETTING)) {
                settingEnd = clauseEnd(context.folded(), match.end(), sentence.end());
                continue;
            }
            if (match.start() >= from && match.start() < to && nameAt(context, sentence, match.start()) == NameWord.NONE
                    && !context.insideOrganization(match.start(), match.end())) {
                for (String sector : match.values()) {
                    (match.start() < settingEnd ? inSettings : counts).merge(sector, 1, Integer::sum);
                }
            }
        }
        return counts.isEmpty() ? inSettings : counts;
    }

    /** Where the clause from {@code from} ends: the next comma, semicolon or colon, else {@code end}. */
    private static int clauseEnd(String folded, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = folded.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return end;
    }

    /** What kind of name a keyword is a word of, if any. */
    private enum NameWord { NONE, NAME, OFFICE }

    /**
     * Whether a capitalized keyword is a word of a name, and of which kind: after another capitalized word ("Banque
     * Mondiale") or in an office's name ("ministère cambodgien du Commerce"), looking back over the
     * words that link a name's words.
     */
    private NameWord nameAt(ArticleContext context, Sentence sentence, int offset) {
        String text = context.text().text();
        if (!Character.isUpperCase(text.charAt(offset))) {
            if (inPortfolio(context.folded(), sentence.start(), offset)) {
                return NameWord.OFFICE;
            }
            // "le ministère des Mines et du pétrole": a further field of the office, as "des Mines" after "de l'Agriculture et"
            return continuesAnOffice(context, sentence, offset) ? NameWord.NAME : NameWord.NONE;
        }
        int keywordEnd = offset;
        while (keywordEnd < sentence.end() && Character.isLetter(text.charAt(keywordEnd))) {
            keywordEnd++;
        }
        if (keywordEnd < sentence.end() && text.charAt(keywordEnd) == '-') {
            return NameWord.NAME; // "Port-au-Prince"
        }
        String folded = context.folded();
        int end = offset;
        int looked = 0;
        while (looked < OFFICE_REACH) {
            int wordEnd = end;
            while (wordEnd > sentence.start() && !Character.isLetter(folded.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > sentence.start() && Character.isLetter(folded.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                return NameWord.NONE;
            }
            String word = folded.substring(wordStart, wordEnd);
            end = wordStart;
            if (NAME_LINKS.contains(word)) {
                continue;
            }
            if (officeHeads.contains(word)) {
                return NameWord.OFFICE;
            }
            if (looked == 0 && Character.isUpperCase(text.charAt(wordStart)) && wordStart > sentence.start()) {
                return NameWord.NAME;
            }
            looked++;
        }
        return NameWord.NONE;
    }

    /**
     * Whether a keyword in lower case is joined to the capitalized keyword of an office before it by linking words
     * only: "le ministère des Mines et du pétrole" names one office, whose second field is in lower case.
     */
    private boolean continuesAnOffice(ArticleContext context, Sentence sentence, int offset) {
        String folded = context.folded();
        int end = offset;
        boolean linked = false;
        for (int links = 0; links <= OFFICE_REACH && end > sentence.start(); links++) {
            int start = Words.previousWordStart(folded, end);
            String word = Words.wordBefore(folded, end);
            if (start < sentence.start() || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return false;
            }
            if (!NAME_LINKS.contains(word)) {
                return linked && Character.isUpperCase(context.text().text().charAt(start))
                        && nameAt(context, sentence, start) == NameWord.OFFICE;
            }
            linked = true;
            end = start;
        }
        return false;
    }

    /**
     * Whether a keyword in lower case ends an office's portfolio: "chargé" a few words before it, with no
     * comma between ("le secrétaire du Cabinet chargé des Affaires étrangères et de la diaspora").
     */
    private boolean inPortfolio(String folded, int sentenceStart, int offset) {
        int end = offset;
        for (int looked = 0; looked < PORTFOLIO_REACH && end > sentenceStart; looked++) {
            int start = Words.previousWordStart(folded, end);
            String word = Words.wordBefore(folded, end);
            if (start < sentenceStart || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return false; // a comma or any other mark closes the portfolio
            }
            if (portfolios.contains(word)) {
                return true;
            }
            end = start;
        }
        return false;
    }

    /** Joins sector lists in order of salience, without repeats, at most {@link #MAX_SECTORS}. */
    static List<String> merge(List<String> first, List<String> more) {
        List<String> merged = new ArrayList<>(first);
        for (String sector : more) {
            if (!merged.contains(sector)) {
                merged.add(sector);
            }
        }
        return merged.size() > MAX_SECTORS ? List.copyOf(merged.subList(0, MAX_SECTORS)) : merged;
    }
}
