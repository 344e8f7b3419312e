package org.entente.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The documentation of a schema's views and tables (the marts), read from the catalog's comments. */
public final class DataDictionary {
    /** A view, materialized view or table with its comment and columns. */
    public record Relation(String name, String kind, String description, List<Column> columns) {
    }

    /** A column with its SQL type and comment. */
    public record Column(String name, String type, String description) {
    }

    private static final String CATALOG_QUERY = """
            select c.relname as relation,
                   case c.relkind when 'm' then 'materialized view' when 'r' then 'table' else 'view' end as kind,
                   obj_description(c.oid, 'pg_class') as relation_description,
                   a.attname as column_name,
                   format_type(a.atttypid, a.atttypmod) as column_type,
                   col_description(c.oid, a.attnum) as column_description
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            where n.nspname = {0} and c.relkind in ('v', 'm', 'r')
            order by c.relname, a.attnum""";

    private DataDictionary() {
    }

    /** The views and tables of {@code schema}, by name, with their columns in table order. */
    public static List<Relation> read(DSLContext dsl, String schema) {
        Map<String, List<Record>> byRelation = new LinkedHashMap<>();
        for (Record r : dsl.resultQuery(CATALOG_QUERY, DSL.val(schema)).fetch()) {
            byRelation.computeIfAbsent(r.get("relation", String.class), k -> new ArrayList<>()).add(r);
        }
        List<Relation> relations = new ArrayList<>();
        byRelation.forEach((name, rows) -> relations.add(new Relation(name, rows.get(0).get("kind", String.class),
                rows.get(0).get("relation_description", String.class),
                rows.stream().map(r -> new Column(r.get("column_name", String.class),
                        r.get("column_type", String.class), r.get("column_description", String.class))).toList())));
        return relations;
    }

    /** "relation" or "relation.column" for everything in {@code relations} that has no comment. */
    public static List<String> undocumented(List<Relation> relations) {
        List<String> missing = new ArrayList<>();
        for (Relation r : relations) {
            if (isBlank(r.description())) {
                missing.add(r.name());
            }
            r.columns().stream().filter(c -> isBlank(c.description())).forEach(c -> missing.add(r.name() + "." + c.name()));
        }
        return missing;
    }

    /** The dictionary as Markdown: a section per relation, its description, then a table of its columns. */
    public static String markdown(String schema, List<Relation> relations) {
        StringBuilder md = new StringBuilder("# Data dictionary: schema `" + schema + "`\n");
        for (Relation r : relations) {
            md.append("\n## ").append(schema).append('.').append(r.name()).append("\n\n")
                    .append(cell(r.description())).append(" (").append(r.kind()).append(")\n\n")
                    .append("| column | type | description |\n|---|---|---|\n");
            for (Column c : r.columns()) {
                md.append("| ").append(cell(c.name())).append(" | ").append(cell(c.type())).append(" | ")
                        .append(cell(c.description())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
