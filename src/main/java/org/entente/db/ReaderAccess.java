package org.entente.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/** Login roles for BI tools: members of the read-only group role entente_reader (V4__reader_role.sql). */
public final class ReaderAccess {
    public static final String GROUP = "entente_reader";

    private ReaderAccess() {
    }

    /**
     * Creates the login role {@code login}, or updates it, sets its password and makes it a member of
     * {@link #GROUP}, in one transaction; refuses roles that could do more than read.
     */
    public static void grant(Connection c, String login, char[] password) throws SQLException {
        if (login == null || login.isBlank() || login.length() > 63) {
            throw new IllegalArgumentException("a login name of 1 to 63 characters is needed");
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a password is needed");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            createOrCheck(dsl, login);
            // The driver hashes the password (SCRAM) before sending it: no clear text in server logs.
            c.unwrap(PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
            dsl.execute("grant {0} to {1}", DSL.name(GROUP), DSL.name(login));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void createOrCheck(DSLContext dsl, String login) {
        Record role = dsl.resultQuery("select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, "
                + "rolname = current_user as is_me from pg_roles where rolname = {0}", DSL.val(login)).fetchOne();
        if (role == null) {
            dsl.execute("create role {0} login", DSL.name(login));
            return;
        }
        if (login.equals(GROUP) || role.get("is_me", Boolean.class) || role.get("rolsuper", Boolean.class)
                || role.get("rolcreaterole", Boolean.class) || role.get("rolcreatedb", Boolean.class)
                || role.get("rolbypassrls", Boolean.class)) {
            throw new DatabaseException("refusing to make " + login
                    + " a reader: it is the current user, the group role, or can do more than read");
        }
        dsl.execute("alter role {0} login", DSL.name(login));
    }
}
