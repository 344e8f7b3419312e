package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT;
import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.entente.db.schema.core.Tables.ARTICLE;
import static org.entente.db.schema.core.Tables.ARTICLE_COUNTRY;
import static org.entente.db.schema.core.Tables.ARTICLE_ORGANIZATION;
import static org.entente.db.schema.core.Tables.ARTICLE_SOURCE;
import static org.entente.db.schema.core.Tables.COUNTRY;
import static org.entente.db.schema.core.Tables.ORGANIZATION;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.corpus.CorpusScanner;
import org.entente.corpus.FileStat;
import org.entente.db.DatabaseException;
import org.entente.extract.model.Organization;
import org.entente.extract.model.Party;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes articles and their facts into the core tables inside the caller's transaction: COPY for
 * the bulk rows, jOOQ for everything else.
 */
public final class FactLoader {
    /** The core tables the loader writes, in an order that respects their foreign keys. */
    public static final List<Table<?>> TABLES = List.of(ORGANIZATION, ARTICLE, ARTICLE_SOURCE, ARTICLE_COUNTRY,
            ARTICLE_ORGANIZATION, AGREEMENT, AGREEMENT_PARTY);

    private final Connection connection;
    private final DSLContext dsl;
    private final OrganizationIds organizations;
    private final FactRows rows;
    private final CopyWriter newSources;
    private final MartUpkeep marts;
    private Set<String> storedSources = Set.of();

    public FactLoader(Connection connection, DSLContext dsl) {
        this.connection = connection;
        this.dsl = dsl;
        this.organizations = new OrganizationIds(dsl);
        this.rows = new FactRows(dsl, organizations);
        this.marts = new MartUpkeep(dsl);
        this.newSources = CopyWriter.of(dsl, ARTICLE_SOURCE, ARTICLE_SOURCE.SOURCE_FILE, ARTICLE_SOURCE.ARTICLE_ID,
                ARTICLE_SOURCE.FIRST_SEEN_AT, ARTICLE_SOURCE.FILE_SIZE, ARTICLE_SOURCE.FILE_MTIME_NS, ARTICLE_SOURCE.FILE_KEY);
    }

    /**
     * What is stored of this listing: the files that may have changed and those no longer listed,
     * compared in the database (see {@link ListingComparison}).
     */
    public WarehouseState state(Collection<CorpusScanner.Entry> listing, String rulesVersion, boolean verify) {
        WarehouseState state = new ListingComparison(connection, dsl).compare(listing, rulesVersion, verify);
        storedSources = Set.copyOf(state.sources().keySet());
        return state;
    }

    /**
     * The articles among these content hashes whose facts come from {@code rulesVersion}, as this
     * transaction sees them: stored before the run, or written by it.
     */
    public Map<String, Long> currentArticles(Collection<String> shas, String rulesVersion) {
        Map<String, Long> ids = new HashMap<>();
        articlesBySha(dsl, shas).forEach((sha, a) -> {
            if (a.rulesVersion().equals(rulesVersion)) {
                ids.put(sha, a.articleId());
            }
        });
        return ids;
    }

    /** The stored articles among these content hashes, as {@code dsl}'s connection sees them. */
    static Map<String, WarehouseState.StoredArticle> articlesBySha(DSLContext dsl, Collection<String> shas) {
        Map<String, WarehouseState.StoredArticle> found = new HashMap<>();
        if (!shas.isEmpty()) {
            dsl.select(ARTICLE.CONTENT_SHA256, ARTICLE.ARTICLE_ID, ARTICLE.RULES_VERSION).from(ARTICLE)
                    .where(ARTICLE.CONTENT_SHA256.in(unnest(shas.toArray(String[]::new))))
                    .forEach(r -> found.put(r.value1(), new WarehouseState.StoredArticle(r.value2(), r.value3())));
        }
        return found;
    }

    /** The ISO alpha-2 codes of core.country. */
    public java.util.Set<String> countryCodes() {
        return new java.util.HashSet<>(dsl.select(COUNTRY.ISO2).from(COUNTRY).fetch(COUNTRY.ISO2));
    }

    /**
     * On a warehouse without agreements, empties the agreement tables again in this transaction, so that
     * they are stored in the order they are written: COPY into a table truncated by its own transaction
     * fills page after page, where otherwise it may put a later, shorter row in space left on an earlier
     * page. A whole read of {@code reporting.agreements} then gives each article's agreements in reading
     * order. Skipped, without waiting, when another session holds a lock on them.
     */
    public void storeAgreementsInWrittenOrder() {
        if (dsl.fetchExists(AGREEMENT) || dsl.fetchExists(AGREEMENT_PARTY)) {
            return;
        }
        try {
            Savepoint before = connection.setSavepoint();
            try {
                dsl.execute("lock table {0}, {1} in access exclusive mode nowait", AGREEMENT, AGREEMENT_PARTY);
                dsl.truncate(AGREEMENT).execute();
                dsl.truncate(AGREEMENT_PARTY).execute();
                connection.releaseSavepoint(before);
            } catch (DataAccessException locked) {
                connection.rollback(before); // a reader holds them: the rows keep the order the pages give
            }
        } catch (SQLException e) {
            throw new DatabaseException("could not prepare the agreement tables: " + e.getMessage(), e);
        }
    }

