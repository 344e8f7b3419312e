package org.entente.extract.agreement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.DatePrecision;

/**
 * Reads the dates a passage writes out ("le 12/03/2024", "les 11-13 juin 2024", "en mars 2023"), passing over
 * the day of a dateline or of a page's publication stamp, which dates no event.
 */
final class ExplicitDates {
    /** A date in figures, day first: "12/03/2024". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** A passage whose explicit dates tell nothing. */
    private static final Reading NOTHING = new Reading(false, null, null, 0);
    private final DateWords words;
    private final DatelinesAndStamps stamps;
    /** A day and its month, perhaps a range of days and a year: "le 13 novembre", "les 11-13 juin 2024". */
    private final Pattern dayMonth;
    /** A month and its year: "mars 2023". */
    private final Pattern monthYear;

    /**
     * What a passage's explicit dates tell: when {@code settled}, its date (null when it cannot be placed in
     * time); else the day of a dateline read over, if any, and where to read on, past the datelines and stamps.
     */
    record Reading(boolean settled, ResolvedDate date, ResolvedDate datelineDay, int readFrom) {
        static Reading settledOn(ResolvedDate date) {
            return new Reading(true, date, null, 0);
        }
    }

    ExplicitDates(DateWords words, DatelinesAndStamps stamps) {
        this.words = words;
        this.stamps = stamps;
        String monthAlt = words.monthAlt;
        String ordinal = words.ordinal;
        // "le10 mai": a day glued to its article, as pages typed in haste give it
        dayMonth = Pattern.compile("(?:\\b|(?<=\\ble))(\\d{1,2})" + ordinal
                + "(?:\\s*(?:" + words.range + "| )\\s*\\d{1,2}" + ordinal + ")?\\s+(" + monthAlt + ")\\b(?:\\s+(\\d{4})\\b)?");
        monthYear = Pattern.compile("\\b(" + monthAlt + ")\\s+(\\d{4})\\b");
    }

    /**
     * The first explicit date of {@code part}, which starts at {@code start} of {@code folded}, that is no
     * dateline's or stamp's day: a date in figures, else a day and its month, else a month and its year.
     */
    Reading read(String folded, int start, String part, LocalDate published) {
        // each pattern needs one of its words verbatim: most sentences skip the patterns
        ResolvedDate inFigures = part.indexOf('/') >= 0 && DateWords.hasDigit(part, 0, part.length())
                ? inFigures(folded, start, part) : null;
        if (inFigures != null) {
            return Reading.settledOn(inFigures);
        }
        if (!DateWords.hasDigit(part, 0, part.length()) || !DateWords.containsAny(part, words.months.keySet())) {
            return NOTHING;
        }
        ResolvedDate datelineDay = null;
        int datelineEnd = 0;
        Matcher m = dayMonth.matcher(part);
        while (m.find()) {
            ResolvedDate day = ResolvedDate.dayOfMonth(Integer.parseInt(m.group(1)), words.months.get(m.group(2)),
                    m.group(3), published);
            boolean dateline = stamps.isDateline(folded, start + m.start(), start + m.end());
            if (!dateline && !stamps.isPublicationStamp(folded, start + m.start(1))) {
                return Reading.settledOn(day);
            }
            // "Phnom Penh, 18 octobre (Agence) – … ont signé le 17 octobre": the dateline says when it was reported;
            // a page's stamp ("Publié le 22 décembre 2023") dates nothing
            datelineDay = datelineDay == null && dateline ? day : datelineDay;
            datelineEnd = m.end();
        }
        m = monthYear.matcher(part);
        if (m.find(datelineEnd)) {
            return Reading.settledOn(ResolvedDate.month(Integer.parseInt(m.group(2)), words.months.get(m.group(1))));
        }
        return new Reading(false, null, datelineDay, datelineEnd);
    }

    /**
     * A dash between two dates in figures, folded to spaces or not: "(10/10/1945 - 10/10/2025)" spans a time, it
     * dates no event.
     */
    private static final Pattern RANGE_DASH = Pattern.compile("[\\s\u2013\u2014-]+");

    /**
     * "le 12/03/2024": the first date in figures of {@code part}, when it is a real day, no stamp's and no end of a
     * range ("10/10/1945 - 10/10/2025", an anniversary's span); or null.
     */
    private ResolvedDate inFigures(String folded, int start, String part) {
        Matcher m = NUMERIC_DATE.matcher(part);
        int rangeEnd = -1;
        while (m.find()) { // day, month, year
            int end = m.end();
            Matcher dash = RANGE_DASH.matcher(part).region(end, part.length());
            Matcher next = NUMERIC_DATE.matcher(part);
            if (dash.lookingAt() && next.find(dash.end()) && next.start() == dash.end()) {
                rangeEnd = next.end(); // the range's first date; its second is skipped below
                continue;
            }
            if (m.start() < rangeEnd) {
                continue;
            }
            ResolvedDate day = numericDay(m);
            if (day != null && !stamps.isPublicationStamp(folded, start + m.start(1))) {
                return day;
            }
            return null;
        }
        return null;
    }

    private static ResolvedDate numericDay(Matcher m) {
        try {
            return new ResolvedDate(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            return null; // "31/02/2024", or a month-first date: no day we can trust
        }
    }
}
