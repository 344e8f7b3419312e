package org.entente.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent with pgjdbc's CopyManager: the fastest
 * way in, and the one place where SQL is written by hand (jOOQ has no COPY).
 */
final class CopyWriter {
    private final String table;
    private final List<String> columns;
    private final StringBuilder rows = new StringBuilder(1 << 16);
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
            rows.append('\n');
        }
        rowOpen = true;
        column = 0;
        count++;
        return this;
    }

    CopyWriter add(Object value) {
        if (column++ > 0) {
            rows.append('\t');
        }
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof List<?> list) {
            rows.append('{');
            for (int i = 0; i < list.size(); i++) {
                rows.append(i == 0 ? "" : ",").append('"').append(escapeArray(list.get(i).toString())).append('"');
            }
            rows.append('}');
        } else if (value instanceof LocalDate d) {
            rows.append(d);
        } else {
            escape(value.toString());
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
        rows.append('\n');
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        try (Reader in = new StringReader(rows.toString())) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            rows.setLength(0);
            count = 0;
            rowOpen = false;
        }
    }

    /** Appends {@code s} with COPY's backslash escapes, copying the runs between special characters whole. */
    private void escape(String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = switch (s.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                rows.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        rows.append(s, from, s.length());
    }

    private static String escapeArray(String s) {
        return s.replace("\\", "\\\\\\\\").replace("\"", "\\\\\"");
    }
}
