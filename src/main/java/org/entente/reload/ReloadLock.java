package org.entente.reload;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A transaction-scoped PostgreSQL advisory lock: one reload at a time per database, across
 * processes and hosts; released by commit, rollback or the loader's death.
 */
final class ReloadLock {
    /** Arbitrary constant shared by every Entente loader. */
    static final long KEY = 0x456e74656e7465L;

    private ReloadLock() {
    }

    /** Takes the lock, waiting up to {@code wait} (zero: not at all). */
    static void acquire(DSLContext tx, Duration wait) {
        if (wait.isZero()) {
            Boolean got = tx.select(DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, DSL.val(KEY)))
                    .fetchOne(0, Boolean.class);
            if (!Boolean.TRUE.equals(got)) {
                throw new ReloadBusyException("another reload is running against this database; "
                        + "retry later or pass --wait");
            }
            return;
        }
        tx.execute("select set_config('lock_timeout', {0}, true)", DSL.val(wait.toMillis() + "ms"));
        try {
            tx.execute("select pg_advisory_xact_lock({0})", DSL.val(KEY));
        } catch (DataAccessException e) {
            if ("55P03".equals(e.sqlState())) {
                throw new ReloadBusyException("another reload is still running after waiting " + wait);
            }
            throw e;
        }
        tx.execute("select set_config('lock_timeout', '0', true)");
    }
}
