package org.entente.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.db.PgNodeTree.Node;
import org.jooq.DSLContext;

/**
 * Finds the joins of views that a Citus cluster laid out as core.distribution_plan says could not
 * run on its workers: two distributed tables joined without equal distribution columns, or a
 * distributed table joined with a local table or with a result gathered on the coordinator (a
 * subquery that aggregates without the distribution column). It walks each view's query tree
 * (pg_rewrite): equalities in WHERE and ON (and in correlated subqueries, lateral or not) join
 * column classes; a subquery or view that exposes the distribution column carries it outwards.
 */
final class CitusJoinCheck {
    private enum Kind { NONE, REFERENCE, LOCAL, INTERMEDIATE, DISTRIBUTED }

    private record Relation(String name, char relkind, String role, int distributionColumn) {
    }

    /** A column of a range table entry of one query level (scope). */
    private record Key(int scope, int rtindex, int attno) {
    }

    /** What a query, table or view contributes to a join: its kind and, when distributed, its key's class. */
    private record Item(String name, Kind kind, Key key) {
    }

    private record Result(Kind kind, Key key, Map<Integer, Key> exposed) {
    }

    private final DSLContext dsl;
    private final Map<Long, Relation> relations = new HashMap<>();
    private final Set<String> equalities;
    private final ColumnClasses<Key> classes = new ColumnClasses<>();
    private final Set<Key> distributionKeys = new HashSet<>();
    private final Set<String> violations = new LinkedHashSet<>();
    private int scopes;
    private String view;

    CitusJoinCheck(DSLContext dsl) {
        this.dsl = dsl;
        dsl.resultQuery("""
                select c.oid, n.nspname || '.' || c.relname, c.relkind, p.role, a.attnum
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                left join core.distribution_plan p on p.table_name = n.nspname || '.' || c.relname
                left join pg_attribute a on a.attrelid = c.oid and a.attname = p.distribution_column
                where c.relkind in ('r', 'p', 'v', 'm', 'f')""").fetch().forEach(r -> relations.put(
                r.get(0, Long.class), new Relation(r.get(1, String.class), r.get(2, String.class).charAt(0),
                        r.get(3, String.class), r.get(4) == null ? 0 : r.get(4, Integer.class))));
        equalities = new HashSet<>(dsl.resultQuery("select oid::text from pg_operator where oprname = '='")
                .fetch(0, String.class));
    }

    /** One line per join that breaks the plan, in the views of these schemas. */
    List<String> violations(String... schemas) {
        List<Long> views = dsl.resultQuery("""
                select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'v' and n.nspname = any ({0}) order by n.nspname, c.relname""",
                org.jooq.impl.DSL.val(schemas)).fetch(0, Long.class);
        for (long oid : views) {
            viewResult(oid);
        }
        return List.copyOf(violations);
    }

    private Result viewResult(long oid) {
        String outer = view;
        view = relations.get(oid).name();
        String tree = dsl.resultQuery("select ev_action::text from pg_rewrite where ev_class = {0} and rulename = '_RETURN'",
                org.jooq.impl.DSL.val(oid)).fetchOne(0, String.class);
        Result result = query((Node) ((List<?>) PgNodeTree.parse(tree)).get(0), new ArrayDeque<>());
        view = outer;
        return result;
    }

