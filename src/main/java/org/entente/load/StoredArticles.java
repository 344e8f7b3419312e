package org.entente.load;

import static org.entente.db.schema.core.Tables.ARTICLE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
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
    private long count = -1;

    public StoredArticles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored articles among these content hashes. */
    public synchronized Map<String, StoredArticle> bySha(Collection<String> shas) {
        if (shas.isEmpty()) {
            return Map.of();
        }
        try {
            if (connection == null) {
                connection = dataSource.getConnection();
            }
            return FactLoader.articlesBySha(DSL.using(connection, SQLDialect.POSTGRES), shas);
        } catch (SQLException e) {
            throw new DatabaseException("cannot look up stored articles: " + e.getMessage(), e);
        }
    }

    /**
     * How many articles the last commit left, counted once: counting reads the whole article table
     * (0.2 s at 200,000), so a run that removes nothing and changes nothing never asks.
     */
    public synchronized long count() {
        if (count < 0) {
            try {
                if (connection == null) {
                    connection = dataSource.getConnection();
                }
                count = DSL.using(connection, SQLDialect.POSTGRES).fetchCount(ARTICLE);
            } catch (SQLException e) {
                throw new DatabaseException("cannot count the stored articles: " + e.getMessage(), e);
            }
        }
        return count;
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
