package org.entente.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An analyst report: a SQL file over the reporting schema whose leading comment gives its description
 * and its named, typed parameters with their defaults ({@code -- param: country country = KR -- what it is};
 * a type written {@code year|all} also accepts the word all).
 */
public record Report(String name, String description, List<Parameter> parameters, String sql) {
    private static final Pattern PARAM = Pattern.compile(
            "--\\s*param:\\s*([a-z_][a-z0-9_]*)\\s+([a-z]+)(\\|all)?\\s*=\\s*(.*?)\\s*(?:--\\s*(.*))?");

    /** A named parameter, what it accepts ({@code allowsAll}: also the word all), its default and what it means. */
    public record Parameter(String name, ParameterType type, boolean allowsAll, String defaultValue,
            String description) {
        /** The accepted form, for messages and listings. */
        public String form() {
            return type.form() + (allowsAll ? ", or all" : "");
        }
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
                parameters.add(new Parameter(m.group(1), ParameterType.named(m.group(2)), m.group(3) != null,
                        m.group(4), m.group(5) == null ? "" : m.group(5).strip()));
            } else if (t.matches("--\\s*param:.*")) {
                throw new IllegalArgumentException("report " + name + ": a parameter line is -- param: NAME TYPE = "
                        + "DEFAULT -- meaning, not: " + t);
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
