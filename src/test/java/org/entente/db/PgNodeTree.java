package org.entente.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL's text form of a query tree (pg_node_tree, as pg_rewrite.ev_action stores a
 * view's query): nodes {@code {NAME :field value ...}} become {@link Node}, lists {@code (...)}
 * become {@link List}, {@code <>} null, and every other token a String. Field values of several
 * tokens (a constant's datum bytes) are kept as a list of their tokens. With the few walks of a
 * query tree that {@link CitusJoinCheck} needs.
 */
final class PgNodeTree {
    /** A node of the tree: its type ({@code QUERY}, {@code VAR}, {@code OPEXPR}...) and its fields. */
    record Node(String type, Map<String, Object> fields) {
        Object get(String field) {
            return fields.get(field);
        }

        Node node(String field) {
            return fields.get(field) instanceof Node n ? n : null;
        }

        List<?> list(String field) {
            return fields.get(field) instanceof List<?> l ? l : List.of();
        }

        int integer(String field) {
            return Integer.parseInt((String) fields.get(field));
        }

        String text(String field) {
            return fields.get(field) instanceof String s ? s : null;
        }
    }

    private final String text;
    private int pos;

    private PgNodeTree(String text) {
        this.text = text;
    }

    /** The tree of {@code text}. */
    static Object parse(String text) {
        PgNodeTree reader = new PgNodeTree(text);
        Object value = reader.value(reader.next());
        if (reader.next() != null) {
            throw new IllegalArgumentException("text after the tree at " + reader.pos);
        }
        return value;
    }

    private Object value(String token) {
        if (token == null) {
            throw new IllegalArgumentException("the tree ends early");
        }
        return switch (token) {
            case "{" -> node();
            case "(" -> list();
            case "<>" -> null;
            default -> token;
        };
    }

    private Node node() {
        String type = next();
        Map<String, Object> fields = new LinkedHashMap<>();
        String token = next();
        while (!"}".equals(token)) {
            if (token == null || !token.startsWith(":")) {
                throw new IllegalArgumentException("a field name expected in " + type + " at " + pos + ": " + token);
            }
            String field = token.substring(1);
            List<Object> values = new ArrayList<>();
            token = next();
            while (token != null && !"}".equals(token) && !isFieldName(token)) {
                values.add(value(token));
                token = next();
            }
            fields.put(field, values.size() == 1 ? values.get(0) : values);
        }
        return new Node(type, fields);
    }

    private List<Object> list() {
        List<Object> items = new ArrayList<>();
        for (String token = next(); !")".equals(token); token = next()) {
            items.add(value(token));
        }
        return items;
    }

    private static boolean isFieldName(String token) {
        return token.length() > 1 && token.charAt(0) == ':';
    }

    /** The next token, as PostgreSQL's pg_strtok splits them: a backslash escapes the next character. */
    private String next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        if (c == '(' || c == ')' || c == '{' || c == '}') {
            pos++;
            return String.valueOf(c);
        }
        StringBuilder token = new StringBuilder();
        int start = pos;
        while (pos < text.length()) {
            c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}') {
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                pos++;
                c = text.charAt(pos);
            }
            token.append(c);
            pos++;
        }
        // A name that begins with an escaped character keeps its backslash: it is never a field name.
        return text.charAt(start) == '\\' ? "\\" + token : token.toString();
    }

    /** The range table indexes a query's FROM lists ({@code from}) and the conditions of its joins ({@code quals}). */
    static void joinTree(Object node, List<Integer> from, List<Object> quals) {
        if (!(node instanceof Node n)) {
            return;
        }
        switch (n.type()) {
            case "RANGETBLREF" -> from.add(n.integer("rtindex"));
            case "FROMEXPR" -> {
                n.list("fromlist").forEach(f -> joinTree(f, from, quals));
                quals.add(n.get("quals"));
            }
            case "JOINEXPR" -> {
                joinTree(n.get("larg"), from, quals);
                joinTree(n.get("rarg"), from, quals);
                quals.add(n.get("quals"));
            }
            default -> throw new IllegalArgumentException("unexpected join tree node " + n.type());
        }
    }

    /** The conditions AND joins in {@code expr} (an OR or a NOT is one condition). */
    static List<Node> conjuncts(Object expr) {
        if (!(expr instanceof Node n)) {
            return List.of();
        }
        if ("BOOLEXPR".equals(n.type()) && "and".equals(n.text("boolop"))) {
            List<Node> all = new ArrayList<>();
            n.list("args").forEach(a -> all.addAll(conjuncts(a)));
            return all;
        }
        return List.of(n);
    }

    static Object stripped(Object expr) {
        while (expr instanceof Node n && "RELABELTYPE".equals(n.type())) {
            expr = n.get("arg");
        }
        return expr;
    }

    /** The SubLinks of an expression, not those inside the subqueries themselves. */
    static void sublinks(Object expr, List<Node> found) {
        if (expr instanceof Node n) {
            if ("SUBLINK".equals(n.type())) {
                found.add(n);
            } else if (!"QUERY".equals(n.type())) {
                n.fields().values().forEach(v -> sublinks(v, found));
            }
        } else if (expr instanceof List<?> l) {
            l.forEach(v -> sublinks(v, found));
        }
    }
}