    private Result query(Node q, Deque<Integer> outer) {
        Deque<Integer> stack = new ArrayDeque<>(outer);
        int scope = ++scopes;
        stack.push(scope);
        List<?> rtable = q.list("rtable");
        if (q.get("setOperations") != null) {
            return setOperation(rtable, stack);
        }
        for (int i = 1; i <= rtable.size(); i++) {
            Node rte = (Node) rtable.get(i - 1);
            if (rte.integer("rtekind") == 2) {
                List<?> aliases = rte.list("joinaliasvars");
                for (int k = 0; k < aliases.size(); k++) {
                    Key column = column(aliases.get(k), stack);
                    if (column != null) {
                        classes.union(new Key(scope, i, k + 1), column);
                    }
                }
            }
        }
        List<Integer> from = new ArrayList<>();
        List<Object> quals = new ArrayList<>();
        PgNodeTree.joinTree(q.get("jointree"), from, quals);
        quals.add(q.get("havingQual"));
        quals.forEach(qual -> PgNodeTree.conjuncts(qual).forEach(c -> equality(c, stack)));
        List<Item> items = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (int i : from) {
                Item item = item((Node) rtable.get(i - 1), i, pass, stack);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        int fromItems = items.size();
        List<Node> sublinks = new ArrayList<>();
        q.list("targetList").forEach(t -> PgNodeTree.sublinks(t, sublinks));
        quals.forEach(qual -> PgNodeTree.sublinks(qual, sublinks));
        for (Node sublink : sublinks) {
            items.add(sublink(sublink, stack));
        }
        check(items, fromItems);
        return result(q, items, stack);
    }

    /** The item of a FROM entry, in three passes: tables first, then views, then subqueries (lateral ones see the others). */
    private Item item(Node rte, int i, int pass, Deque<Integer> stack) {
        int kind = rte.integer("rtekind");
        int scope = stack.peek();
        String alias = rte.node("eref") == null ? "?" : rte.node("eref").text("aliasname");
        if (kind == 0) {
            Relation r = relations.get(Long.parseLong(rte.text("relid")));
            if (r == null) {
                return pass == 0 ? new Item(alias, Kind.LOCAL, null) : null;
            }
            if (r.relkind() == 'v') {
                return pass == 1 ? exposedItem(r.name(), viewResult(Long.parseLong(rte.text("relid"))), scope, i) : null;
            }
            if (pass != 0) {
                return null;
            }
            if ("distributed".equals(r.role())) {
                Key key = new Key(scope, i, r.distributionColumn());
                distributionKeys.add(key);
                return new Item(r.name(), Kind.DISTRIBUTED, key);
            }
            return new Item(r.name(), "reference".equals(r.role()) ? Kind.REFERENCE : Kind.LOCAL, null);
        }
        if (pass != 2) {
            return null;
        }
        if (kind == 1) {
            return exposedItem(alias, query(rte.node("subquery"), stack), scope, i);
        }
        if (kind == 6) {
            return exposedItem(alias, new Result(Kind.INTERMEDIATE, null, Map.of()), scope, i);
        }
        return null;
    }

    private Item exposedItem(String name, Result r, int scope, int i) {
        r.exposed().forEach((resno, key) -> {
            Key outside = new Key(scope, i, resno);
            classes.union(outside, key);
            distributionKeys.add(outside);
        });
        return new Item(name, r.kind(), r.key());
    }

    private Item sublink(Node sublink, Deque<Integer> stack) {
        Result r = query(sublink.node("subselect"), stack);
        // x IN (select y ...): the test expression's equalities name the subquery's columns as Params.
        for (Node c : PgNodeTree.conjuncts(sublink.get("testexpr"))) {
            List<?> args = c.list("args");
            if ("OPEXPR".equals(c.type()) && equalities.contains(c.text("opno")) && args.size() == 2
                    && PgNodeTree.stripped(args.get(1)) instanceof Node p && "PARAM".equals(p.type())) {
                Key outside = column(args.get(0), stack);
                Key inside = r.exposed().get(p.integer("paramid"));
                if (outside != null && inside != null) {
                    classes.union(outside, inside);
                }
            }
        }
        return new Item("a subquery in " + view, r.kind(), r.key());
    }

    /**
     * Distributed items (FROM entries, then correlated subqueries) share one class; where there is a
     * distributed item, no local item, and no FROM entry that Citus must gather on the coordinator.
     */
    private void check(List<Item> items, int fromItems) {
        Item first = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.kind() != Kind.DISTRIBUTED) {
                continue;
            }
            if (first == null && i < fromItems) {
                first = item;
            } else if (first != null && !classes.same(first.key(), item.key())) {
                violations.add("%s joins distributed %s and %s without equal distribution columns"
                        .formatted(view, first.name(), item.name()));
            }
        }
        Item distributed = first != null ? first
                : items.stream().filter(i -> i.kind() == Kind.DISTRIBUTED).findFirst().orElse(null);
        if (distributed == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.kind() == Kind.LOCAL) {
                violations.add("%s joins distributed %s with local %s".formatted(view, distributed.name(), item.name()));
            } else if (item.kind() == Kind.INTERMEDIATE && i < fromItems) {
                violations.add("%s joins distributed %s with %s, which Citus must gather on the coordinator first"
                        .formatted(view, distributed.name(), item.name()));
            }
        }
    }

    private Result result(Node q, List<Item> items, Deque<Integer> stack) {
        Item distributed = items.stream().filter(i -> i.kind() == Kind.DISTRIBUTED).findFirst().orElse(null);
        if (distributed == null) {
            Kind kind = items.stream().map(Item::kind).max(Enum::compareTo).orElse(Kind.NONE);
            return new Result(kind, null, Map.of());
        }
        Map<Integer, Key> exposed = new HashMap<>();
        Set<String> groupRefs = new HashSet<>();
        for (Object list : List.of(q.list("groupClause"), q.list("distinctClause"))) {
            ((List<?>) list).forEach(g -> groupRefs.add(((Node) g).text("tleSortGroupRef")));
        }
        boolean groupedByKey = false;
        for (Object t : q.list("targetList")) {
            Node entry = (Node) t;
            Key column = column(entry.get("expr"), stack);
            if (column != null && classes.same(column, distributed.key())) {
                groupedByKey |= groupRefs.contains(entry.text("ressortgroupref"));
                if (!"true".equals(entry.text("resjunk"))) {
                    exposed.put(entry.integer("resno"), column);
                }
            }
        }
        boolean collapses = "true".equals(q.text("hasAggs")) || !groupRefs.isEmpty()
                || "true".equals(q.text("hasWindowFuncs"));
        if (q.get("limitCount") != null || collapses && !groupedByKey && !correlated(distributed.key(), stack)) {
            return new Result(Kind.INTERMEDIATE, null, Map.of());
        }
        return new Result(Kind.DISTRIBUTED, distributed.key(), exposed);
    }

    /** True when the class holds a distribution column of an enclosing query: a co-located correlated subquery. */
    private boolean correlated(Key key, Deque<Integer> stack) {
        Set<Integer> outer = new HashSet<>(stack);
        outer.remove(stack.peek());
        return distributionKeys.stream().anyMatch(k -> outer.contains(k.scope()) && classes.same(k, key));
    }

    private Result setOperation(List<?> rtable, Deque<Integer> stack) {
        List<Result> branches = new ArrayList<>();
        for (Object rte : rtable) {
            if (((Node) rte).integer("rtekind") == 1) {
                branches.add(query(((Node) rte).node("subquery"), stack));
            }
        }
        boolean allDistributed = branches.stream().allMatch(b -> b.kind() == Kind.DISTRIBUTED);
        if (allDistributed && !branches.isEmpty()) {
            Map<Integer, Key> exposed = new HashMap<>(branches.get(0).exposed());
            exposed.keySet().removeIf(resno -> branches.stream().anyMatch(b -> !b.exposed().containsKey(resno)));
            if (!exposed.isEmpty()) {
                exposed.forEach((resno, key) -> branches.forEach(b -> classes.union(key, b.exposed().get(resno))));
                return new Result(Kind.DISTRIBUTED, branches.get(0).key(), exposed);
            }
        }
        Kind kind = branches.stream().map(Result::kind).max(Enum::compareTo).orElse(Kind.NONE);
        return new Result(kind == Kind.DISTRIBUTED ? Kind.INTERMEDIATE : kind, null, Map.of());
    }



    private void equality(Node c, Deque<Integer> stack) {
        List<?> args = c.list("args");
        if ("OPEXPR".equals(c.type()) && equalities.contains(c.text("opno")) && args.size() == 2) {
            Key left = column(args.get(0), stack);
            Key right = column(args.get(1), stack);
            if (left != null && right != null) {
                classes.union(left, right);
            }
        }
    }

    /** The column a plain Var (through type relabelling) stands for, in the scope its level names. */
    private static Key column(Object expr, Deque<Integer> stack) {
        if (!(PgNodeTree.stripped(expr) instanceof Node v) || !"VAR".equals(v.type())) {
            return null;
        }
        int level = v.integer("varlevelsup");
        List<Integer> scopes = new ArrayList<>(stack);
        return level < scopes.size() ? new Key(scopes.get(level), v.integer("varno"), v.integer("varattno")) : null;
    }


}
