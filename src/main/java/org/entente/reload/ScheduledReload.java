package org.entente.reload;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.entente.corpus.CorpusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reload on a fixed delay with db-scheduler: one execution at a time across every
 * instance that shares the database; failures are logged and retried on the next tick.
 */
public final class ScheduledReload implements AutoCloseable {
    static final String TASK = "entente-reload";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledReload.class);

    private final Scheduler scheduler;
    private final ReloadService service;
    private final javax.sql.DataSource dataSource;

    private ScheduledReload(Scheduler scheduler, ReloadService service, javax.sql.DataSource dataSource) {
        this.scheduler = scheduler;
        this.service = service;
        this.dataSource = dataSource;
    }

    /** Starts scheduling; the first reload runs at once. */
    public static ScheduledReload start(ReloadService service, javax.sql.DataSource dataSource,
                                        ReloadRequest request, Duration every, Duration pollInterval) {
        RecurringTask<Void> task = Tasks.recurring(TASK, Schedules.fixedDelay(every))
                .execute((instance, context) -> runOnce(service, request));
        Scheduler scheduler = Scheduler.create(dataSource)
                .tableName("core.scheduled_tasks")
                .startTasks(task)
                .threads(1)
                .pollingInterval(pollInterval)
                // A reload whose completion could not be recorded (the database went away at that
                // moment) stays picked until 6 heartbeats are missed: with db-scheduler's default
                // 5-minute interval, scheduling would stop for 30 minutes; with 10 s, for one.
                // Heartbeats are sent by their own thread while a reload runs, so long reloads are
                // not affected.
                .heartbeatInterval(Duration.ofSeconds(10))
                .shutdownMaxWait(Duration.ofMinutes(2))
                .build();
        scheduler.start();
        return new ScheduledReload(scheduler, service, dataSource);
    }

    private static void runOnce(ReloadService service, ReloadRequest request) {
        try {
            ReloadReport r = service.reload(request);
            LOG.info("scheduled reload run {} {} in {} s: {}", r.runId(), r.status(),
                    String.format(java.util.Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0), r.countsText());
        } catch (ReloadStoppedException e) {
            LOG.info("scheduled reload stopped: {}", e.getMessage());
        } catch (ReloadBusyException e) {
            LOG.info("scheduled reload skipped: {}", e.getMessage());
        } catch (RemovalRefusedException e) {
            LOG.error("scheduled reload refused, nothing changed; will check again on the next tick: {}",
                    e.getMessage());
        } catch (CorpusException e) {
            LOG.error("scheduled reload failed, will retry on the next tick: {}", e.getMessage());
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            LOG.error("scheduled reload failed, will retry on the next tick: {}", e.getMessage());
            throw e;
        }
    }

    /**
     * Stops the running reload (it rolls back and is recorded as stopped), stops polling, then makes the
     * task due at once, so that the next scheduler to start runs its first reload without waiting.
     */
    @Override
    public void close() {
        service.stop();
        scheduler.stop();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("update core.scheduled_tasks set execution_time = now() "
                     + "where task_name = ? and not picked")) {
            s.setString(1, TASK);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            LOG.warn("could not make the reload due for the next scheduler: {}", e.getMessage());
        }
    }
}
