package org.entente.extract.agreement;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.DatePrecision;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.text.TextNormalizer;

/**
 * Reads French date expressions ("le 13 novembre", "les 11-13 juin 2024", "dimanche", "hier")
 * and resolves them against the publication date.
 */
public final class DateResolver {
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> relatives = new HashMap<>();
    private final Pattern dayMonth;
    private final Pattern monthYear;
    private final Pattern weekday;
    private final Pattern relative;
    private final Pattern monthAlone;

    public DateResolver(RuleFiles rules) {
        for (String[] row : rules.rows("date_words.tsv")) {
            String word = TextNormalizer.fold(row[0]);
            int value = Integer.parseInt(row[2]);
            switch (row[1]) {
                case "month" -> months.put(word, value);
                case "weekday" -> weekdays.put(word, value);
                default -> relatives.put(word, value);
            }
        }
        String monthAlt = String.join("|", months.keySet());
        // Kept in code: the grammar of dates ("1er", "3 au 5", "d'ici", "courant"); the month and day names are data.
        dayMonth = Pattern.compile("\\b(\\d{1,2})(?:er)?(?:\\s*(?:au|et|a| )\\s*\\d{1,2}(?:er)?)?\\s+(" + monthAlt
                + ")\\b(?:\\s+(\\d{4})\\b)?");
        monthYear = Pattern.compile("\\b(" + monthAlt + ")\\s+(\\d{4})\\b");
        monthAlone = Pattern.compile("\\b(?:en|d'ici|courant|fin|debut|mi) (" + monthAlt + ")\\b(?!\\s+\\d)");
        weekday = Pattern.compile("\\b(" + String.join("|", weekdays.keySet()) + ")\\b");
        relative = Pattern.compile("(?<![a-z])(" + String.join("|", relatives.keySet()).replace("'", "'")
                + ")(?![a-z])");
    }

    /**
     * The first date expression in {@code folded[start, end)}, resolved; null when there is none
     * or it cannot be placed in time.
     */
    ResolvedDate find(String folded, int start, int end, LocalDate published, DatePrecision precision) {
        String part = folded.substring(start, end);
        // each pattern needs one of its words verbatim: most sentences skip the patterns
        if (hasDigit(part, 0, part.length()) && containsAny(part, months.keySet())) {
            Matcher m = dayMonth.matcher(part);
            if (m.find()) {
                return dayOfMonth(Integer.parseInt(m.group(1)), months.get(m.group(2)), m.group(3), published);
            }
            m = monthYear.matcher(part);
            if (m.find()) {
                return ResolvedDate.month(Integer.parseInt(m.group(2)), months.get(m.group(1)));
            }
        }
        if (published == null) {
            return null;
        }
        Matcher m = containsAny(part, weekdays.keySet()) ? weekday.matcher(part) : null;
        if (m != null && m.find()) {
            return weekdayBefore(weekdays.get(m.group(1)), published, precision);
        }
        m = containsAny(part, relatives.keySet()) ? relative.matcher(part) : null;
        if (m != null && m.find()) {
            return precision == DatePrecision.DAY
                    ? new ResolvedDate(published.plusDays(relatives.get(m.group(1))), DatePrecision.DAY)
                    : publicationMonth(published);
        }
        return null;
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

    private static boolean containsAny(String part, Iterable<String> words) {
        for (String word : words) {
            if (part.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A planned date: the first full date in {@code folded[start, end)}, else "en novembre" as the
     * next such month after publication; null when there is neither.
     */
    ResolvedDate findPlanned(String folded, int start, int end, LocalDate published, DatePrecision precision) {
        String part = folded.substring(start, end);
        Matcher m = monthAlone.matcher(part);
        ResolvedDate full = find(folded, start, end, published, precision);
        if (published == null || !m.find() || full != null && full.precision() == DatePrecision.DAY
                && !full.date().isBefore(published)) {
            return full;
        }
        int month = months.get(m.group(1));
        int year = month >= published.getMonthValue() ? published.getYear() : published.getYear() + 1;
        return ResolvedDate.month(year, month);
    }

    /** The publication month, the fallback when the text gives no date. */
    static ResolvedDate publicationMonth(LocalDate published) {
        return published == null ? null : ResolvedDate.month(published.getYear(), published.getMonthValue());
    }

    private static ResolvedDate dayOfMonth(int day, int month, String year, LocalDate published) {
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null) {
            // a month well after publication belongs to the year before ("le 28 décembre" in January)
            y = month > published.getMonthValue() + 1 ? published.getYear() - 1 : published.getYear();
        } else {
            return null;
        }
        try {
            return new ResolvedDate(LocalDate.of(y, month, day), DatePrecision.DAY);
        } catch (DateTimeException e) {
            return ResolvedDate.month(y, month);
        }
    }

    private static ResolvedDate weekdayBefore(int isoDay, LocalDate published, DatePrecision precision) {
        if (precision != DatePrecision.DAY) {
            return publicationMonth(published);
        }
        LocalDate date = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
        return new ResolvedDate(date, DatePrecision.DAY);
    }
}