    /** Writes the articles (replacing the facts of those re-extracted) and returns their ids by content hash. */
    public Map<String, Long> write(List<NewArticle> batch) {
        List<Long> replaced = batch.stream().map(NewArticle::replacesArticleId)
                .filter(java.util.Objects::nonNull).toList();
        deleteFacts(replaced);
        organizations.register(organizationsOf(batch));
        List<Long> articleIds = nextIds("core.article_article_id_seq", batch.size());
        marts.added(java.util.stream.IntStream.range(0, batch.size())
                .filter(i -> batch.get(i).replacesArticleId() == null).mapToObj(articleIds::get).toList());
        int agreementCount = batch.stream().mapToInt(a -> a.extraction().agreements().size()).sum();
        List<Long> agreementIds = nextIds("core.agreement_agreement_id_seq", agreementCount);
        Map<String, Long> ids = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now();
        int nextAgreement = 0;
        for (int i = 0; i < batch.size(); i++) {
            NewArticle a = batch.get(i);
            long id = a.replacesArticleId() != null ? a.replacesArticleId() : articleIds.get(i);
            ids.put(a.article().sha256(), id);
            List<Long> mine = agreementIds.subList(nextAgreement, nextAgreement + a.extraction().agreements().size());
            nextAgreement += mine.size();
            if (a.replacesArticleId() != null) {
                dsl.update(ARTICLE).set(ARTICLE.RULES_VERSION, a.extraction().rulesVersion())
                        .set(ARTICLE.LANGUAGE, a.extraction().language()).set(ARTICLE.LOADED_AT, now)
                        .where(ARTICLE.ARTICLE_ID.eq(id)).execute();
            } else {
                rows.addArticle(id, a, now);
            }
            rows.addFacts(id, a, mine);
        }
        flush();
        return ids;
    }

