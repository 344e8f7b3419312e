package org.entente.extract.agreement;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.entente.corpus.DatePrecision;

/** A date with the precision the text supports (first of the month at month precision). */
public record ResolvedDate(LocalDate date, DatePrecision precision) {

    static ResolvedDate month(int year, int month) {
        return new ResolvedDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    /**
     * A day and its month, in the year given or else the one publication implies; the month alone when there
     * is no such day; null when neither a year nor publication is known.
     */
    static ResolvedDate dayOfMonth(int day, int month, String year, LocalDate published) {
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
            return month(y, month);
        }
    }
}
