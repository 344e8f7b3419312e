package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.RuleLine;
import org.entente.extract.text.TextNormalizer;

/**
 * The French date words of date_words.tsv (months, weekdays, relative days and the words around them), folded,
 * with the regex pieces the date patterns are built from.
 */
final class DateWords {
    /** Each month's name, to its number ("mars" 3). */
    final Map<String, Integer> months = new HashMap<>();
    /** Each weekday's name, to its ISO number ("lundi" 1). */
    final Map<String, Integer> weekdays = new HashMap<>();
    /** Each day named from publication, to its offset in days ("hier" -1). */
    final Map<String, Integer> relatives = new HashMap<>();
    /** The months' names, as a regex alternation. */
    final String monthAlt;
    /** The weekdays' names, as a regex alternation. */
    final String weekdayAlt;
    /** What may follow a day number ("1er"), as an optional regex group. */
    final String ordinal;
    /** The words between the two days of a range ("du 3 au 5 mars"), as a regex alternation. */
    final String range;
    /** The words before a month named alone that may look back ("fin juin"). */
    final List<String> monthLeads;
    /** The words before a month named alone that only ever look ahead ("d'ici juin"); perhaps none. */
    final List<String> futureMonthLeads;
    /** The words before a bare year ("en" of "en 2019"), as a regex alternation. */
    final String yearLeads;
    /** The words that open a page's publication stamp ("Date de publication"). */
    final List<String> publicationLeads;

    DateWords(RuleFiles rules) {
        Map<DateWordType, List<String>> grammar = new EnumMap<>(DateWordType.class);
        for (RuleLine line : rules.lines("date_words.tsv")) {
            String word = TextNormalizer.fold(line.cells()[0]);
            DateWordType type = line.role(1, DateWordType.class);
            switch (type) {
                case MONTH -> months.put(word, Integer.parseInt(line.cells()[2]));
                case WEEKDAY -> weekdays.put(word, Integer.parseInt(line.cells()[2]));
                case RELATIVE -> relatives.put(word, Integer.parseInt(line.cells()[2]));
                default -> grammar.computeIfAbsent(type, t -> new ArrayList<>()).add(word);
            }
        }
        monthAlt = String.join("|", months.keySet());
        weekdayAlt = String.join("|", weekdays.keySet());
        ordinal = "(?:" + String.join("|", grammar.get(DateWordType.ORDINAL_SUFFIX)) + ")?";
        range = String.join("|", grammar.get(DateWordType.RANGE_JOINER));
        monthLeads = List.copyOf(grammar.get(DateWordType.MONTH_LEAD));
        futureMonthLeads = List.copyOf(grammar.getOrDefault(DateWordType.FUTURE_MONTH_LEAD, List.of()));
        yearLeads = String.join("|", grammar.get(DateWordType.YEAR_LEAD));
        publicationLeads = List.copyOf(grammar.get(DateWordType.PUBLICATION_LEAD));
    }

    /** Whether [start, end) of the text holds an ASCII digit, as every numeric date pattern needs. */
    static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds one of the words verbatim, as a date pattern built from them needs. */
    static boolean containsAny(String part, Iterable<String> words) {
        for (String word : words) {
            if (part.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
