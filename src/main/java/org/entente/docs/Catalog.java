package org.entente.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.reporting.DataDictionary;
import org.entente.reporting.DataDictionary.Relation;

/**
 * The reporting schema described for tools: every view and materialized view with its description,
 * columns and lineage, as plain maps and lists that render as JSON.
 */
public record Catalog(String schema, Integer version, List<Relation> relations, Lineage lineage) {

    /** The catalog as one JSON-ready object: schema, version, and a list of relations. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", schema);
        out.put("warehouse_version", version);
        out.put("relations", relations.stream().map(this::relation).toList());
        return out;
    }

    private Map<String, Object> relation(Relation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", schema + "." + r.name());
        m.put("kind", r.kind());
        m.put("description", r.description());
        m.put("columns", r.columns().stream().map(c -> {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("name", c.name());
            col.put("type", c.type());
            col.put("description", c.description());
            return col;
        }).toList());
        m.put("reads_core_tables", lineage.coreTablesOf(r.name()).stream().map(t -> "core." + t).toList());
        m.put("built_on", lineage.builtOnOf(r.name()).stream().map(t -> schema + "." + t).toList());
        return m;
    }

    /** Reads the catalog of {@code schema} from the database. */
    public static Catalog read(org.jooq.DSLContext dsl, String schema) {
        Integer version = dsl.resultQuery("select version from reporting.warehouse_version").fetchOne(0, Integer.class);
        return new Catalog(schema, version, DataDictionary.read(dsl, schema), Lineage.read(dsl, schema));
    }
}
