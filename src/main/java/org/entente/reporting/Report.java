package org.entente.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An analyst report: a SQL file over the reporting schema whose leading comment gives its description
 * and its named parameters with their defaults ({@code -- param: country = KR -- what it is}).
 */
public record Report(String name, String description, List<Parameter> parameters, String sql) {
    private static final Pattern PARAM = Pattern.compile(
            "--\\s*param:\\s*([a-z_][a-z0-9_]*)\\s*=\\s*(.*?)\\s*(?:--\\s*(.*))?");

    /** A named parameter, its default value and what it means. */
    public record Parameter(String name, String defaultValue, String description) {
    }

    /** Parses a report file's text. */
    public static Report parse(String name, String text) {
        List<String> description = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                if (!t.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher m = PARAM.matcher(t);
            if (m.matches()) {
                parameters.add(new Parameter(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3).strip()));
            } else {
                description.add(t.substring(2).strip());
            }
        }
        return new Report(name, String.join(" ", description).strip(), List.copyOf(parameters), text);
    }

    /** The defaults overridden by {@code given}; fails on a name the report does not declare. */
    public Map<String, String> values(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.defaultValue()));
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("report " + name + " has no parameter " + e.getKey()
                        + "; its parameters: " + values.keySet());
            }
            values.put(e.getKey(), e.getValue());
        }
        return values;
    }
}
