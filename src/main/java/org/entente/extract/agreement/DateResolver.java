package org.entente.extract.agreement;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.DatePrecision;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.RuleLine;
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
    /** A month named alone after a lead that may look back ("fin juin"): a past date. */
    private final Pattern pastMonthAlone;
    /** Most characters a dateline or a weekday with its day spans, from where it starts. */
    private static final int REFERENCE_REACH = 100;
    /** Most characters from a line's start to a dateline's day. */
    private static final int DATELINE_REACH = 48;
    /** A date in figures, day first: "12/03/2024". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** A dateline at a line's start: "Tachkent, 19 avr. (Agence) --", its place (and country), comma, day and month. */
    private final Pattern dateline;
    /** A day named with its weekday: "lundi 22 avril", which tells what day "lundi" is elsewhere in the text. */
    private final Pattern weekdayDayMonth;
    /** Days after a day the story names from which its weekdays are counted back: the nearest ones. */
    private static final int NEAREST_WEEKDAY_SHIFT = 3;
    /** A weekday with its day and no month: "mardi (05)", "jeudi 7,", which tells the day when the weekday fits it. */
    private final Pattern weekdayDay;
    /** A page's publication stamp near a line's start: "Date de publication : 12/06/2023", "Mise à jour à 12h45 le 01/05". */
    private final Pattern publicationStamp;
    /** The words that open a publication stamp, folded: the stamp's pattern is tried only where one is. */
    private final List<String> publicationLeads;
    /** A line that holds only a date, and perhaps its hour: a page's publication stamp ("6 juin 2015, 19:12"). */
    private final Pattern dateAloneLine;
    /** A line opening on a date in figures and an hour, perhaps in brackets: "[23/12/2008 18:30:05] RIO (AFP)". */
    private static final Pattern NUMERIC_STAMP_LINE = Pattern.compile(
            "(?:^|\\n)[ \\t]*\\[?(\\d{1,2})/(\\d{1,2})/(\\d{4})[ \\t]+\\d{1,2}[h:]\\d{2}(?::\\d{2})?\\]?");
    /** The words before a bare year ("en" of "en 2019"), as a regex alternation. */
    final String yearLeads;

    public DateResolver(RuleFiles rules) {
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
        String monthAlt = String.join("|", months.keySet());
        String ordinal = "(?:" + String.join("|", grammar.get(DateWordType.ORDINAL_SUFFIX)) + ")?";
        String range = String.join("|", grammar.get(DateWordType.RANGE_JOINER));
        // "le10 mai": a day glued to its article, as pages typed in haste give it
        dayMonth = Pattern.compile("(?:\\b|(?<=\\ble))(\\d{1,2})" + ordinal
                + "(?:\\s*(?:" + range + "| )\\s*\\d{1,2}" + ordinal + ")?\\s+(" + monthAlt + ")\\b(?:\\s+(\\d{4})\\b)?");
        monthYear = Pattern.compile("\\b(" + monthAlt + ")\\s+(\\d{4})\\b");
        List<String> aheadLeads = new ArrayList<>(grammar.get(DateWordType.MONTH_LEAD));
        aheadLeads.addAll(grammar.getOrDefault(DateWordType.FUTURE_MONTH_LEAD, List.of()));
        monthAlone = Pattern.compile("\\b(?:" + String.join("|", aheadLeads) + ") (" + monthAlt + ")\\b(?!\\s+\\d)");
        pastMonthAlone = Pattern.compile("\\b(?:" + String.join("|", grammar.get(DateWordType.MONTH_LEAD)) + ") (" + monthAlt
                + ")\\b(?!\\s+\\d)");
        yearLeads = String.join("|", grammar.get(DateWordType.YEAR_LEAD));
        weekday = Pattern.compile("\\b(" + String.join("|", weekdays.keySet()) + ")\\b");
        // the place may name its country too: "Dakar, Sénégal, 10 novembre (Agence) -"
        dateline = Pattern.compile("(?:^|\n)[^\n,]{2,40}(?:, [^\n,\\d]{2,30})?, (?:le )?(\\d{1,2})" + ordinal + " (" + monthAlt
                + ")\\.?(?: (\\d{4}))?\\s*[(\\[:/\u2013\u2014-]");
        // the lead, then perhaps an hour ("à 12h45 le"), then the day, its month by name or in figures, perhaps a year
        publicationLeads = List.copyOf(grammar.get(DateWordType.PUBLICATION_LEAD));
        publicationStamp = Pattern.compile("(?:^|\\n)[^\\n]{0,30}?\\b(?:"
                + String.join("|", grammar.get(DateWordType.PUBLICATION_LEAD))
                + ")\\b[^\\n\\d]{0,25}?(?:\\d{1,2}[h:]\\d{2}[^\\n\\d]{0,12}?)?\\b(\\d{1,2})" + ordinal
                + "[ /](\\d{1,2}|" + monthAlt + ")\\b\\.?(?:[ /](\\d{4}))?(?![\\d/])");
        dateAloneLine = Pattern.compile("(?:^|\\n)[ \\t]*(?:(?:" + String.join("|", weekdays.keySet()) + ") )?(\\d{1,2})"
                + ordinal + " (" + monthAlt + ")\\.? (\\d{4})(?:,? (?:a )?\\d{1,2}[h:]\\d{2})?[ \\t]*(?=\\n|$)");
        weekdayDayMonth = Pattern.compile("\\b(?:" + String.join("|", weekdays.keySet()) + ") (?:le )?(\\d{1,2})" + ordinal
                + " (" + monthAlt + ")\\b(?:\\.? (\\d{4})\\b)?");
        weekdayDay = Pattern.compile("\\b(" + String.join("|", weekdays.keySet()) + ") \\(?(\\d{1,2})" + ordinal
                + "\\)?(?!\\d)(?! ?(?:" + monthAlt + ")\\b)");
        relative = Pattern.compile("(?<![a-z])(" + String.join("|", relatives.keySet()).replace("'", "'")
                + ")(?![a-z])");
    }

    /**
     * The first date expression in {@code folded[start, end)}, resolved; null when there is none
     * or it cannot be placed in time.
     */
    ResolvedDate find(String folded, int start, int end, LocalDate published, DatePrecision precision) {
        return find(folded, start, end, published, precision, false);
    }

    /**
     * As {@link #find(String, int, int, LocalDate, DatePrecision)}; with {@code monthAlone}, for the sentence
     * that reports an agreement done, a month named alone ("en février") is the last such month up to
     * publication. Elsewhere it dates nothing: a month in passing is no date of the article.
     */
    ResolvedDate find(String folded, int start, int end, LocalDate published, DatePrecision precision, boolean monthAlone) {
        String part = folded.substring(start, end);
        // each pattern needs one of its words verbatim: most sentences skip the patterns
        ResolvedDate datelineDay = null;
        int datelineEnd = 0;
        if (part.indexOf('/') >= 0 && hasDigit(part, 0, part.length())) {
            Matcher m = NUMERIC_DATE.matcher(part);
            if (m.find()) { // "le 12/03/2024": day, month, year
                ResolvedDate day = numericDay(m);
                if (day != null && !isPublicationStamp(folded, start + m.start(1))) {
                    return day;
                }
            }
        }
        if (hasDigit(part, 0, part.length()) && containsAny(part, months.keySet())) {
            Matcher m = dayMonth.matcher(part);
            while (m.find()) {
                ResolvedDate day = dayOfMonth(Integer.parseInt(m.group(1)), months.get(m.group(2)), m.group(3), published);
                boolean dateline = isDateline(folded, start + m.start(), start + m.end());
                if (!dateline && !isPublicationStamp(folded, start + m.start(1))) {
                    return day;
                }
                // "Phnom Penh, 18 octobre (Agence) – … ont signé le 17 octobre": the dateline says when it was reported;
                // a page's stamp ("Publié le 22 décembre 2023") dates nothing
                datelineDay = datelineDay == null && dateline ? day : datelineDay;
                datelineEnd = m.end();
            }
            m = monthYear.matcher(part);
            if (m.find(datelineEnd)) {
                return ResolvedDate.month(Integer.parseInt(m.group(2)), months.get(m.group(1)));
            }
        }
        if (published == null) {
            return datelineDay;
        }
        // the weekday of a dateline's or a stamp's day ("Publié le vendredi 22 décembre") dates nothing: read after it
        Matcher m = containsAny(part, weekdays.keySet()) ? weekday.matcher(part) : null;
        if (m != null && m.find(datelineEnd)) {
            return weekdayBefore(weekdays.get(m.group(1)), published, precision);
        }
        m = containsAny(part, relatives.keySet()) ? relative.matcher(part) : null;
        if (m != null && m.find()) {
            return precision == DatePrecision.DAY
                    ? new ResolvedDate(published.plusDays(relatives.get(m.group(1))), DatePrecision.DAY)
                    : publicationMonth(published);
        }
        m = monthAlone && datelineDay == null && containsAny(part, months.keySet()) ? pastMonthAlone.matcher(part) : null;
        if (m != null && m.find()) {
            // "ont signé en février", "fin octobre": the last such month up to publication
            int month = months.get(m.group(1));
            return ResolvedDate.month(month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1, month);
        }
        return datelineDay;
    }

    /** Whether the day at [start, end) is a dateline's: after "Place, " at a line's start and before "(", "[" or a dash. */
    private boolean isDateline(String folded, int start, int end) {
        int lineStart = start;
        while (lineStart > 0 && folded.charAt(lineStart - 1) != '\n') {
            if (start - --lineStart > DATELINE_REACH) {
                return false; // looked back only as far as a dateline's place can reach
            }
        }
        Matcher m = dateline.matcher(folded);
        m.region(lineStart == 0 ? 0 : lineStart - 1, Math.min(folded.length(), end + 12));
        m.useTransparentBounds(true).useAnchoringBounds(true);
        return m.lookingAt() && m.start(1) == start;
    }

    /**
     * Whether the day at {@code dayStart} is that of a page's publication stamp ("Date de publication : 12/06/2023",
     * a line "6 juin 2015, 19:12"): the day the page came out, which dates no event.
     */
    private boolean isPublicationStamp(String folded, int dayStart) {
        int lineStart = folded.lastIndexOf('\n', dayStart - 1);
        if (dayStart - lineStart > REFERENCE_REACH) {
            return false;
        }
        for (Pattern stamp : List.of(publicationStamp, dateAloneLine, NUMERIC_STAMP_LINE)) {
            Matcher m = stamp.matcher(folded);
            m.region(Math.max(0, lineStart), Math.min(folded.length(), lineStart + 1 + REFERENCE_REACH));
            m.useTransparentBounds(true).useAnchoringBounds(true);
            if (m.lookingAt() && m.start(1) == dayStart) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day that weekdays and "hier" count from: the publication date when its day is known, else
     * the day of a dateline ("Tachkent, 19 avr. (Agence) --"), else three days after a day the text names
     * with its weekday ("lundi 22 avril", or "mardi (05)" when the 5th of the month of publication is a
     * Tuesday), so that the story's other weekdays are the nearest ones; else the publication date at its
     * own precision. A relative word ("hier") counted from such a day is a guess either way.
     */
    public ResolvedDate reference(String folded, LocalDate published, DatePrecision precision) {
        ResolvedDate asPublished = published == null ? null : new ResolvedDate(published, precision);
        if (published == null || precision == DatePrecision.DAY || !hasDigit(folded, 0, folded.length())) {
            return asPublished;
        }
        // tried only where each can start, a line's start or a weekday's name: a scan of every offset
        // with these patterns cost a quarter of the extraction
        // each pattern reads a day in figures on the line, within its reach: a line without one is skipped
        List<Integer> lineStarts = new ArrayList<>();
        for (int start = 0; start >= 0 && start < folded.length(); ) {
            int next = folded.indexOf('\n', start);
            if (hasDigit(folded, start, Math.min(next < 0 ? folded.length() : next, start + REFERENCE_REACH))) {
                lineStarts.add(start);
            }
            start = next < 0 ? -1 : next + 1;
        }
        ResolvedDate day = firstInMonth(dateline, folded, lineStarts, published);
        if (day == null && containsAny(folded, publicationLeads)) {
            day = firstInMonth(publicationStamp, folded, lineStarts, published);
        }
        if (day == null) {
            day = firstInMonth(dateAloneLine, folded, lineStarts, published);
        }
        if (day == null) {
            day = firstInMonth(NUMERIC_STAMP_LINE, folded, lineStarts, published);
        }
        if (day != null) {
            return day;
        }
        List<Integer> weekdayStarts = new ArrayList<>();
        for (String name : weekdays.keySet()) {
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
                weekdayStarts.add(at);
            }
        }
        weekdayStarts.sort(null);
        day = firstInMonth(weekdayDayMonth, folded, weekdayStarts, published);
        if (day == null) {
            day = weekdayDayInMonth(folded, weekdayStarts, published);
        }
        // a day the story names is no publication day: its other weekdays are the nearest ones, before or after
        // ("arrivé mardi 5, il a entamé mercredi sa visite": the 6th), which counting back from three days
        // later gives
        return day != null ? new ResolvedDate(day.date().plusDays(NEAREST_WEEKDAY_SHIFT), DatePrecision.DAY) : asPublished;
    }

    /**
     * "arrivé mardi (05)": the first weekday given with a day and no month that is that weekday in the month
     * of publication, as a check that the day is the weekday's; or null.
     */
    private ResolvedDate weekdayDayInMonth(String folded, List<Integer> starts, LocalDate published) {
        Matcher m = weekdayDay.matcher(folded).useTransparentBounds(true).useAnchoringBounds(true);
        for (int start : starts) {
            m.region(start, Math.min(folded.length(), start + REFERENCE_REACH));
            if (!m.lookingAt()) {
                continue;
            }
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= published.lengthOfMonth()) {
                LocalDate date = published.withDayOfMonth(day);
                if (date.getDayOfWeek() == DayOfWeek.of(weekdays.get(m.group(1)))) {
                    return new ResolvedDate(date, DatePrecision.DAY);
                }
            }
        }
        return null;
    }

    /** The first day the pattern reads at one of the offsets that falls in the month of publication; or null. */
    private ResolvedDate firstInMonth(Pattern pattern, String folded, List<Integer> starts, LocalDate published) {
        Matcher m = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(true);
        for (int start : starts) {
            m.region(start, Math.min(folded.length(), start + REFERENCE_REACH));
            if (m.lookingAt()) {
                // the month by its name ("12 juin") or in figures ("12/06/2023")
                int month = Character.isDigit(m.group(2).charAt(0)) ? Integer.parseInt(m.group(2)) : months.get(m.group(2));
                ResolvedDate day = month < 1 || month > 12 ? null
                        : dayOfMonth(Integer.parseInt(m.group(1)), month, m.group(3), published);
                if (day != null && day.precision() == DatePrecision.DAY
                        && day.date().getYear() == published.getYear() && day.date().getMonth() == published.getMonth()) {
                    return day;
                }
            }
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

    private static ResolvedDate numericDay(Matcher m) {
        try {
            return new ResolvedDate(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            return null; // "31/02/2024", or a month-first date: no day we can trust
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
