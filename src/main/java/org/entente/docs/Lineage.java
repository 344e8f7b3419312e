package org.entente.docs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What each relation of a schema is built from, read from PostgreSQL's dependency catalog (which any
 * login may read): the core tables it reads through every layer of views, and the relations of the
 * same schema it reads directly.
 *
 * @param coreTables relation name to the core tables it reads, transitively
 * @param builtOn relation name to the relations of the schema its definition names
 */
public record Lineage(Map<String, List<String>> coreTables, Map<String, List<String>> builtOn) {
    private static final String QUERY = """
            with recursive direct(view_oid, ref_oid) as (
                select distinct r.ev_class, d.refobjid
                from pg_rewrite r
                join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
                                and d.refclassid = 'pg_class'::regclass and d.refobjid <> r.ev_class
            ), closure(root, ref, depth) as (
                select view_oid, ref_oid, 1 from direct
                union
                select c.root, d.ref_oid, 2 from closure c join direct d on d.view_oid = c.ref
            )
            select v.relname as relation, rn.nspname as ref_schema, rc.relname as ref_name, min(c.depth) as depth
            from closure c
            join pg_class v on v.oid = c.root
            join pg_namespace vn on vn.oid = v.relnamespace and vn.nspname = {0}
            join pg_class rc on rc.oid = c.ref and rc.relkind in ('r', 'p', 'v', 'm')
            join pg_namespace rn on rn.oid = rc.relnamespace
            group by v.relname, rn.nspname, rc.relname""";

    public static Lineage read(DSLContext dsl, String schema) {
        Map<String, TreeSet<String>> core = new TreeMap<>();
        Map<String, TreeSet<String>> built = new TreeMap<>();
        for (Record r : dsl.resultQuery(QUERY, DSL.val(schema)).fetch()) {
            String relation = r.get("relation", String.class);
            String refSchema = r.get("ref_schema", String.class);
            String ref = r.get("ref_name", String.class);
            if ("core".equals(refSchema)) {
                core.computeIfAbsent(relation, k -> new TreeSet<>()).add(ref);
            } else if (schema.equals(refSchema) && r.get("depth", Integer.class) == 1) {
                built.computeIfAbsent(relation, k -> new TreeSet<>()).add(ref);
            }
        }
        return new Lineage(lists(core), lists(built));
    }

    public List<String> coreTablesOf(String relation) {
        return coreTables.getOrDefault(relation, List.of());
    }

    public List<String> builtOnOf(String relation) {
        return builtOn.getOrDefault(relation, List.of());
    }

    /** The relations whose definitions name {@code relation}. */
    public List<String> usedBy(String relation) {
        return builtOn.entrySet().stream().filter(e -> e.getValue().contains(relation)).map(Map.Entry::getKey).toList();
    }

    private static Map<String, List<String>> lists(Map<String, TreeSet<String>> sets) {
        Map<String, List<String>> out = new TreeMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
