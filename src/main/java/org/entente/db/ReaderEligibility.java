package org.entente.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Whether an existing role may become a reader: it must have no attribute beyond LOGIN, belong to no role
 * but the warehouse's reader group, own nothing and hold no privilege of its own anywhere on the server.
 */
final class ReaderEligibility {
    private static final String ROLE_QUERY = """
            select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls,
                   r.rolname = current_user as is_me,
                   array(select g.rolname::text from pg_auth_members m join pg_roles g on g.oid = m.roleid
                         where m.member = r.oid and g.rolname <> {1} order by 1) as other_roles,
                   (select count(*) from pg_shdepend d where d.refobjid = r.oid and d.deptype = 'o') as owned,
                   (select string_agg(o.what, ', ') from (
                        select pg_describe_object(d.classid, d.objid, d.objsubid) as what from pg_shdepend d
                        where d.refobjid = r.oid and d.deptype = 'o'
                          and d.dbid in (0, (select oid from pg_database where datname = current_database()))
                        order by 1 limit 3) o) as owned_here,
                   (select count(*) from pg_shdepend d where d.refobjid = r.oid and d.deptype <> 'o') as privileges
            from pg_roles r where r.rolname = {0}""";

    private ReaderEligibility() {
    }

    /** Why {@code login} must not become a member of {@code group}; empty when it may, or when it does not exist. */
    static List<String> reasons(DSLContext dsl, String login, String group) {
        Record r = dsl.resultQuery(ROLE_QUERY, DSL.val(login), DSL.val(group)).fetchOne();
        List<String> reasons = new ArrayList<>();
        if (r == null) {
            return reasons;
        }
        if (login.equals(group)) {
            reasons.add("it is the reader group role itself");
        }
        if (r.get("is_me", Boolean.class)) {
            reasons.add("it is the user running grant-reader");
        }
        attribute(reasons, r, "rolsuper", "it is a superuser");
        attribute(reasons, r, "rolcreaterole", "it can create roles");
        attribute(reasons, r, "rolcreatedb", "it can create databases");
        attribute(reasons, r, "rolreplication", "it has the replication attribute");
        attribute(reasons, r, "rolbypassrls", "it bypasses row-level security");
        String[] others = r.get("other_roles", String[].class);
        if (others.length > 0) {
            reasons.add("it is a member of " + String.join(", ", others));
        }
        long owned = r.get("owned", Long.class);
        if (owned > 0) {
            String here = r.get("owned_here", String.class);
            reasons.add("it owns " + owned + (owned == 1 ? " object" : " objects") + " on this server"
                    + (here == null ? "" : " (" + here + (owned > 3 ? ", ..." : "") + ")"));
        }
        long privileges = r.get("privileges", Long.class);
        if (privileges > 0) {
            reasons.add("it holds privileges of its own on " + privileges + (privileges == 1 ? " object" : " objects"));
        }
        return reasons;
    }

    private static void attribute(List<String> reasons, Record r, String column, String reason) {
        if (r.get(column, Boolean.class)) {
            reasons.add(reason);
        }
    }
}