    /**
     * Points each source file at its article and records the stat it was read with, with COPY. The
     * row of a file stored since {@link #state()} is replaced (it keeps when the file was first seen):
     * its article may change, and is part of the key by which core.article_source is distributed.
     */
    public void attach(Map<String, Attachment> bySource) {
        marts.beforeChange(bySource.values().stream().map(Attachment::articleId).distinct().toList());
        List<String> stored = bySource.keySet().stream().filter(storedSources::contains).toList();
        marts.beforeSourcesChange(stored);
        Map<String, OffsetDateTime> firstSeen = new HashMap<>();
        if (!stored.isEmpty()) {
            dsl.deleteFrom(ARTICLE_SOURCE).where(ARTICLE_SOURCE.SOURCE_FILE.in(unnest(stored.toArray(String[]::new))))
                    .returning(ARTICLE_SOURCE.SOURCE_FILE, ARTICLE_SOURCE.FIRST_SEEN_AT)
                    .forEach(r -> firstSeen.put(r.get(ARTICLE_SOURCE.SOURCE_FILE), r.get(ARTICLE_SOURCE.FIRST_SEEN_AT)));
        }
        OffsetDateTime now = OffsetDateTime.now();
        bySource.forEach((file, a) -> {
            FileStat st = a.stat();
            newSources.row().set(ARTICLE_SOURCE.SOURCE_FILE, file).set(ARTICLE_SOURCE.ARTICLE_ID, a.articleId())
                    .set(ARTICLE_SOURCE.FIRST_SEEN_AT, firstSeen.getOrDefault(file, now))
                    .set(ARTICLE_SOURCE.FILE_SIZE, st == null ? null : st.size())
                    .set(ARTICLE_SOURCE.FILE_MTIME_NS, st == null ? null : st.mtimeNanos())
                    .set(ARTICLE_SOURCE.FILE_KEY, st == null ? null : st.key());
        });
        try {
            newSources.flush(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot write sources: " + e.getMessage(), e);
        }
    }

    /** Records the stat of stored files read again with unchanged content (touched, copied, restored). */
    public void restat(Map<String, FileStat> bySource) {
        if (bySource.isEmpty()) {
            return;
        }
        var update = dsl.batch(dsl.update(ARTICLE_SOURCE).set(ARTICLE_SOURCE.FILE_SIZE, (Long) null)
                .set(ARTICLE_SOURCE.FILE_MTIME_NS, (Long) null).set(ARTICLE_SOURCE.FILE_KEY, (String) null)
                .where(ARTICLE_SOURCE.SOURCE_FILE.eq((String) null)));
        bySource.forEach((file, st) -> update.bind(st == null ? null : st.size(), st == null ? null : st.mtimeNanos(),
                st == null ? null : st.key(), file));
        update.execute();
    }

    /** A source file's article and the stat it was read with (null: not recorded, hashed next time). */
    public record Attachment(long articleId, FileStat stat) {
    }

    /** Forgets source files that are gone. */
    public void detach(Collection<String> sourceFiles) {
        if (!sourceFiles.isEmpty()) {
            marts.beforeSourcesChange(sourceFiles);
            dsl.deleteFrom(ARTICLE_SOURCE).where(ARTICLE_SOURCE.SOURCE_FILE.in(unnest(sourceFiles.toArray(String[]::new))))
                    .execute();
        }
    }

    /** The articles among {@code candidates} that no file carries any more. */
    public List<Long> orphansAmong(Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return dsl.select(ARTICLE.ARTICLE_ID).from(ARTICLE)
                .where(ARTICLE.ARTICLE_ID.in(unnest(candidates.toArray(Long[]::new))))
                .andNotExists(DSL.selectOne().from(ARTICLE_SOURCE)
                        .where(ARTICLE_SOURCE.ARTICLE_ID.eq(ARTICLE.ARTICLE_ID)))
                .fetch(ARTICLE.ARTICLE_ID);
    }

    /** Deletes these articles with their facts. */
    public void deleteArticles(List<Long> articleIds) {
        deleteFacts(articleIds);
        if (!articleIds.isEmpty()) {
            dsl.deleteFrom(ARTICLE).where(ARTICLE.ARTICLE_ID.in(unnest(articleIds.toArray(Long[]::new)))).execute();
        }
    }

    /**
     * Gathers the statistics of the tables written: after a bulk COPY the planner would guess, and
     * the reference check and the marts' refresh join them all.
     */
    public void analyze() {
        for (Table<?> table : TABLES) {
            dsl.execute("analyze {0}", table);
        }
    }

    /**
     * Fails when a fact row points at nothing. The fact tables have no per-row foreign keys (see
     * V6__loader_checked_references.sql); this check stands in for them, set-based, before commit.
     */
    public void checkReferences() {
        reportDangling(ReferenceCheck.dangling(dsl));
    }

    /** {@link #checkReferences()} for the rows of the articles this run touched, the only ones it wrote. */
    public void checkTouchedReferences() {
        reportDangling(ReferenceCheck.danglingInTouched(dsl));
    }

    /** The reporting marts of this transaction. */
    public MartUpkeep marts() {
        return marts;
    }

    private static void reportDangling(List<String> dangling) {
        if (!dangling.isEmpty()) {
            throw new DatabaseException("facts with dangling references, reload rolled back: "
                    + String.join("; ", dangling));
        }
    }

    /** Deletes the facts of these articles, parties before their agreements. */
    private void deleteFacts(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        marts.beforeChange(articleIds);
        Long[] ids = articleIds.toArray(Long[]::new);
        dsl.deleteFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.ARTICLE_ID.in(unnest(ids))).execute();
        dsl.deleteFrom(AGREEMENT).where(AGREEMENT.ARTICLE_ID.in(unnest(ids))).execute();
        dsl.deleteFrom(ARTICLE_COUNTRY).where(ARTICLE_COUNTRY.ARTICLE_ID.in(unnest(ids))).execute();
        dsl.deleteFrom(ARTICLE_ORGANIZATION).where(ARTICLE_ORGANIZATION.ARTICLE_ID.in(unnest(ids))).execute();
    }

    /**
     * {@code in (select unnest(?))}: one array parameter however many values (an IN list has a bind
     * limit), planned as a join. {@code = any(?)} with a parameter was filtered row by row against
     * the whole array: removing 20,000 of 25,000 files took minutes.
     */
    @SuppressWarnings("unchecked")
    static <T> Select<Record1<T>> unnest(T[] values) {
        Class<T> type = (Class<T>) values.getClass().getComponentType();
        return DSL.select(DSL.field(DSL.name("v"), type)).from(DSL.unnest(DSL.val(values)).as("u", "v"));
    }

    private static List<Organization> organizationsOf(List<NewArticle> batch) {
        List<Organization> all = new ArrayList<>();
        for (NewArticle a : batch) {
            a.extraction().organizations().forEach(m -> all.add(m.organization()));
            a.extraction().agreements().forEach(g -> g.parties().stream().map(Party::organization)
                    .filter(java.util.Objects::nonNull).forEach(all::add));
        }
        return all;
    }

    private List<Long> nextIds(String sequence, int n) {
        if (n == 0) {
            return List.of();
        }
        // One round trip reserves the whole range; only the reload, under its lock, draws from these sequences.
        long last = dsl.select(DSL.field("setval({0}, nextval({0}) + {1} - 1)", Long.class, DSL.val(sequence),
                DSL.val(n))).fetchOne(0, Long.class);
        return java.util.stream.LongStream.rangeClosed(last - n + 1, last).boxed().toList();
    }

    private void flush() {
        try {
            rows.flush(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot write facts: " + e.getMessage(), e);
        }
    }
}
