package org.entente.load;

import static org.entente.db.schema.reporting.Tables.AGREEMENT_COUNTRIES;
import static org.entente.db.schema.reporting.Tables.AGREEMENT_TIMELINE;
import static org.entente.db.schema.reporting.Tables.COUNTRY_MONTHLY_ACTIVITY;
import static org.entente.db.schema.reporting.Tables.COUNTRY_PAIR_AGREEMENTS;
import static org.entente.db.schema.reporting.Tables.COUNTRY_PAIR_COUNTS;
import static org.entente.db.schema.reporting.Tables.COUNTRY_PAIR_YEARS;
import static org.entente.db.schema.reporting.Tables.ORGANIZATION_ACTIVITY;
import static org.entente.db.schema.reporting.Tables.ORGANIZATION_SECTORS;
import static org.entente.db.schema.reporting.Tables.SECTOR_REGION_COUNTS;
import static org.entente.db.schema.reporting.Tables.SECTOR_SUMMARY;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;

/** Refreshes the materialized views of db/migration/R__reporting_marts.sql, each after those it reads. */
public final class ReportingRefresh {
    /** Every materialized view of the reporting schema, in dependency order: the one place they are listed. */
    public static final List<Table<?>> MATERIALIZED_VIEWS = List.of(AGREEMENT_TIMELINE, AGREEMENT_COUNTRIES,
            COUNTRY_PAIR_AGREEMENTS, COUNTRY_PAIR_COUNTS, COUNTRY_PAIR_YEARS, COUNTRY_MONTHLY_ACTIVITY, ORGANIZATION_SECTORS,
            ORGANIZATION_ACTIVITY, SECTOR_SUMMARY, SECTOR_REGION_COUNTS);

    private ReportingRefresh() {
    }

    /**
     * Refreshes them in {@code tx}, the reload's transaction: concurrently, so that BI readers keep
     * reading the previous contents until the reload commits. An empty view (the first load) is
     * rebuilt whole instead, which is much faster and hides nothing from readers. The core tables
     * must have fresh statistics ({@link FactLoader#analyze()}): the refresh queries join them all.
     */
    public static void refresh(DSLContext tx) {
        for (Table<?> view : MATERIALIZED_VIEWS) {
            if (tx.fetchExists(view)) {
                tx.execute("refresh materialized view concurrently {0}", view);
            } else {
                tx.execute("refresh materialized view {0}", view);
            }
            // The next views read this one: let the planner know its new size.
            tx.execute("analyze {0}", view);
        }
    }
}
