package org.entente.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/**
 * Login roles for BI tools: members of this warehouse's read-only group role (core.reader_group(),
 * V8__reader_per_warehouse.sql), with a statement timeout and a connection limit.
 */
public final class ReaderAccess {
    /** The functions that create large objects; V8 revokes them from PUBLIC when a superuser migrates. */
    static final String LARGE_OBJECT_FUNCTIONS = "pg_catalog.lo_creat(integer), pg_catalog.lo_create(oid), "
            + "pg_catalog.lo_from_bytea(oid, bytea), pg_catalog.lo_import(text), pg_catalog.lo_import(text, oid)";
    private static final String PUBLIC_CAN_CREATE_LARGE_OBJECTS = """
            select exists (select 1 from pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                           where p.oid in ('pg_catalog.lo_creat(integer)'::regprocedure,
                                           'pg_catalog.lo_create(oid)'::regprocedure,
                                           'pg_catalog.lo_from_bytea(oid, bytea)'::regprocedure)
                             and a.grantee = 0 and a.privilege_type = 'EXECUTE')""";
    private static final String PUBLIC_CAN_CONNECT = """
            select exists (select 1 from pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
                           where d.datname = current_database() and a.grantee = 0
                             and a.privilege_type in ('CONNECT', 'TEMPORARY'))""";

    /** How long a reader's statement may run and how many sessions it may hold at once. */
    public record Limits(Duration statementTimeout, int connectionLimit) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), 10);

        public Limits {
            if (statementTimeout.toMillis() < 1 || statementTimeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a statement timeout from 1 ms to 24 days is needed");
            }
            if (connectionLimit < 1) {
                throw new IllegalArgumentException("a connection limit of at least 1 is needed");
            }
        }
    }

    /** What grant-reader did: the group the login joined, and what it could not confine (to print). */
    public record Grant(String group, List<String> warnings) {
    }

    private ReaderAccess() {
    }

    /** {@link #grant(Connection, String, char[], Limits)} with the default limits (60 s, 10 connections). */
    public static Grant grant(Connection c, String login, char[] password) throws SQLException {
        return grant(c, login, password, Limits.DEFAULT);
    }

    /**
     * Creates the login role {@code login}, or updates it, sets its password and limits and makes it a
     * member of the reader group, in one transaction; refuses ({@link ReaderRefusedException}) a role that
     * could do more than read.
     */
    public static Grant grant(Connection c, String login, char[] password, Limits limits) throws SQLException {
        if (login == null || login.isBlank() || login.getBytes(StandardCharsets.UTF_8).length > 63) {
            throw new IllegalArgumentException("a login name of 1 to 63 bytes is needed");
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a password is needed");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            String group = dsl.resultQuery("select core.reader_group()::text").fetchOne(0, String.class);
            createOrCheck(dsl, login, group);
            // The driver hashes the password (SCRAM) before sending it: no clear text in server logs.
            c.unwrap(PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
            applyLimits(dsl, login, limits);
            dsl.execute("grant {0} to {1}", DSL.name(group), DSL.name(login));
            List<String> warnings = confineDatabase(dsl, group);
            c.commit();
            return new Grant(group, warnings);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void createOrCheck(DSLContext dsl, String login, String group) {
        if (!dsl.fetchExists(DSL.selectOne().from("pg_roles").where(DSL.field("rolname").eq(login)))) {
            dsl.execute("create role {0} login", DSL.name(login));
            return;
        }
        List<String> reasons = ReaderEligibility.reasons(dsl, login, group);
        if (!reasons.isEmpty()) {
            throw new ReaderRefusedException("refusing to make " + login + " a reader: " + String.join("; ", reasons)
                    + ". A reader must be a plain login role; choose another name or take these away first.");
        }
        dsl.execute("alter role {0} login", DSL.name(login));
    }

    // The timeout is the login's default in this database: a client may still SET it for its own session.
    private static void applyLimits(DSLContext dsl, String login, Limits limits) {
        String database = dsl.resultQuery("select current_database()::text").fetchOne(0, String.class);
        dsl.execute("alter role {0} connection limit " + limits.connectionLimit(), DSL.name(login));
        dsl.execute("alter role {0} in database {1} set statement_timeout = "
                + limits.statementTimeout().toMillis(), DSL.name(login), DSL.name(database));
    }

    /** Takes large objects from PUBLIC when this user is a superuser; says what is left open otherwise. */
    private static List<String> confineDatabase(DSLContext dsl, String group) {
        List<String> warnings = new ArrayList<>();
        if (dsl.resultQuery(PUBLIC_CAN_CREATE_LARGE_OBJECTS).fetchOne(0, Boolean.class)) {
            if (dsl.resultQuery("select rolsuper from pg_roles where rolname = current_user")
                    .fetchOne(0, Boolean.class)) {
                dsl.execute("revoke execute on function " + LARGE_OBJECT_FUNCTIONS + " from public");
            } else {
                warnings.add("readers can still create large objects (they persist and take disk space): "
                        + "a superuser should run in this database: revoke execute on function "
                        + LARGE_OBJECT_FUNCTIONS + " from public");
            }
        }
        if (dsl.resultQuery(PUBLIC_CAN_CONNECT).fetchOne(0, Boolean.class)) {
            warnings.add("every role on the server may still connect to this database and create temporary "
                    + "tables: its owner should run: revoke connect, temporary on database " + database(dsl)
                    + " from public; grant connect on database " + database(dsl) + " to " + group);
        }
        return warnings;
    }

    private static String database(DSLContext dsl) {
        return dsl.resultQuery("select quote_ident(current_database())").fetchOne(0, String.class);
    }
}
