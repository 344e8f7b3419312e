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

/** The marts of db/migration/R__reporting_marts.sql, and their rebuild for those who load without a reload. */
public final class ReportingRefresh {
    /** Every mart of the reporting schema, in dependency order: the one place they are listed in Java. */
    public static final List<Table<?>> MARTS = List.of(AGREEMENT_TIMELINE, AGREEMENT_COUNTRIES,
            COUNTRY_PAIR_AGREEMENTS, COUNTRY_PAIR_COUNTS, COUNTRY_PAIR_YEARS, COUNTRY_MONTHLY_ACTIVITY, ORGANIZATION_SECTORS,
            ORGANIZATION_ACTIVITY, SECTOR_SUMMARY, SECTOR_REGION_COUNTS);

    private ReportingRefresh() {
    }

    /**
     * Rebuilds every mart whole from its definition in {@code tx}; readers keep the previous rows
     * until it commits. A reload does less: see {@link MartUpkeep}.
     */
    public static void refresh(DSLContext tx) {
        new MartUpkeep(tx).rebuild();
    }
}
