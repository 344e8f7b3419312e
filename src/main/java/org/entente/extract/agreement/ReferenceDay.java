package org.entente.extract.agreement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.DatePrecision;

/**
 * The day that weekdays and "hier" count from when the publication date has no day: a dateline's or a stamp's
 * day in the month of publication, else one the story names with its weekday.
 */
final class ReferenceDay {
    /** Days after a day the story names from which its weekdays are counted back: the nearest ones. */
    private static final int NEAREST_WEEKDAY_SHIFT = 3;
    /** Most characters a dateline, a stamp or a weekday with its day spans, from where it starts. */
    private static final int REACH = DatelinesAndStamps.REFERENCE_REACH;
    private final DateWords words;
    private final DatelinesAndStamps stamps;
    /** A day named with its weekday: "lundi 22 avril", which tells what day "lundi" is elsewhere in the text. */
    private final Pattern weekdayDayMonth;
    /** A weekday with its day and no month: "mardi (05)", "jeudi 7,", which tells the day when the weekday fits it. */
    private final Pattern weekdayDay;

    ReferenceDay(DateWords words, DatelinesAndStamps stamps) {
        this.words = words;
        this.stamps = stamps;
        weekdayDayMonth = Pattern.compile("\\b(?:" + words.weekdayAlt + ") (?:le )?(\\d{1,2})" + words.ordinal
                + " (" + words.monthAlt + ")\\b(?:\\.? (\\d{4})\\b)?");
        weekdayDay = Pattern.compile("\\b(" + words.weekdayAlt + ") \\(?(\\d{1,2})" + words.ordinal
                + "\\)?(?!\\d)(?! ?(?:" + words.monthAlt + ")\\b)");
    }

    /**
     * The day that weekdays and "hier" count from: the publication date when its day is known, else the day
     * of a dateline ("Tachkent, 19 avr. (Agence) --") or a stamp, else three days after a day the text names
     * with its weekday ("lundi 22 avril", or "mardi (05)" when the 5th of the month of publication is a
     * Tuesday), so that the story's other weekdays are the nearest ones; else the publication date at its
     * own precision. A relative word ("hier") counted from such a day is a guess either way.
     */
    ResolvedDate of(String folded, LocalDate published, DatePrecision precision) {
        ResolvedDate asPublished = published == null ? null : new ResolvedDate(published, precision);
        if (published == null || precision == DatePrecision.DAY || !DateWords.hasDigit(folded, 0, folded.length())) {
            return asPublished;
        }
        // tried only where each can start, a line's start or a weekday's name: a scan of every offset
        // with these patterns cost a quarter of the extraction
        ResolvedDate day = reportedDay(folded, published);
        if (day != null) {
            return day;
        }
        day = dayNamedWithItsWeekday(folded, published);
        // a day the story names is no publication day: its other weekdays are the nearest ones, before or after
        // ("arrivé mardi 5, il a entamé mercredi sa visite": the 6th), which counting back from three days
        // later gives
        return day != null ? new ResolvedDate(day.date().plusDays(NEAREST_WEEKDAY_SHIFT), DatePrecision.DAY) : asPublished;
    }

    /** The first day of a dateline or a stamp at a line's start that falls in the month of publication; or null. */
    private ResolvedDate reportedDay(String folded, LocalDate published) {
        // each pattern reads a day in figures on the line, within its reach: a line without one is skipped
        List<Integer> lineStarts = new ArrayList<>();
        for (int start = 0; start >= 0 && start < folded.length(); ) {
            int next = folded.indexOf('\n', start);
            if (DateWords.hasDigit(folded, start, Math.min(next < 0 ? folded.length() : next, start + REACH))) {
                lineStarts.add(start);
            }
            start = next < 0 ? -1 : next + 1;
        }
        for (Pattern stamp : stamps.inReferenceOrder(folded)) {
            ResolvedDate day = firstInMonth(stamp, folded, lineStarts, published);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /** The first day the text names with its weekday ("lundi 22 avril", "mardi (05)") in the month of publication; or null. */
    private ResolvedDate dayNamedWithItsWeekday(String folded, LocalDate published) {
        List<Integer> weekdayStarts = new ArrayList<>();
        for (String name : words.weekdays.keySet()) {
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
                weekdayStarts.add(at);
            }
        }
        weekdayStarts.sort(null);
        ResolvedDate day = firstInMonth(weekdayDayMonth, folded, weekdayStarts, published);
        return day != null ? day : weekdayDayInMonth(folded, weekdayStarts, published);
    }

    /**
     * "arrivé mardi (05)": the first weekday given with a day and no month that is that weekday in the month
     * of publication, as a check that the day is the weekday's; or null.
     */
    private ResolvedDate weekdayDayInMonth(String folded, List<Integer> starts, LocalDate published) {
        Matcher m = weekdayDay.matcher(folded).useTransparentBounds(true).useAnchoringBounds(true);
        for (int start : starts) {
            m.region(start, Math.min(folded.length(), start + REACH));
            if (!m.lookingAt()) {
                continue;
            }
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= published.lengthOfMonth()) {
                LocalDate date = published.withDayOfMonth(day);
                if (date.getDayOfWeek() == DayOfWeek.of(words.weekdays.get(m.group(1)))) {
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
            m.region(start, Math.min(folded.length(), start + REACH));
            if (m.lookingAt()) {
                // the month by its name ("12 juin") or in figures ("12/06/2023")
                int month = Character.isDigit(m.group(2).charAt(0)) ? Integer.parseInt(m.group(2)) : words.months.get(m.group(2));
                ResolvedDate day = month < 1 || month > 12 ? null
                        : ResolvedDate.dayOfMonth(Integer.parseInt(m.group(1)), month, m.group(3), published);
                if (day != null && day.precision() == DatePrecision.DAY
                        && day.date().getYear() == published.getYear() && day.date().getMonth() == published.getMonth()) {
                    return day;
                }
            }
        }
        return null;
    }
}
