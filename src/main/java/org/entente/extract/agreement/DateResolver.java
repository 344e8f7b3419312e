package org.entente.extract.agreement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.DatePrecision;
import org.entente.extract.rules.RuleFiles;

/**
 * Reads French date expressions ("le 13 novembre", "les 11-13 juin 2024", "dimanche", "hier")
 * and resolves them against the publication date.
 */
public final class DateResolver {
    private final DateWords words;
    private final ExplicitDates explicitDates;
    private final ReferenceDay referenceDay;
    private final Pattern weekday;
    private final Pattern relative;
    private final Pattern monthAlone;
    /** A month named alone after a lead that may look back ("fin juin"): a past date. */
    private final Pattern pastMonthAlone;
    /** The words before a bare year ("en" of "en 2019"), as a regex alternation. */
    final String yearLeads;

    public DateResolver(RuleFiles rules) {
        words = new DateWords(rules);
        DatelinesAndStamps stamps = new DatelinesAndStamps(words);
        explicitDates = new ExplicitDates(words, stamps);
        referenceDay = new ReferenceDay(words, stamps);
        String monthAlt = words.monthAlt;
        List<String> aheadLeads = new ArrayList<>(words.monthLeads);
        aheadLeads.addAll(words.futureMonthLeads);
        monthAlone = Pattern.compile("\\b(?:" + String.join("|", aheadLeads) + ") (" + monthAlt + ")\\b(?!\\s+\\d)");
        pastMonthAlone = Pattern.compile("\\b(?:" + String.join("|", words.monthLeads) + ") (" + monthAlt
                + ")\\b(?!\\s+\\d)");
        yearLeads = words.yearLeads;
        weekday = Pattern.compile("\\b(" + words.weekdayAlt + ")\\b");
        relative = Pattern.compile("(?<![a-z])(" + String.join("|", words.relatives.keySet()).replace("'", "'")
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
        ExplicitDates.Reading explicit = explicitDates.read(folded, start, part, published);
        if (explicit.settled()) {
            return explicit.date();
        }
        ResolvedDate datelineDay = explicit.datelineDay();
        if (published == null) {
            return datelineDay;
        }
        // each pattern needs one of its words verbatim: most sentences skip the patterns
        // the weekday of a dateline's or a stamp's day ("Publié le vendredi 22 décembre") dates nothing: read after it
        Matcher m = DateWords.containsAny(part, words.weekdays.keySet()) ? weekday.matcher(part) : null;
        if (m != null && m.find(explicit.readFrom())) {
            return weekdayBefore(words.weekdays.get(m.group(1)), published, precision);
        }
        m = DateWords.containsAny(part, words.relatives.keySet()) ? relative.matcher(part) : null;
        if (m != null && m.find()) {
            return precision == DatePrecision.DAY
                    ? new ResolvedDate(published.plusDays(words.relatives.get(m.group(1))), DatePrecision.DAY)
                    : publicationMonth(published);
        }
        m = monthAlone && datelineDay == null && DateWords.containsAny(part, words.months.keySet())
                ? pastMonthAlone.matcher(part) : null;
        if (m != null && m.find()) {
            // "ont signé en février", "fin octobre": the last such month up to publication
            int month = words.months.get(m.group(1));
            return ResolvedDate.month(month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1, month);
        }
        return datelineDay;
    }

    /** The day that weekdays and "hier" count from, as {@link ReferenceDay#of} gives it. */
    public ResolvedDate reference(String folded, LocalDate published, DatePrecision precision) {
        return referenceDay.of(folded, published, precision);
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
        int month = words.months.get(m.group(1));
        int year = month >= published.getMonthValue() ? published.getYear() : published.getYear() + 1;
        return ResolvedDate.month(year, month);
    }

    /** The publication month, the fallback when the text gives no date. */
    static ResolvedDate publicationMonth(LocalDate published) {
        return published == null ? null : ResolvedDate.month(published.getYear(), published.getMonthValue());
    }

    private static ResolvedDate weekdayBefore(int isoDay, LocalDate published, DatePrecision precision) {
        if (precision != DatePrecision.DAY) {
            return publicationMonth(published);
        }
        LocalDate date = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
        return new ResolvedDate(date, DatePrecision.DAY);
    }
}
