package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
    private static final DSLContext DSL_CONTEXT = DSL.using(SQLDialect.POSTGRES);
    private static final Field<String> TEXT = DSL.field("parties", SQLDataType.VARCHAR);
    private static final Field<String[]> SECTORS = DSL.field("sectors", SQLDataType.VARCHAR.array());
    private static final Field<BigDecimal> COUNT = DSL.field("n", SQLDataType.NUMERIC);
    private static final Field<LocalDate> DAY = DSL.field("on", SQLDataType.LOCALDATE);

    private static String csv(Object text, String[] sectors, BigDecimal count) {
        Result<Record> rows = DSL_CONTEXT.newResult(new Field<?>[] {TEXT, SECTORS, COUNT, DAY});
        Record r = DSL_CONTEXT.newRecord(new Field<?>[] {TEXT, SECTORS, COUNT, DAY});
        r.set(TEXT, (String) text);
        r.set(SECTORS, sectors);
        r.set(COUNT, count);
        r.set(DAY, LocalDate.of(2024, 3, 9));
        rows.add(r);
        return SpreadsheetCsv.format(rows);
    }

    private static String row(String text) {
        return csv(text, null, null).substring("parties,sectors,n,on\n".length());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() {
        assertEquals("'=1+2,,,2024-03-09\n", row("=1+2"));
        assertEquals("'+1,,,2024-03-09\n", row("+1"));
        assertEquals("'-2+3,,,2024-03-09\n", row("-2+3"));
        assertEquals("'@SUM(A1),,,2024-03-09\n", row("@SUM(A1)"));
        assertEquals("'\tx,,,2024-03-09\n", row("\tx"));
        assertEquals("\"'\rx\",,,2024-03-09\n", row("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",,,2024-03-09\n", row("=HYPERLINK(\"http://x\")"));
        assertEquals("a=1,,,2024-03-09\n", row("a=1"));
    }

    @Test
    void numbersDatesAndNullsAreWrittenAsTheyAre() {
        assertEquals("parties,sectors,n,on\nKR + PE,,-3,2024-03-09\n", csv("KR + PE", null, new BigDecimal("-3")));
    }

    @Test
    void arraysBecomeSemicolonSeparatedCellsAndSpecialCharactersAreQuoted() {
        assertEquals("parties,sectors,n,on\n\"Hyundai Rotem, \"\"FAME\"\"\",defense;trade,2,2024-03-09\n",
                csv("Hyundai Rotem, \"FAME\"", new String[] {"defense", "trade"}, BigDecimal.valueOf(2)));
        assertEquals("parties,sectors,n,on\nx,,2,2024-03-09\n", csv("x", new String[] {}, BigDecimal.valueOf(2)));
        assertEquals("parties,sectors,n,on\nx,'-a;b,2,2024-03-09\n", csv("x", new String[] {"-a", "b"}, BigDecimal.valueOf(2)));
    }
}
