package org.entente.cli;

import java.util.List;
import java.util.Map;

/** Renders the extractor's findings for a person to read. */
final class ExtractionText {
    private ExtractionText() {
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> found) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(found.get("file")).append("  (published ").append(found.get("published"))
                .append(", language ").append(found.get("language")).append(", rules ")
                .append(found.get("rules_version")).append(")\n");
        out.append("countries:");
        ((List<Map<String, Object>>) found.get("countries")).stream().map(c -> c.get("iso2")).distinct()
                .forEach(c -> out.append(' ').append(c));
        out.append("\norganizations:\n");
        ((List<Map<String, Object>>) found.get("organizations")).stream()
                .map(o -> "  " + o.get("name") + (o.get("acronym") == null ? "" : " (" + o.get("acronym") + ")")
                        + " [" + o.get("kind") + (o.get("country") == null ? "" : ", " + o.get("country")) + "]")
                .distinct().forEach(s -> out.append(s).append('\n'));
        out.append("agreements:\n");
        for (Map<String, Object> g : (List<Map<String, Object>>) found.get("agreements")) {
            out.append("  ").append(g.get("kind")).append(' ').append(g.get("status")).append(' ')
                    .append(g.get("parties")).append(", date ").append(g.get("date") == null ? "none" : g.get("date"))
                    .append(", place ").append(g.get("place") == null ? "none" : g.get("place") + " (" + g.get("place_country") + ")")
                    .append(", sectors ")
                    .append(g.get("sectors")).append("\n    « ").append(g.get("evidence")).append(" »\n");
        }
        out.append("unclassified names: ").append(found.get("unclassified")).append('\n');
        if (found.containsKey("notes")) {
            out.append("notes: ").append(found.get("notes")).append('\n');
        }
        if (found.containsKey("explanation")) {
            out.append("explanation:\n");
            ((List<?>) found.get("explanation")).forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }
}
