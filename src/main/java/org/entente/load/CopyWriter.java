package org.entente.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent with pgjdbc's CopyManager: the fastest
 * way in, and the one place where SQL is written by hand (jOOQ has no COPY).
 */
final class CopyWriter {
    private final String table;
    private final List<String> columns;
    /** The rows, already UTF-8: strings are encoded once, by the JDK's intrinsic, and escaped as bytes. */
    private byte[] rows = new byte[1 << 16];
    private int length;
    private int count;
    private boolean rowOpen;
    private int column;

    CopyWriter(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Starts a row; values follow with {@link #add}. */
    CopyWriter row() {
        if (rowOpen) {
            put((byte) '\n');
        }
        rowOpen = true;
        column = 0;
        count++;
        return this;
    }

    CopyWriter add(Object value) {
        if (column++ > 0) {
            put((byte) '\t');
        }
        if (value == null) {
            ascii("\\N");
        } else if (value instanceof List<?> list) {
            StringBuilder array = new StringBuilder("{");
            for (int i = 0; i < list.size(); i++) {
                array.append(i == 0 ? "" : ",").append('"').append(escapeArray(list.get(i).toString())).append('"');
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
        put((byte) '\n');
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
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

    private static String escapeArray(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
