package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** grant-reader refuses an existing role that could do more than read, and says why. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderEligibilityTest {
    private final TestDatabase db;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> roles = new ArrayList<>();

    ReaderEligibilityTest(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropRoles() throws SQLException {
        for (String role : roles) {
            db.query(dsl -> dsl.execute("drop owned by {0}", DSL.name(role)));
            db.query(dsl -> dsl.execute("drop role if exists {0}", DSL.name(role)));
        }
    }

    private String existing(String name, String options) {
        String role = name + "_" + suffix;
        roles.add(role);
        db.query(dsl -> dsl.execute("create role {0} " + options, DSL.name(role)));
        return role;
    }

    private String refusal(String role) {
        return assertThrows(ReaderRefusedException.class, () -> {
            try (Connection c = db.warehouse().dataSource().getConnection()) {
                ReaderAccess.grant(c, role, "pw".toCharArray());
            }
        }).getMessage();
    }

    private static String refused(String role, String reasons) {
        return "refusing to make " + role + " a reader: " + reasons
                + ". A reader must be a plain login role; choose another name or take these away first.";
    }

    @Test
    void rolesWithAttributesBeyondLoginAreRefused() {
        String all = existing("powerful", "login superuser createrole createdb replication bypassrls");
        assertEquals(refused(all, "it is a superuser; it can create roles; it can create databases; "
                + "it has the replication attribute; it bypasses row-level security"), refusal(all));
        String creator = existing("creator", "login createdb");
        assertEquals(refused(creator, "it can create databases"), refusal(creator));
    }

    @Test
    void membersOfOtherRolesAreRefusedTheServerProgramRoleAndTheOldServerWideReaderIncluded() {
        String program = existing("programmer", "login");
        db.query(dsl -> dsl.execute("grant pg_execute_server_program, pg_read_all_data to {0}", DSL.name(program)));
        assertEquals(refused(program, "it is a member of pg_execute_server_program, pg_read_all_data"),
                refusal(program));
        String legacy = existing("legacy", "login");
        db.query(dsl -> dsl.execute("grant entente_reader to {0}", DSL.name(legacy)));
        assertEquals(refused(legacy, "it is a member of entente_reader"), refusal(legacy));
    }

    @Test
    void ownersOfAnythingAndHoldersOfTheirOwnPrivilegesAreRefused() throws Exception {
        String owner = existing("owner", "login");
        db.query(dsl -> dsl.execute("alter table core.load_file owner to {0}", DSL.name(owner)));
        try {
            assertEquals(refused(owner, "it owns 1 object on this server (table core.load_file)"), refusal(owner));
        } finally {
            db.query(dsl -> dsl.execute("alter table core.load_file owner to current_user"));
        }
        String dbOwner = existing("dbowner", "login");
        String database = "entente_t_owned_" + suffix;
        try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + database + " owner " + dbOwner);
        }
        try {
            assertEquals(refused(dbOwner, "it owns 1 object on this server (database " + database + ")"),
                    refusal(dbOwner));
        } finally {
            try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
                s.execute("drop database " + database);
            }
        }
        String writer = existing("writer", "login");
        db.query(dsl -> dsl.execute("grant delete on core.article to {0}", DSL.name(writer)));
        assertEquals(refused(writer, "it holds privileges of its own on 1 object"), refusal(writer));
        // The test server's administrator: its other attributes depend on the server.
        assertTrue(refusal(db.user()).startsWith("refusing to make " + db.user()
                + " a reader: it is the user running grant-reader; "), refusal(db.user()));
    }

    @Test
    void thePlainLoginOfAnEarlierGrantIsAcceptedAgain() throws Exception {
        String plain = existing("plain", "nologin");
        ReaderAccess.Grant grant;
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            ReaderAccess.grant(c, plain, "pw".toCharArray());
            grant = ReaderAccess.grant(c, plain, "pw2".toCharArray());
        }
        assertEquals(List.of(), grant.warnings());
        String group = grant.group();
        boolean member = db.query(dsl -> dsl.resultQuery("select rolcanlogin and pg_has_role(rolname, {0}, 'member') "
                + "from pg_roles where rolname = {1}", DSL.val(group), DSL.val(plain)).fetchOne(0, Boolean.class));
        assertTrue(member);
    }
}
