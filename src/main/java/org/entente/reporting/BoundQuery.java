package org.entente.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SQL with {@code :name} placeholders turned into JDBC {@code ?} markers and the values to bind, in order. */
public record BoundQuery(String sql, List<String> values) {

    /**
     * Replaces every {@code :name} outside string literals, quoted identifiers and comments by
     * {@code ?}; {@code ::type} casts are left alone. Fails on a name missing from {@code values}.
     */
    public static BoundQuery of(String sql, Map<String, String> values) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> bound = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = closing(sql, i, c);
            } else if (sql.startsWith("--", i)) {
                end = lineEnd(sql, i);
            } else if (c == ':' && isNameStart(sql, i + 1) && (i == 0 || sql.charAt(i - 1) != ':')) {
                end = nameEnd(sql, i + 1);
                String name = sql.substring(i + 1, end);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter :" + name);
                }
                bound.add(values.get(name));
                out.append('?');
                i = end;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return new BoundQuery(out.toString(), List.copyOf(bound));
    }

    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int lineEnd(String sql, int start) {
        int nl = sql.indexOf('\n', start);
        return nl < 0 ? sql.length() : nl;
    }

    private static boolean isNameStart(String sql, int i) {
        return i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_');
    }

    private static int nameEnd(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return i;
    }
}
