package org.entente.load;

import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Keeps the reporting marts current inside the reload's transaction by recomputing what the run
 * changed (db/migration/R__reporting_marts.sql, schema {@code mart}): the loader calls it before
 * it changes an article's facts or files, and the reload once after its writes.
 */
public final class MartUpkeep {
    private final DSLContext dsl;

    public MartUpkeep(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Before these stored articles' facts or files change: their contributions leave the marts. */
    public void beforeChange(Collection<Long> articleIds) {
        if (!articleIds.isEmpty()) {
            dsl.execute("select mart.before_change({0})", DSL.val(articleIds.toArray(Long[]::new)));
        }
    }

    /** Before these source files are repointed or forgotten: their articles' contributions leave the marts. */
    public void beforeSourcesChange(Collection<String> sourceFiles) {
        if (!sourceFiles.isEmpty()) {
            dsl.execute("select mart.before_change(array(select s.article_id from core.article_source s "
                    + "where s.source_file in (select unnest({0}::text[]))))", DSL.val(sourceFiles.toArray(String[]::new)));
        }
    }

    /** Articles new to the warehouse: nothing of them is in the marts yet. */
    public void added(Collection<Long> articleIds) {
        if (!articleIds.isEmpty()) {
            dsl.execute("insert into mart.touched_article select unnest({0}::bigint[]) on conflict do nothing",
                    DSL.val(articleIds.toArray(Long[]::new)));
        }
    }

    /** How many articles the run touched so far; gathers their statistics for the queries that join them. */
    public long touched() {
        dsl.execute("analyze mart.touched_article");
        return dsl.fetchValue(DSL.field("(select count(*) from mart.touched_article)", Long.class));
    }

    /** After the run's writes: the touched articles go back into the marts, and the keys they moved are rebuilt. */
    public void afterChanges() {
        dsl.execute("select mart.after_changes()");
    }

    /** Every mart rebuilt whole from its definition (repair, and loads that touch much of the warehouse). */
    public void rebuild() {
        dsl.execute("select mart.rebuild()");
    }
}
