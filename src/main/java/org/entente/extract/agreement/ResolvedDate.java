package org.entente.extract.agreement;

import java.time.LocalDate;
import org.entente.corpus.DatePrecision;

/** A date with the precision the text supports (first of the month at month precision). */
public record ResolvedDate(LocalDate date, DatePrecision precision) {

    static ResolvedDate month(int year, int month) {
        return new ResolvedDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }
}
