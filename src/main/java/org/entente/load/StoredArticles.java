package org.entente.load;

import static org.entente.db.schema.core.Tables.ARTICLE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.entente.db.DatabaseException;
import org.entente.load.WarehouseState.StoredArticle;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Finds stored articles by content hash for the files a reload reads, on a connection of its own
 * (opened at the first look-up) while the reload writes on its: it sees the warehouse as the last
 * commit left it, which the reload lock keeps until this run commits.
 */
public final class StoredArticles implements AutoCloseable {
    private final DataSource dataSource;
    private Connection connection;

    public StoredArticles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored articles among these content hashes. */
    public synchronized Map<String, StoredArticle> bySha(Collection<String> shas) {
        Map<String, StoredArticle> found = new HashMap<>();
        if (shas.isEmpty()) {
            return found;
        }
        try {
            if (connection == null) {
                connection = dataSource.getConnection();
            }
            DSL.using(connection, SQLDialect.POSTGRES)
                    .select(ARTICLE.CONTENT_SHA256, ARTICLE.ARTICLE_ID, ARTICLE.RULES_VERSION).from(ARTICLE)
                    .where(ARTICLE.CONTENT_SHA256.in(FactLoader.unnest(shas.toArray(String[]::new))))
                    .forEach(r -> found.put(r.value1(), new StoredArticle(r.value2(), r.value3())));
            return found;
        } catch (SQLException e) {
            throw new DatabaseException("cannot look up stored articles: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Read-only and autocommit: nothing is lost.
            }
            connection = null;
        }
    }
}
