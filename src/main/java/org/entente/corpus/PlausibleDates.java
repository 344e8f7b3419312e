package org.entente.corpus;

import java.time.LocalDate;
import java.time.Year;

/**
 * The dates a news article can plausibly carry or report: from 1900 to ten years after today. A date
 * outside (year 0, year 10000, a typing slip) is refused in a header and dropped from a fact.
 */
public final class PlausibleDates {
    public static final int FIRST_YEAR = 1900;
    /** How far ahead a planned date may lie. */
    public static final int YEARS_AHEAD = 10;

    private PlausibleDates() {
    }

    public static int lastYear() {
        return Year.now().getValue() + YEARS_AHEAD;
    }

    public static boolean contains(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= lastYear();
    }

    /** "years 1900 to 2036", for messages. */
    public static String describe() {
        return "years " + FIRST_YEAR + " to " + lastYear();
    }
}
