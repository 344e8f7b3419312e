package org.entente.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.entente.db.Warehouse;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadRequest;
import org.entente.reload.ReloadService;
import org.entente.reload.ScheduledReload;

/** Runs scheduled reloads (or nothing) until SIGTERM or Ctrl-C, then stops them cleanly; shared by schedule and serve. */
final class ScheduledLoop {
    private ScheduledLoop() {
    }

    /**
     * Reloads every {@code every} (none when null) and returns once a stop is requested and the running
     * reload has rolled back; the caller then closes the warehouse, which stops an embedded server last.
     */
    static int runUntilStopped(Warehouse warehouse, CorpusOptions input, ReloadRequest request, Duration every,
                               Duration poll) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        if (every == null) {
            GracefulStop.onStop(stop::countDown);
            stop.await();
            System.err.println("entente: stopping");
            return ExitCodes.OK;
        }
        ReloadService service = input.service(warehouse, ReloadProgress.NONE);
        ScheduledReload scheduled = ScheduledReload.start(service, warehouse.dataSource(), request, every, poll);
        GracefulStop.onStop(() -> {
            service.stop();
            stop.countDown();
        });
        stop.await();
        System.err.println("entente: stopping the scheduler (a running reload rolls back and is recorded as stopped)");
        scheduled.close();
        return ExitCodes.OK;
    }
}
