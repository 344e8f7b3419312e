package org.entente.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/** A PostgreSQL database holding the warehouse: where it is, how to reach it, how to migrate it. */
public final class Warehouse implements AutoCloseable {
    private final String jdbcUrl;
    private final String user;
    private final DataSource dataSource;
    private final AutoCloseable owner;
    private final boolean userGiven;

    private Warehouse(String jdbcUrl, String user, DataSource dataSource, AutoCloseable owner, boolean userGiven) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.dataSource = dataSource;
        this.owner = owner;
        this.userGiven = userGiven;
    }

    /** A server that someone else runs; {@code password} may be null. */
    public static Warehouse external(String jdbcUrl, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setApplicationName("entente");
        return new Warehouse(jdbcUrl, user == null ? ds.getUser() : user, ds, null,
                user != null || jdbcUrl.contains("user="));
    }

    /** A database on an embedded server; closing the warehouse closes {@code server}. */
    static Warehouse owned(String jdbcUrl, String user, AutoCloseable server) {
        return owned(jdbcUrl, user, null, server);
    }

    static Warehouse owned(String jdbcUrl, String user, String password, AutoCloseable server) {
        Warehouse w = external(jdbcUrl, user, password);
        return new Warehouse(jdbcUrl, user, w.dataSource, server, true);
    }

    /** Replaces the database name in a jdbc:postgresql URL, keeping host, port and parameters. */
    public static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String hostPart = url.substring(0, slash < 0 ? (query < 0 ? url.length() : query) : slash);
        String params = query < 0 ? "" : url.substring(query);
        return hostPart + "/" + database + params;
    }

    /**
     * The database {@code database} on the same server, reached as the same user with the same
     * password; closing it leaves the server running.
     */
    public Warehouse onDatabase(String database) {
        String password = dataSource instanceof PGSimpleDataSource pg ? pg.getPassword() : null;
        return external(withDatabase(jdbcUrl, database), user, password);
    }

    /** The URL to connect with; it may hold a password, so print {@link #printableUrl()} instead. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The URL with any password in it replaced by ***. */
    public String printableUrl() {
        return Secrets.redact(jdbcUrl);
    }

    public String user() {
        return user;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES);
    }

    /** Fails fast with a clear message when the server is not there. */
    public void checkReachable() {
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + printableUrl() + ": " + ConnectionAdvice.of(e, userGiven), e);
        }
    }

    /**
     * Checks, without migrating and with a reader's rights, that the warehouse is at the schema version
     * this jar expects.
     */
    public void checkVersion() {
        int expected = MigrationVersions.expected();
        Integer actual;
        try (Connection c = dataSource.getConnection()) {
            actual = dsl(c).resultQuery("select version from reporting.warehouse_version").fetchOne(0, Integer.class);
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new DatabaseException(MigrationVersions.unreadable(e, this), e);
        }
        if (actual == null || actual != expected) {
            throw new DatabaseException("warehouse at version " + actual + ", this jar expects " + expected
                    + (actual != null && actual > expected ? ": use the jar that migrated it, or a newer one"
                    : ": run reload"));
        }
    }

    /**
     * Applies the Flyway migrations shipped in the jar under {@code db/migration}; when the history
     * says they are all applied, as at most runs, Flyway is not started.
     */
    public void migrate() {
        if (MigrationHistory.current(dataSource)) {
            return;
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot migrate " + printableUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws Exception {
        if (owner != null) {
            owner.close();
        }
    }
}
