package org.entente.load;

import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_SOURCE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.entente.corpus.CorpusScanner.Entry;
import org.entente.corpus.FileStat;
import org.entente.db.DatabaseException;
import org.entente.load.WarehouseState.Source;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Compares a corpus listing with the stored sources in the database, as git compares its index
 * with the work tree: the listing goes into a temporary table and only the files that differ come
 * back, so an unchanged warehouse of a million files costs one join, not a million objects.
 */
final class ListingComparison {
    /** Rows a COPY: bounds the buffer however large the corpus. */
    private static final int COPY_ROWS = 20_000;
    private static final Table<?> LISTED = DSL.table(DSL.name("pg_temp", "listed_file"));
    private static final Field<String> SOURCE_FILE = DSL.field(DSL.name("listed_file", "source_file"), SQLDataType.CLOB);
    private static final Field<Long> FILE_SIZE = DSL.field(DSL.name("listed_file", "file_size"), SQLDataType.BIGINT);
    private static final Field<Long> FILE_MTIME_NS = DSL.field(DSL.name("listed_file", "file_mtime_ns"), SQLDataType.BIGINT);
    private static final Field<String> FILE_KEY = DSL.field(DSL.name("listed_file", "file_key"), SQLDataType.CLOB);

    private final Connection connection;
    private final DSLContext dsl;

    ListingComparison(Connection connection, DSLContext dsl) {
        this.connection = connection;
        this.dsl = dsl;
    }

    /**
     * What is stored of the listed files that are new or whose stat or rules version is not the one
     * recorded (every listed file when {@code verify}), and of the stored files no longer listed.
     */
    WarehouseState compare(Collection<Entry> listing, String rulesVersion, boolean verify) {
        if (!dsl.fetchExists(ARTICLE_SOURCE)) {
            return WarehouseState.empty(); // A first load: nothing to compare with.
        }
        send(listing);
        Map<String, Source> sources = new HashMap<>();
        Set<String> unsettled = new HashSet<>();
        Condition sameStat = DSL.and(FILE_SIZE.isNotNull(), ARTICLE_SOURCE.FILE_SIZE.eq(FILE_SIZE),
                ARTICLE_SOURCE.FILE_MTIME_NS.eq(FILE_MTIME_NS), ARTICLE_SOURCE.FILE_KEY.isNotDistinctFrom(FILE_KEY));
        // Written as two ranges, other rules than the current are found in the index, not by a scan.
        Condition otherRules = ARTICLE_SOURCE.ARTICLE_ID.in(DSL.select(ARTICLE.ARTICLE_ID).from(ARTICLE)
                .where(ARTICLE.RULES_VERSION.lt(rulesVersion).or(ARTICLE.RULES_VERSION.gt(rulesVersion))));
        // The content hash only of the rows that come back: joining every article would read their bodies.
        Field<String> sha = DSL.field(DSL.select(ARTICLE.CONTENT_SHA256).from(ARTICLE)
                .where(ARTICLE.ARTICLE_ID.eq(ARTICLE_SOURCE.ARTICLE_ID)));
        Map<String, Source> unlisted = new HashMap<>();
        // One full join, both ways: a hash of each side once (0.18 s at 200,000 against 0.58 s for two joins).
        dsl.select(SOURCE_FILE, ARTICLE_SOURCE.SOURCE_FILE, ARTICLE_SOURCE.ARTICLE_ID, sha, ARTICLE_SOURCE.FILE_SIZE,
                        ARTICLE_SOURCE.FILE_MTIME_NS, ARTICLE_SOURCE.FILE_KEY)
                .from(LISTED)
                .fullJoin(ARTICLE_SOURCE).on(ARTICLE_SOURCE.SOURCE_FILE.eq(SOURCE_FILE))
                .where(verify ? DSL.trueCondition() : SOURCE_FILE.isNull()
                        .or(DSL.condition(DSL.not(DSL.coalesce(DSL.field(sameStat), DSL.inline(false)))))
                        .or(otherRules))
                .forEach(r -> {
                    if (r.value1() == null) {
                        unlisted.put(r.value2(), source(r.value2(), r));
                        return;
                    }
                    unsettled.add(r.value1());
                    if (r.value3() != null) {
                        sources.put(r.value1(), source(r.value1(), r));
                    }
                });
        dsl.dropTable(LISTED).execute();
        dsl.execute("set local work_mem to default");
        dsl.execute("set local jit to default");
        return new WarehouseState(sources, unsettled, unlisted);
    }

    private static Source source(String sourceFile, Record7<String, String, Long, String, Long, Long, String> r) {
        return new Source(sourceFile, r.value3(), r.value4(),
                r.value5() == null ? null : new FileStat(r.value5(), r.value6(), r.value7()));
    }

    private void send(Collection<Entry> listing) {
        // The joins hash every stored source: in memory, not in batches on disk; too short to compile.
        dsl.execute("set local work_mem = '64MB'");
        dsl.execute("set local jit = off");
        dsl.execute("create temporary table listed_file (source_file text, file_size bigint, file_mtime_ns bigint, "
                + "file_key text) on commit drop");
        CopyWriter rows = new CopyWriter(dsl.render(LISTED), java.util.List.of(SOURCE_FILE, FILE_SIZE, FILE_MTIME_NS,
                FILE_KEY));
        try {
            for (Entry e : listing) {
                FileStat st = e.stat();
                rows.row().set(SOURCE_FILE, e.sourceFile()).set(FILE_SIZE, st == null ? null : st.size())
                        .set(FILE_MTIME_NS, st == null ? null : st.mtimeNanos()).set(FILE_KEY, st == null ? null : st.key());
                if (rows.size() == COPY_ROWS) {
                    rows.flush(connection);
                }
            }
            rows.flush(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot send the corpus listing: " + e.getMessage(), e);
        }
    }
}
