package org.entente.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.db.Warehouse;
import org.jooq.DSLContext;

/** A fresh, migrated database for one test class, dropped after it. */
public final class TestDatabase implements AutoCloseable {
    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final TestDatabases server;
    private final Warehouse warehouse;

    TestDatabase(String name, String jdbcUrl, String user, String password, TestDatabases server) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.server = server;
        this.warehouse = Warehouse.external(jdbcUrl, user, password);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** The URL of another database on this database's server. */
    public String jdbcUrlOf(String database) {
        return TestDatabases.withDatabase(jdbcUrl, database);
    }

    /** A connection to the server's maintenance database, for what cannot be done from inside this one. */
    public Connection adminConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(TestDatabases.withDatabase(jdbcUrl, "postgres"), user, password);
    }

    /** True when a Docker engine answers, so that Testcontainers can run. */
    public static boolean dockerAvailable() {
        return TestDatabases.dockerAvailable();
    }

    /** Runs {@code work} with a jOOQ context on a new connection. */
    public <T> T query(java.util.function.Function<DSLContext, T> work) {
        try (Connection c = warehouse.dataSource().getConnection()) {
            return work.apply(warehouse.dsl(c));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statement that empties every table the reloads and the scheduler write. */
    public static final String EMPTY_WAREHOUSE = "truncate core.article, core.article_source, core.article_country, "
            + "core.article_organization, core.agreement, core.agreement_party, core.organization, core.load_run, "
            + "core.scheduled_tasks cascade";

    /** Empties every table the reloads and the scheduler write, so a test starts from nothing. */
    public void empty() {
        query(dsl -> dsl.execute(EMPTY_WAREHOUSE + "; select mart.rebuild()"));
    }

    /** Empties the warehouse, copies the seed articles into {@code corpus} and reloads it. */
    public org.entente.reload.ReloadReport loadSeeds(java.nio.file.Path corpus) throws Exception {
        empty();
        try (var seeds = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("seeds"), "*.txt")) {
            for (java.nio.file.Path seed : seeds) {
                java.nio.file.Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        return new org.entente.reload.ReloadService(warehouse, new org.entente.extract.FrenchExtractor(),
                new org.entente.corpus.ArticleReader(), org.entente.reload.ReloadProgress.NONE)
                .reload(corpus, java.time.Duration.ZERO);
    }

    /** Drops the database, then its reader group role (V8), which roles being cluster-wide would outlive it. */
    @Override
    public void close() throws Exception {
        String group;
        try {
            group = query(dsl -> dsl.resultQuery("select core.reader_group()::text").fetchOne(0, String.class));
        } catch (RuntimeException notMigrated) {
            group = null;
        }
        server.drop(name);
        if (group != null) {
            try (Connection c = adminConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("drop role if exists " + org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES)
                        .render(org.jooq.impl.DSL.name(group)));
            }
        }
    }

    /** md5 of every core table's rows, audit tables aside: equal before and after means nothing changed. */
    public Map<String, String> coreChecksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String t : List.of("article", "article_source", "article_country", "article_organization",
                "organization", "agreement", "agreement_party", "country")) {
            sums.put(t, query(dsl -> dsl.resultQuery(
                    "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from core." + t + " t")
                    .fetchOne(0, String.class)));
        }
        return sums;
    }
}
