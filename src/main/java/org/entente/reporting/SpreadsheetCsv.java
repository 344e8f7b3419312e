package org.entente.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;

/**
 * Rows as RFC 4180 CSV that a spreadsheet opens safely: text that a spreadsheet would run as a formula
 * gets a leading single quote, arrays become {@code a;b} cells, nulls empty cells.
 */
public final class SpreadsheetCsv {
    /** Between the elements of an array cell: {@code {defense,trade}} is written {@code defense;trade}. */
    public static final String ARRAY_SEPARATOR = ";";
    // The usual CSV-injection rule (OWASP): a cell starting with one of these is a formula to a spreadsheet.
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /** The header line then one line a row, each ending with a line feed. */
    public static String format(Result<? extends Record> rows) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (Field<?> f : rows.fields()) {
            header.add(cell(f.getName()));
        }
        line(csv, header);
        for (Record r : rows) {
            List<String> cells = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                cells.add(cell(r.get(i)));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    /** One value as spreadsheet-safe text, before CSV quoting. Numbers are left as they are, -3 included. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value instanceof Object[] array ? String.join(ARRAY_SEPARATOR,
                Arrays.stream(array).map(e -> Objects.toString(e, "")).toList()) : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append('\n');
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
