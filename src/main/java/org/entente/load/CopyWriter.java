package org.entente.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent with pgjdbc's CopyManager: the fastest
 * way in, and the one place where SQL is written by hand (jOOQ has no COPY). A row is built from
 * the table's generated fields in their declared order: a missing or misplaced column fails at once.
 */
final class CopyWriter {
    private final String table;
    private final List<Field<?>> fields;
    /** The rows, already UTF-8: strings are encoded once, by the JDK's intrinsic, and escaped as bytes. */
    private byte[] rows = new byte[1 << 16];
    private int length;
    private int count;
    private boolean rowOpen;
    private int column;

    CopyWriter(String table, List<? extends Field<?>> fields) {
        this.table = table;
        this.fields = List.copyOf(fields);
    }

    /** A writer for these columns of a generated table, in this order. */
    static CopyWriter of(DSLContext dsl, Table<?> table, Field<?>... columns) {
        return new CopyWriter(dsl.render(table), List.of(columns));
    }

    /** Starts a row; values follow with {@link #set}, one for each column in order. */
    CopyWriter row() {
        if (rowOpen) {
            checkComplete();
            put((byte) '\n');
        }
        rowOpen = true;
        column = 0;
        count++;
        return this;
    }

    /** The value of the next column, which must be {@code field}. */
    <T> CopyWriter set(Field<T> field, T value) {
        if (!rowOpen || column >= fields.size() || !fields.get(column).equals(field)) {
            throw new IllegalStateException("COPY into " + table + ": " + field.getName() + " given where "
                    + (!rowOpen ? "no row was started" : column >= fields.size() ? "the row is already complete"
                    : "column " + (column + 1) + " is " + fields.get(column).getName()));
        }
        if (column++ > 0) {
            put((byte) '\t');
        }
        if (value == null) {
            ascii("\\N");
        } else if (value instanceof Object[] items) {
            StringBuilder array = new StringBuilder("{");
            for (int i = 0; i < items.length; i++) {
                array.append(i == 0 ? "" : ",").append('"').append(escapeArray(items[i].toString())).append('"');
            }
            escape(array.append('}').toString());
        } else if (value instanceof String s) {
            escape(s);
        } else {
            // Numbers, dates, timestamps: their text form is ASCII without special characters.
            ascii(value.toString());
        }
        return this;
    }

    int size() {
        return count;
    }

    /** Sends the rows and clears the writer; returns how many rows the server took. */
    long flush(Connection connection) throws SQLException {
        if (count == 0) {
            return 0;
        }
        checkComplete();
        put((byte) '\n');
        String sql = "copy " + table + " (" + String.join(", ", fields.stream().map(CopyWriter::quoted).toList())
                + ") from stdin";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(rows, 0, length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            length = 0;
            count = 0;
            rowOpen = false;
        }
    }

    /**
     * Appends {@code s} in UTF-8 with COPY's backslash escapes. The escaped characters are ASCII, and
     * in UTF-8 no byte of a longer character falls below 0x80, so the runs between them are copied whole.
     */
    private void escape(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        room(utf8.length * 2);
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte escaped = switch (utf8[i]) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escaped != 0) {
                System.arraycopy(utf8, from, rows, length, i - from);
                length += i - from;
                rows[length++] = '\\';
                rows[length++] = escaped;
                from = i + 1;
            }
        }
        System.arraycopy(utf8, from, rows, length, utf8.length - from);
        length += utf8.length - from;
    }

    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            rows[length++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) {
        room(1);
        rows[length++] = b;
    }

    private void room(int more) {
        if (length + more > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length * 2, length + more));
        }
    }

    private void checkComplete() {
        if (column != fields.size()) {
            throw new IllegalStateException("COPY into " + table + ": a row has " + column + " of its "
                    + fields.size() + " columns, the next one being " + fields.get(column).getName());
        }
    }

    private static String quoted(Field<?> field) {
        return '"' + field.getName().replace("\"", "\"\"") + '"';
    }

    private static String escapeArray(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
