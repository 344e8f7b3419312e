package org.entente.corpus;

/** Which part of a date is known: the day, only the month, or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The lower-case code stored in the warehouse. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
