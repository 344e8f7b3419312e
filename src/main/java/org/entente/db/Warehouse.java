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

    private Warehouse(String jdbcUrl, String user, DataSource dataSource, AutoCloseable owner) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.dataSource = dataSource;
        this.owner = owner;
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
        return new Warehouse(jdbcUrl, user == null ? ds.getUser() : user, ds, null);
    }

    /** A database on a server this process started; closing the warehouse stops the server. */
    static Warehouse owned(String jdbcUrl, String user, AutoCloseable server) {
        Warehouse w = external(jdbcUrl, user, null);
        return new Warehouse(jdbcUrl, user, w.dataSource, server);
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
            throw new DatabaseException("cannot connect to " + printableUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Applies the Flyway migrations shipped in the jar under {@code db/migration}. */
    public void migrate() {
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
